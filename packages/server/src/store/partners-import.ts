import type { Issue } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import {
  OffloadLimitError,
  parseRowsOffloaded,
  previewOffloaded,
  readHeadersOffloaded,
  TaskError,
} from '../offload/pool.js';
import { readCurrentCriteria } from './criteria.js';
import { StoreError } from './errors.js';
import { planImport } from './import-plan.js';
import type { ImportError, ImportMapping, ParsedPartnerRow } from './import-rows.js';
import type { ImportFormat } from './import-table.js';
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
  return unreadableAsInvalid(format, () => readHeadersOffloaded({ format, data }));
}

/** A file that cannot be read (or overruns the limits while being read) is `invalid`. */
async function unreadableAsInvalid<T>(format: ImportFormat, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof TaskError || error instanceof OffloadLimitError)) throw error;
    const message = `cannot read the file as ${format.toUpperCase()}: ${error.message}`;
    throw new StoreError('invalid', message, {
      issues: [{ code: 'unreadable_file', path: [], message }],
    });
  }
}

/** What the rows of a file need to be parsed: the workspace's criteria and resources. */
async function rowsTask(q: Trx, workspaceId: string, request: ImportRequest) {
  return {
    format: request.format,
    data: request.data,
    mapping: request.mapping,
    criteria: (await readCurrentCriteria(q, workspaceId)).criteria.map((c) => c.id),
    resources: Object.keys((await readSettings(q, workspaceId)).settings.resources),
  };
}

/**
 * What an import would do, without writing, as the JSON of an `ImportPreview`: every row
 * parsed and every error found. Built where the file is read (a worker thread when it is
 * large), so that a large answer costs the event loop nothing but sending it. Rows are
 * matched to partners by id: a known id updates that partner (empty cells leave fields
 * unchanged), a new id creates one (then `kind` is required).
 */
export async function previewPartnerImportJson(
  db: Db,
  workspaceId: string,
  request: ImportRequest,
): Promise<Uint8Array> {
  const task = await rowsTask(db.kysely, workspaceId, request);
  const existing = await db.kysely
    .selectFrom('partners')
    .select(['key', 'status'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  return unreadableAsInvalid(request.format, () =>
    previewOffloaded({ ...task, existing: existing.map((r) => [r.key, r.status] as const) }),
  );
}

/** `previewPartnerImportJson`, parsed. */
export async function previewPartnerImport(
  db: Db,
  workspaceId: string,
  request: ImportRequest,
): Promise<ImportPreview> {
  const json = await previewPartnerImportJson(db, workspaceId, request);
  return JSON.parse(new TextDecoder().decode(json)) as ImportPreview;
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
  // Parsed before the write transaction (off the event loop when large); criteria and
  // resources are read again inside it, and the rows parsed again if they changed.
  const before = await rowsTask(db.kysely, workspaceId, request);
  const parsed = await unreadableAsInvalid(request.format, () => parseRowsOffloaded(before));
  const summary = await writeTransaction(db, async (trx) => {
    const now = await rowsTask(trx, workspaceId, request);
    const same =
      now.criteria.join('\u0000') === before.criteria.join('\u0000') &&
      now.resources.join('\u0000') === before.resources.join('\u0000');
    const rows = same ? parsed : await parseRowsOffloaded(now);
    let existingQuery = trx
      .selectFrom('partners')
      .selectAll()
      .where('workspace_id', '=', workspaceId);
    if (dialectOf(trx) === 'postgres') existingQuery = existingQuery.forUpdate();
    const existing = new Map((await existingQuery.execute()).map((r) => [r.key, r]));
    const statuses = new Map([...existing].map(([key, r]) => [key, r.status] as const));
    const plan = planImport(rows, statuses, request.mapping);
    if (plan.errors.length > 0) {
      const issues: Issue[] = plan.errors.map((e) => ({
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
    return writeRows(trx, workspaceId, plan.rows, existing, actor, request.format);
  });
  await refreshStatistics(
    db,
    summary.created + summary.updated + summary.assessments,
    PARTNER_TABLES,
  );
  return summary;
}
