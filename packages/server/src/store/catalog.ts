import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Trx } from './tx.js';

/** The application's tables that exist in the database (the migrator's own excluded). */
export async function listTables(q: Trx, dialect: Db['dialect']): Promise<string[]> {
  const query =
    dialect === 'postgres'
      ? sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`
      : sql<{ name: string }>`select name from sqlite_master where type = 'table'`;
  const { rows } = await query.execute(q);
  return rows
    .map((r) => r.name)
    .filter((name) => !name.startsWith('kysely_') && !name.startsWith('sqlite_'))
    .sort();
}

export async function listColumns(
  q: Trx,
  dialect: Db['dialect'],
  table: string,
): Promise<string[]> {
  const query =
    dialect === 'postgres'
      ? sql<{ name: string }>`select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${table} order by ordinal_position`
      : sql<{ name: string }>`select name from pragma_table_info(${table}) order by cid`;
  return (await query.execute(q)).rows.map((r) => r.name);
}

/** The migrations applied, by name: a backup restores only into the same schema. */
export async function listMigrations(q: Trx): Promise<string[]> {
  const { rows } = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(q);
  return rows.map((r) => r.name);
}
