import type { Issue } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { readCurrentCriteria } from './criteria.js';
import { StoreError } from './errors.js';
import {
  type ImportError,
  type ImportMapping,
  type ParsedPartnerRow,
  parseRows,
} from './import-rows.js';
import { type ImportFormat, readTable, type Table } from './import-table.js';
import { type ImportedRow, type ImportSummary, writeRows } from './import-write.js';
import { readSettings } from './settings.js';
import { PARTNER_TABLES, refreshStatistics } from './statistics.js';
import { dialectOf, type Trx, writeTransaction } from './tx.js';

export type {
  ImportError,
  ImportedRow,
  ImportFormat,
  ImportMapping,
  ImportSummary,
  ParsedPartnerRow,
};

export interface ImportRequest {
  readonly format: ImportFormat;
  readonly data: Uint8Array;
  readonly mapping: ImportMapping;
}

export interface ImportPreview {
  readonly rows: ImportedRow[];
  /** Every problem found, by row (header = row 1) and column header. */
  readonly errors: ImportError[];
}

/** The headers of the file's first row (to offer a mapping); throws `invalid` if unreadable. */
export async function readImportHeaders(format: ImportFormat, data: Uint8Array): Promise<string[]> {
  return [...(await load(format, data)).headers];
}

async function load(format: ImportFormat, data: Uint8Array): Promise<Table> {
  try {
    return await readTable(format, data);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const message = `cannot read the file as ${format.toUpperCase()}: ${why}`;
    throw new StoreError('invalid', message, {
      issues: [{ code: 'unreadable_file', path: [], message }],
    });
  }
}

/**
 * What an import would do, without writing: every row parsed and every error found.
 * Rows are matched to partners by id: a known id updates that partner (empty cells
 * leave fields unchanged), a new id creates one (then `kind` is required).
 */
export async function previewPartnerImport(
  db: Db,
  workspaceId: string,
  request: ImportRequest,
): Promise<ImportPreview> {
  let table: Table;
  try {
    table = await readTable(request.format, request.data);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      rows: [],
      errors: [
        {
          row: 1,
          column: '',
          message: `cannot read the file as ${request.format.toUpperCase()}: ${why}`,
        },
      ],
    };
  }
  return (await analyse(db.kysely, workspaceId, table, request.mapping, false)).preview;
}

async function analyse(
  q: Trx,
  workspaceId: string,
  table: Table,
  mapping: ImportMapping,
  lock: boolean,
) {
  const criteria = new Set((await readCurrentCriteria(q, workspaceId)).criteria.map((c) => c.id));
  const resources = new Set(Object.keys((await readSettings(q, workspaceId)).settings.resources));
  const parsed = parseRows(table, mapping, criteria, resources);
  let existingQuery = q.selectFrom('partners').selectAll().where('workspace_id', '=', workspaceId);
  if (lock && dialectOf(q) === 'postgres') existingQuery = existingQuery.forUpdate();
  const existing = new Map((await existingQuery.execute()).map((r) => [r.key, r]));
  const errors = [...parsed.errors];
  const rows: ImportedRow[] = [];
  for (const { row, partner } of parsed.rows) {
    const current = existing.get(partner.id);
    if (current && partner.status !== undefined && partner.status !== current.status) {
      errors.push({
        row,
        column: mapping.status ?? 'status',
        message: `partner "${partner.id}" is ${current.status}; change an existing partner's status through its lifecycle, not by import`,
      });
    } else if (!current && partner.kind === undefined) {
      errors.push({
        row,
        column: mapping.kind ?? 'kind',
        message: `"${partner.id}" is a new partner and needs a kind (academic, enterprise, government or other)`,
      });
    } else {
      rows.push({ row, action: current ? 'update' : 'create', partner });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { preview: { rows, errors }, existing };
}

/**
 * Imports partners all or nothing: any error → `invalid` with one issue per problem
 * (`line` = row, path = ['rows', row, column header]) and nothing written; otherwise
 * every row in one write transaction, 500 rows per statement, one audit entry.
 */
export async function importPartners(
  db: Db,
  workspaceId: string,
  request: ImportRequest,
  actor: string | null,
): Promise<ImportSummary> {
  const table = await load(request.format, request.data);
  const summary = await writeTransaction(db, async (trx) => {
    const { preview, existing } = await analyse(trx, workspaceId, table, request.mapping, true);
    if (preview.errors.length > 0) {
      const issues: Issue[] = preview.errors.map((e) => ({
        code: 'invalid_cell',
        path: ['rows', e.row, e.column],
        message: `row ${e.row}${e.column ? `, column "${e.column}"` : ''}: ${e.message}`,
        line: e.row,
      }));
      throw new StoreError(
        'invalid',
        `the import has ${issues.length} error(s); nothing was written. First: ${issues[0]?.message ?? ''}`,
        { issues },
      );
    }
    return writeRows(trx, workspaceId, preview.rows, existing, actor, request.format);
  });
  await refreshStatistics(
    db,
    summary.created + summary.updated + summary.assessments,
    PARTNER_TABLES,
  );
  return summary;
}
