import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';

/** The tables a partner import or a spec replace fills. */
export const PARTNER_TABLES = ['partners', 'estimates', 'assessments', 'synergies'] as const;

/** A write of at least this many rows refreshes the planner's statistics. */
export const BULK_ROWS = 1000;

/**
 * Tables that PostgreSQL also vacuums after a bulk write: the partner list cuts its pages
 * from the partners' sort indexes, which is an index-only scan only where the visibility
 * map says the heap pages are all visible; a bulk write leaves them unmarked (and, through
 * the combined-score refresh, a dead version of every row) until autovacuum comes, and
 * the scan then visits the heap for every row before the offset.
 */
const VACUUMED: ReadonlySet<keyof Database> = new Set(['partners']);

/**
 * Refreshes the query planner's statistics after a bulk write. Without them PostgreSQL
 * plans a freshly imported 10,000-partner workspace as if it held a few rows (sequential
 * scans of 100,000 assessments for one page) until autovacuum gets round to it; the
 * partners are vacuumed too (see VACUUMED; tens of milliseconds more than the ANALYZE they
 * replace). Runs after the commit (VACUUM cannot run in a transaction); a failure only
 * costs speed, so it is not reported.
 */
export async function refreshStatistics(
  db: Db,
  rowsWritten: number,
  tables: readonly (keyof Database)[],
): Promise<void> {
  if (rowsWritten < BULK_ROWS) return;
  try {
    if (db.dialect === 'postgres') {
      const analyzed = tables.filter((t) => !VACUUMED.has(t));
      if (analyzed.length > 0) {
        await sql`analyze ${sql.join(analyzed.map((t) => sql.table(t)))}`.execute(db.kysely);
      }
      for (const table of tables.filter((t) => VACUUMED.has(t))) {
        await sql`vacuum (analyze) ${sql.table(table)}`.execute(db.kysely);
      }
    } else {
      for (const table of tables) await sql`analyze ${sql.table(table)}`.execute(db.kysely);
    }
  } catch {
    // Statistics are an optimisation; autovacuum (PostgreSQL) will refresh them later.
  }
}
