import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import { chunks } from './batch.js';
import { listColumns, listMigrations, listTables } from './catalog.js';
import { StoreError } from './errors.js';
import { refreshWorkspaceCombinedScores } from './partner-scores.js';
import { refreshStatistics } from './statistics.js';
import { now, readTransaction, type Trx, writeTransaction } from './tx.js';

/** Every table, parents before children (the order a restore inserts in). */
export const BACKUP_TABLES = [
  'workspaces',
  'users',
  'memberships',
  'invitations',
  'security_events',
  'sessions',
  'login_throttle',
  'api_tokens',
  'partners',
  'criteria_sets',
  'assessments',
  'score_history',
  'estimates',
  'partner_estimates',
  'synergies',
  'scenarios',
  'audit_log',
  'jobs',
  'agreements',
  'agreement_parties',
  'obligations',
  'ledger_entries',
  'ledger_keys',
  'statements',
  'statement_responses',
  'statement_payments',
  'agreement_amendments',
  'amendment_acceptances',
  'health_answers',
  'obligation_verdicts',
  'reviews',
  'review_settings',
  'exit_plans',
  'risks',
  'outcome_units',
  'outcomes',
] as const satisfies readonly (keyof Database)[];

// A table added to the schema but not to the list above fails to compile here.
type Missing = Exclude<keyof Database, (typeof BACKUP_TABLES)[number]>;
const everyTableListed: Missing extends never ? true : Missing = true;
void everyTableListed;

/** The columns that identify a row: rows are listed in this order, so backups compare. */
const KEYS: Record<(typeof BACKUP_TABLES)[number], readonly string[]> = {
  workspaces: ['id'],
  users: ['id'],
  memberships: ['workspace_id', 'user_id'],
  invitations: ['id'],
  security_events: ['id'],
  sessions: ['id'],
  login_throttle: ['key'],
  api_tokens: ['id'],
  partners: ['id'],
  criteria_sets: ['id'],
  assessments: ['id'],
  score_history: ['id'],
  estimates: ['partner_id'],
  partner_estimates: ['id'],
  synergies: ['id'],
  scenarios: ['id'],
  audit_log: ['workspace_id', 'seq'],
  jobs: ['id'],
  agreements: ['id'],
  agreement_parties: ['agreement_id', 'party'],
  obligations: ['id'],
  ledger_entries: ['workspace_id', 'seq'],
  ledger_keys: ['key_id'],
  statements: ['id'],
  statement_responses: ['statement_id', 'party'],
  statement_payments: ['statement_id', 'transfer'],
  agreement_amendments: ['agreement_id', 'version'],
  amendment_acceptances: ['agreement_id', 'version', 'party'],
  health_answers: ['agreement_id', 'round', 'user_id'],
  obligation_verdicts: ['obligation_id', 'party'],
  reviews: ['id'],
  review_settings: ['workspace_id'],
  exit_plans: ['id'],
  risks: ['id'],
  outcome_units: ['workspace_id', 'unit'],
  outcomes: ['workspace_id', 'outcome', 'unit', 'period'],
};

export type BackupValue = string | number | null;
export type BackupRow = Record<string, BackupValue>;

/** A logical snapshot, JSON-serialisable, portable between SQLite and PostgreSQL. */
export interface BackupDocument {
  readonly format: 'partnerfolio-backup';
  readonly version: 1;
  readonly createdAt: string;
  /** Where it was taken (informational: a backup restores into either database). */
  readonly source: Db['dialect'];
  /** The schema's migrations: a backup restores only into a database at the same ones. */
  readonly migrations: readonly string[];
  readonly tables: Readonly<Record<string, readonly BackupRow[]>>;
}

