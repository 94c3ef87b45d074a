import type { SpecDistribution } from '@partnerfolio/core';
import { PARTNER_KINDS, type PartnerKind } from '@partnerfolio/core';
import type { PartnerStatus } from '../db/schema.js';
import {
  type CellResult,
  parseDistributionCell,
  parseListCell,
  parseNumberCell,
} from './import-cells.js';
import type { Cell, Table } from './import-table.js';
import { isPartnerStatus } from './partner-status.js';
import { keySchema } from './validation.js';

/**
 * Which column holds which field: `{ id: 'Partner ID', 'scores.tech': 'Tech score',
 * 'uses.budget': 'Budget', ... }`. Fields: id (required), name, kind, status, domains,
 * offers (both split on `;` or `,`), notes, cost, return, alpha, beta, `scores.<criterion>`,
 * `uses.<resource>`.
 */
export type ImportMapping = Readonly<Record<string, string>>;

export const IMPORT_FIELDS = [
  'id',
  'name',
  'kind',
  'status',
  'domains',
  'offers',
  'notes',
  'cost',
  'return',
  'alpha',
  'beta',
] as const;

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
    const [head, sub] = field.split(/\.(.*)/s, 2);
    if (head === 'scores' && sub !== undefined) {
      if (!criteria.has(sub)) {
        errors.push({
          row: 1,
          column: header,
          message: `\`${sub}\` is not a criterion of this workspace (criteria: ${[...criteria].join(', ') || 'none yet'})`,
        });
        continue;
      }
    } else if (head === 'uses' && sub !== undefined) {
      if (!resources.has(sub)) {
        errors.push({
          row: 1,
          column: header,
          message: `\`${sub}\` is not a resource of this workspace (resources: ${[...resources].join(', ') || 'none yet'})`,
        });
        continue;
      }
    } else if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
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
    columns.push({ field, header, index });
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
    for (const { field, header, index } of columns) {
      const cell = cells[index] ?? null;
      if (cell === null) {
        if (field === 'id') fail(header, 'the id is empty; every partner needs one');
        continue;
      }
      const take = <T>(result: CellResult<T>, set: (value: T) => void) => {
        if (result.ok) set(result.value);
        else fail(header, result.message);
      };
      applyCell(partner, field, cell, header, take, fail);
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

function applyCell(
  partner: ParsedPartnerRow,
  field: string,
  cell: Cell,
  header: string,
  take: Take,
  fail: (column: string, message: string) => void,
): void {
  const text = String(cell).trim();
  if (field.startsWith('scores.')) {
    take(parseNumberCell(cell), (v) => {
      partner.scores[field.slice('scores.'.length)] = v;
    });
    return;
  }
  if (field.startsWith('uses.')) {
    take(parseNumberCell(cell), (v) => {
      if (v < 0) fail(header, `${v} is negative; a resource use is 0 or more`);
      else partner.uses[field.slice('uses.'.length)] = v;
    });
    return;
  }
  switch (field) {
    case 'id': {
      const key = keySchema.safeParse(text);
      if (key.success) partner.id = key.data;
      else fail(header, key.error.issues[0]?.message ?? 'is not a valid id');
      return;
    }
    case 'name':
      partner.name = text;
      return;
    case 'notes':
      partner.notes = String(cell);
      return;
    case 'kind': {
      const kind = text.toLowerCase();
      if ((PARTNER_KINDS as readonly string[]).includes(kind)) partner.kind = kind as PartnerKind;
      else fail(header, `"${text}" is not a kind; use one of ${PARTNER_KINDS.join(', ')}`);
      return;
    }
    case 'status': {
      const status = text.toLowerCase();
      if (isPartnerStatus(status)) partner.status = status;
      else
        fail(
          header,
          `"${text}" is not a status; use candidate, negotiating, active, under-review, exiting, exited or rejected`,
        );
      return;
    }
    case 'domains':
      partner.domains = parseListCell(cell);
      return;
    case 'offers':
      partner.offers = parseListCell(cell);
      return;
    case 'cost':
      take(parseDistributionCell(cell), (v) => {
        partner.cost = v;
      });
      return;
    case 'return':
      take(parseDistributionCell(cell), (v) => {
        partner.return = v;
      });
      return;
    case 'alpha':
    case 'beta':
      take(parseNumberCell(cell), (v) => {
        partner[field] = v;
      });
      return;
  }
}
