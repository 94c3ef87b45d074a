import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Clock } from '../clock.js';
import { type Db, migrateToLatest, openDatabase } from '../db/connect.js';

/** Where the test PostgreSQL is; CI and the project's machines run one here. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgReachable: Promise<boolean> | undefined;
export function postgresReachable(): Promise<boolean> {
  pgReachable ??= (async () => {
    const client = new pg.Client({
      connectionString: TEST_DATABASE_URL,
      connectionTimeoutMillis: 3000,
    });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return pgReachable;
}

type Suite = (get: () => TestDatabase) => void;

export interface TestDatabase {
  readonly db: Db;
  readonly kind: 'sqlite' | 'postgres';
  /** How a second process reaches the same data: `--data DIR` or `DATABASE_URL`. */
  readonly dataDir?: string;
  readonly url?: string;
  readonly schema?: string;
}

/** A fresh, migrated database: a temporary SQLite folder, or a new PostgreSQL schema. */
export async function createTestDatabase(
  kind: 'sqlite' | 'postgres',
  clock?: Clock,
): Promise<TestDatabase & { drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'partnerfolio-test-'));
    const db = openDatabase({ kind: 'sqlite', dir }, clock);
    await migrateToLatest(db);
    return {
      db,
      kind,
      dataDir: dir,
      drop: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = openDatabase({ kind: 'postgres', url: TEST_DATABASE_URL, schema }, clock);
  await migrateToLatest(db);
  return {
    db,
    kind,
    url: TEST_DATABASE_URL,
    schema,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/**
 * Runs a suite once per database: the embedded SQLite, and PostgreSQL. Without a reachable
 * PostgreSQL the second half is skipped with a loud warning — except under `CI=true`,
 * where a missing PostgreSQL fails the run rather than passing silently.
 */
/** Probed once per test file, before any suite is declared. */
const pgAvailable = await postgresReachable();
if (!pgAvailable && process.env.CI === 'true') {
  throw new Error(
    `PostgreSQL is not reachable at ${TEST_DATABASE_URL}, and CI=true: the PostgreSQL half of the suite must run, not be skipped.`,
  );
}

/**
 * Runs a suite once per database: the embedded SQLite, and PostgreSQL. Without a reachable
 * PostgreSQL the second half is skipped with a loud warning — except under `CI=true`,
 * where a missing PostgreSQL fails the run rather than passing silently.
 */
export function describeEachDatabase(name: string, suite: Suite): void;
/** The same, with the database's clock pinned (`fixedClock(...)`): every timestamp it writes. */
export function describeEachDatabase(
  name: string,
  options: { readonly clock: Clock },
  suite: Suite,
): void;
export function describeEachDatabase(
  name: string,
  suiteOrOptions: Suite | { readonly clock: Clock },
  lastSuite?: Suite,
): void {
  const suite = typeof suiteOrOptions === 'function' ? suiteOrOptions : lastSuite;
  const clock = typeof suiteOrOptions === 'function' ? undefined : suiteOrOptions.clock;
  if (suite === undefined) throw new Error('describeEachDatabase needs a suite');
  for (const kind of ['sqlite', 'postgres'] as const) {
    const skip = kind === 'postgres' && !pgAvailable;
    if (skip) {
      console.warn(
        `\n*** PostgreSQL is not reachable at ${TEST_DATABASE_URL}: SKIPPING the PostgreSQL half of "${name}". ***\n`,
      );
    }
    describe.skipIf(skip)(`${name} [${kind}]`, () => {
      let current: (TestDatabase & { drop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(kind, clock);
      });
      afterAll(async () => {
        await current?.drop();
      });
      suite(() => {
        if (!current) throw new Error('test database not ready');
        return current;
      });
    });
  }
}
