/** Row counts of every table in one query: "nothing was written" is "no count changed". */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.js';
import { BACKUP_TABLES } from '../../store/backup.js';

/**
 * Every table (the backup's list, which fails to compile when a table is missing from it)
 * but the security log, which a refused request writes to on purpose.
 */
export const TABLES = BACKUP_TABLES.filter((t) => t !== 'security_events');

export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const parts = TABLES.map((t) => sql`select ${t} as name, count(*) as n from ${sql.table(t)}`);
  const query = sql.join(parts, sql` union all `);
  const { rows } = await sql<{ name: string; n: number | string | bigint }>`${query}`.execute(
    db.kysely,
  );
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}
