import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';

/** The tables a partner import or a spec replace fills. */
export const PARTNER_TABLES = ['partners', 'estimates', 'assessments', 'synergies'] as const;

/** A write of at least this many rows refreshes the planner's statistics. */
export const BULK_ROWS = 1000;

/**
 * Refreshes the query planner's statistics after a bulk write. Without them PostgreSQL
 * plans a freshly imported 10,000-partner workspace as if it held a few rows (sequential
 * scans of 100,000 assessments for one page) until autovacuum gets round to it. Runs
 * after the commit; a failure only costs speed, so it is not reported.
 */
export async function refreshStatistics(
  db: Db,
  rowsWritten: number,
  tables: readonly (keyof Database)[],
): Promise<void> {
  if (rowsWritten < BULK_ROWS) return;
  try {
    if (db.dialect === 'postgres') {
      await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db.kysely);
    } else {
      for (const table of tables) await sql`analyze ${sql.table(table)}`.execute(db.kysely);
    }
  } catch {
    // Statistics are an optimisation; autovacuum (PostgreSQL) will refresh them later.
  }
}
