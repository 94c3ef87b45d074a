/**
 * The two databases of the server benchmark, each fresh and removed afterwards: SQLite in
 * a new temporary folder (on the same disk as everything else, so `synchronous=FULL`
 * costs a real fsync), PostgreSQL in a new schema of the `test` database at
 * 127.0.0.1:5432. Each gives the target for `openDatabase`, and the arguments and
 * environment that make the server child process use the same database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** The environment of a child without any database settings of ours (the bench sets them). */
function cleanEnv() {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.PARTNERFOLIO_DATABASE_SCHEMA;
  delete env.PARTNERFOLIO_DATA;
  return env;
}

export function sqliteDatabase() {
  const dir = mkdtempSync(join(os.tmpdir(), 'partnerfolio-bench-'));
  return {
    kind: 'sqlite',
    label: `SQLite in ${dir}`,
    target: { kind: 'sqlite', dir },
    childArgs: ['--data', dir],
    childEnv: cleanEnv(),
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether PostgreSQL answers at `url` within a few seconds (the reason when not). */
export async function postgresReachable(url = POSTGRES_URL) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query('show server_version');
    return { ok: true, version: rows[0]?.server_version ?? 'unknown' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => {});
  }
}

async function adminQuery(url, text) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function postgresDatabase(url = POSTGRES_URL) {
  // A lower-case SQL identifier, as PARTNERFOLIO_DATABASE_SCHEMA requires.
  const schema = `bench_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(url, `create schema ${schema}`);
  return {
    kind: 'postgres',
    label: `PostgreSQL ${url}, schema ${schema}`,
    target: { kind: 'postgres', url, schema },
    childArgs: [],
    childEnv: { ...cleanEnv(), DATABASE_URL: url, PARTNERFOLIO_DATABASE_SCHEMA: schema },
    async drop() {
      await adminQuery(url, `drop schema if exists ${schema} cascade`);
    },
  };
}
