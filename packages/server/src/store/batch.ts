/**
 * Rows per multi-row statement. 500 rows of ~16 columns stay well under the bound
 * parameters either database accepts (SQLite 32,766; PostgreSQL 65,535), and cut the
 * round trips of a 10,000-row import from 10,000 to 20.
 */
export const BATCH_ROWS = 500;

export function chunks<T>(items: readonly T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
