import {
  IMPORT_FIELDS,
  type ImportColumn,
  importColumn,
  namedColumn,
  type PartnerKind,
  type SpecDistribution,
} from '@partnerfolio/core';
import type { PartnerStatus } from '../db/schema.js';
import {
  type CellResult,
  parseDistributionCell,
  parseListCell,
  parseNumberCell,
} from './import-cells.js';
import type { Cell, Table } from './import-table.js';
import { keySchema } from './validation.js';

/**
 * Which column holds which field: `{ id: 'Partner ID', 'scores.tech': 'Tech score',
 * 'uses.budget': 'Budget', ... }`. The fields and what their cells hold are core's
 * `PARTNER_COLUMNS` (workspace/import-columns.ts), plus `scores.<criterion>` and
 * `uses.<resource>`.
 */
export type ImportMapping = Readonly<Record<string, string>>;

export interface ImportError {
  /** As the user sees it: the header is row 1, the first data row is row 2. */
  readonly row: number;
  /** The column's header; empty for a problem with the file as a whole. */
  readonly column: string;
  readonly message: string;
}

/** One data row, parsed. Absent fields leave an existing partner's value unchanged. */
export interface ParsedPartnerRow {
  id: string;
  name?: string;
  kind?: PartnerKind;
  status?: PartnerStatus;
  domains?: string[];
  offers?: string[];
  notes?: string;
  cost?: SpecDistribution;
  return?: SpecDistribution;
  alpha?: number;
  beta?: number;
  scores: Record<string, number>;
  uses: Record<string, number>;
}

export interface ParsedRows {
  readonly rows: { readonly row: number; readonly partner: ParsedPartnerRow }[];
  readonly errors: ImportError[];
}

interface Column {
  readonly field: string;
  readonly header: string;
  readonly index: number;
  /** The fixed column's definition; undefined for `scores.`/`uses.` columns. */
  readonly column: ImportColumn | undefined;
}

/** Checks the mapping against the file's headers and the workspace's criteria and resources. */
function resolveMapping(
  mapping: ImportMapping,
  headers: readonly string[],
  criteria: ReadonlySet<string>,
  resources: ReadonlySet<string>,
  errors: ImportError[],
): Column[] {
  const columns: Column[] = [];
  if (mapping.id === undefined)
    errors.push({
      row: 1,
      column: '',
      message: 'map a column to `id`: every partner needs its id',
    });
  for (const [field, header] of Object.entries(mapping)) {
    const named = namedColumn(field);
    const sub = named?.name;
    if (named?.kind === 'scores' && sub !== undefined) {
      if (!criteria.has(sub)) {
        errors.push({
          row: 1,
          column: header,
          message: `\`${sub}\` is not a criterion of this workspace (criteria: ${[...criteria].join(', ') || 'none yet'})`,
        });
        continue;
      }
    } else if (named?.kind === 'uses' && sub !== undefined) {
      if (!resources.has(sub)) {
        errors.push({
          row: 1,
          column: header,
          message: `\`${sub}\` is not a resource of this workspace (resources: ${[...resources].join(', ') || 'none yet'})`,
        });
        continue;
      }
    } else if (importColumn(field) === undefined) {
      errors.push({
        row: 1,
        column: header,
        message: `\`${field}\` is not a partner field; use one of ${IMPORT_FIELDS.join(', ')}, scores.<criterion> or uses.<resource>`,
      });
      continue;
    }
    const index = headers.indexOf(header);
    if (index < 0) {
      errors.push({
        row: 1,
        column: header,
        message: `the file has no column "${header}" (mapped to ${field})`,
      });
      continue;
    }
    columns.push({ field, header, index, column: importColumn(field) });
  }
  return columns;
}

/** Parses every row; collects every error instead of stopping at the first. */
export function parseRows(
  table: Table,
  mapping: ImportMapping,
  criteria: ReadonlySet<string>,
  resources: ReadonlySet<string>,
): ParsedRows {
  const errors: ImportError[] = [];
  const columns = resolveMapping(mapping, table.headers, criteria, resources, errors);
  if (errors.length > 0) return { rows: [], errors };
  const seen = new Map<string, number>();
  const rows: ParsedRows['rows'] = [];
  for (const { row, cells } of table.rows) {
    const partner: ParsedPartnerRow = { id: '', scores: {}, uses: {} };
    let ok = true;
    const fail = (column: string, message: string) => {
      errors.push({ row, column, message });
      ok = false;
    };
    for (const { field, header, index, column } of columns) {
      const cell = cells[index] ?? null;
      if (cell === null) {
        if (column?.required) fail(header, `the ${field} is empty; every partner needs one`);
        continue;
      }
      const take = <T>(result: CellResult<T>, set: (value: T) => void) => {
        if (result.ok) set(result.value);
        else fail(header, result.message);
      };
      if (column === undefined) applyNamedCell(partner, field, cell, header, take, fail);
      else applyCell(partner, column, cell, header, take, fail);
    }
    if (partner.id !== '') {
      const earlier = seen.get(partner.id);
      if (earlier !== undefined)
        fail(mapping.id ?? 'id', `the id "${partner.id}" is already used by row ${earlier}`);
      else seen.set(partner.id, row);
    }
    if (ok) rows.push({ row, partner });
  }
  return { rows, errors };
}

type Take = <T>(result: CellResult<T>, set: (value: T) => void) => void;
type Fail = (column: string, message: string) => void;

/** A `scores.<criterion>` or `uses.<resource>` cell: a number (a use is 0 or more). */
function applyNamedCell(
  partner: ParsedPartnerRow,
  field: string,
  cell: Cell,
  header: string,
  take: Take,
  fail: Fail,
): void {
  const named = namedColumn(field);
  if (named === undefined) return;
  take(parseNumberCell(cell), (v) => {
    if (named.kind === 'scores') partner.scores[named.name] = v;
    else if (v < 0) fail(header, `${v} is negative; a resource use is 0 or more`);
    else partner.uses[named.name] = v;
  });
}

/** Writes one cell of a fixed column, read as its type says, into the partner. */
function applyCell(
  partner: ParsedPartnerRow,
  column: ImportColumn,
  cell: Cell,
  header: string,
  take: Take,
  fail: Fail,
): void {
  const text = String(cell).trim();
  const set = (value: unknown) => {
    (partner as unknown as Record<string, unknown>)[column.field] = value;
  };
  switch (column.type) {
    case 'key': {
      const key = keySchema.safeParse(text);
      if (key.success) set(key.data);
      else fail(header, key.error.issues[0]?.message ?? 'is not a valid id');
      return;
    }
    case 'text':
      set(text);
      return;
    case 'long-text':
      set(String(cell));
      return;
    case 'choice': {
      const value = text.toLowerCase();
      const choices = column.choices ?? [];
      if (choices.includes(value)) set(value);
      else fail(header, `"${text}" is not a ${column.field}; use one of ${choices.join(', ')}`);
      return;
    }
    case 'list':
      set(parseListCell(cell));
      return;
    case 'distribution':
      take(parseDistributionCell(cell), set);
      return;
    case 'number':
      take(parseNumberCell(cell), set);
      return;
  }
}