const compareRows = (keys: readonly string[]) => (a: BackupRow, b: BackupRow) => {
  for (const key of keys) {
    const x = a[key] ?? null;
    const y = b[key] ?? null;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
};

/**
 * Reads every table in one snapshot (PostgreSQL: repeatable read; SQLite: one read
 * transaction, which WAL keeps consistent while writers go on), so a backup taken
 * while the server runs is a state the database really was in. Rows are sorted by key
 * in JavaScript (not by the database's collation) so both databases give the same document.
 */
export async function backupDatabase(db: Db): Promise<BackupDocument> {
  return readTransaction(db, async (trx) => {
    await checkTables(trx, db.dialect);
    const tables: Record<string, BackupRow[]> = {};
    for (const table of BACKUP_TABLES) {
      const { rows } = await sql<BackupRow>`select * from ${sql.table(table)}`.execute(trx);
      tables[table] = rows.map(normaliseRow).sort(compareRows(KEYS[table]));
    }
    return {
      format: 'partnerfolio-backup',
      version: 1,
      createdAt: now(trx),
      source: db.dialect,
      migrations: await listMigrations(trx),
      tables,
    };
  });
}

/** Numbers stay numbers (pg gives bigint columns as strings; we have none), text stays text. */
function normaliseRow(row: BackupRow): BackupRow {
  const out: BackupRow = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = typeof value === 'bigint' ? Number(value) : value;
  }
  return out;
}

async function checkTables(trx: Trx, dialect: Db['dialect']): Promise<void> {
  const unknown = (await listTables(trx, dialect)).filter(
    (t) => !(BACKUP_TABLES as readonly string[]).includes(t),
  );
  if (unknown.length > 0) {
    // Refuse rather than leave a table out of a backup silently.
    throw new Error(
      `backup does not know the table(s) ${unknown.join(', ')}: add them to BACKUP_TABLES`,
    );
  }
}

const invalidBackup = (message: string) =>
  new StoreError('invalid', `not a usable backup: ${message}`, {
    issues: [{ code: 'invalid_backup', path: [], message }],
  });

/**
 * Restores a backup into an EMPTY database migrated to the same schema, in one
 * transaction (a failure leaves it empty). A database holding any row is refused:
 * restoring is not merging.
 */
export async function restoreDatabase(db: Db, doc: BackupDocument): Promise<{ rows: number }> {
  if (
    doc?.format !== 'partnerfolio-backup' ||
    doc.version !== 1 ||
    typeof doc.tables !== 'object' ||
    doc.tables === null
  ) {
    throw invalidBackup('expected { format: "partnerfolio-backup", version: 1, tables: {...} }');
  }
  for (const name of Object.keys(doc.tables)) {
    if (!(BACKUP_TABLES as readonly string[]).includes(name))
      throw invalidBackup(`unknown table "${name}"`);
  }
  const restored = await writeTransaction(db, async (trx) => {
    await checkTables(trx, db.dialect);
    const migrations = await listMigrations(trx);
    if (JSON.stringify(migrations) !== JSON.stringify(doc.migrations ?? [])) {
      throw invalidBackup(
        `the backup was taken at migrations [${(doc.migrations ?? []).join(', ')}] but this database is at [${migrations.join(', ')}]`,
      );
    }
    for (const table of BACKUP_TABLES) {
      const { rows } = await sql<{
        n: number | string;
      }>`select count(*) as n from ${sql.table(table)}`.execute(trx);
      const n = Number(rows[0]?.n ?? 0);
      if (n > 0) {
        throw new StoreError(
          'conflict',
          `restore needs an empty database, but table ${table} holds ${n} row(s): restore into a new data directory or a new PostgreSQL database`,
        );
      }
    }
    let total = 0;
    for (const table of BACKUP_TABLES) {
      const rows = doc.tables[table] ?? [];
      const columns = new Set(await listColumns(trx, db.dialect, table));
      for (const [i, row] of rows.entries()) checkRow(table, i, row, columns);
      for (const batch of chunks(rows, 200)) {
        await trx
          .insertInto(table)
          .values(batch as never)
          .execute();
      }
      total += rows.length;
    }
    // Computed, not trusted: the combined scores follow from the restored assessments.
    for (const workspace of doc.tables.workspaces ?? []) {
      await refreshWorkspaceCombinedScores(trx, String(workspace.id));
    }
    return { rows: total };
  });
  await refreshStatistics(db, restored.rows, BACKUP_TABLES);
  return restored;
}

function checkRow(table: string, index: number, row: unknown, columns: ReadonlySet<string>): void {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw invalidBackup(`${table}[${index}] is not a row object`);
  }
  for (const [column, value] of Object.entries(row)) {
    if (!columns.has(column))
      throw invalidBackup(`${table}[${index}] has an unknown column "${column}"`);
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
      throw invalidBackup(`${table}[${index}].${column} is neither text, a number nor null`);
    }
  }
}
