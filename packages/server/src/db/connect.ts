import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import { type Clock, systemClock } from '../clock.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import { sqliteDriverProblem } from './sqlite-driver-check.js';

export type DatabaseTarget =
  | { readonly kind: 'sqlite'; readonly dir: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: 'sqlite' | 'postgres';
  /** For display and logs: the file or the URL without its password. */
  readonly location: string;
  /** The time every timestamp written through this handle is taken from. */
  readonly clock: Clock;
  close(): Promise<void>;
}

/** The same connections read with another clock (tests pin time with it). */
export const withClock = (db: Db, clock: Clock): Db => ({ ...db, clock });

export const SQLITE_FILE = 'partnerfolio.sqlite';

/**
 * Opens the database. SQLite runs in WAL mode with `synchronous=FULL` so that an
 * acknowledged write survives a crash and several processes may share the file; a
 * busy timeout makes a second writer wait instead of failing.
 */
export function openDatabase(target: DatabaseTarget, clock: Clock = systemClock): Db {
  if (target.kind === 'sqlite') {
    const problem = sqliteDriverProblem();
    if (problem !== null) throw new Error(problem);
    mkdirSync(target.dir, { recursive: true });
    const file = join(target.dir, SQLITE_FILE);
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 10000');
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
    });
    return { kysely, dialect: 'sqlite', location: file, clock, close: () => kysely.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: namingPool(pool) }) });
  const location = target.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return { kysely, dialect: 'postgres', location, clock, close: () => kysely.destroy() };
}

/** How many prepared statements a SQLite database keeps (by SQL text, least recently used out). */
export const SQLITE_STATEMENT_CACHE = 256;

/**
 * Kysely's SQLite driver prepares every statement again on every query (a tenth of a
 * short read's time); this keeps the prepared statements by SQL text and reuses them.
 * SQLite re-prepares a statement by itself when the schema changes. A statement still
 * iterating (a stream) is never handed out twice: a fresh one is prepared instead.
 */
function cachingStatements(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close(): void {
      statements.clear();
      sqlite.close();
    },
    prepare(text: string): SqliteDatabase.Statement {
      const cached = statements.get(text);
      if (cached !== undefined) {
        if (cached.busy) return sqlite.prepare(text);
        statements.delete(text);
        statements.set(text, cached);
        return cached;
      }
      const statement = sqlite.prepare(text);
      statements.set(text, statement);
      if (statements.size > SQLITE_STATEMENT_CACHE) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
}

/**
 * SQL texts that PostgreSQL runs as named prepared statements, parsed and planned once per
 * connection rather than on every call. Opt-in, for tiny reads that run on every request
 * (the partner list's audit head); every other statement keeps the unnamed protocol, so
 * no plan outlives a schema change it depends on.
 */
const namedStatements = new Map<string, string>();

/** Marks `text` as a named statement on PostgreSQL; returns it. */
export function namedOnPostgres(text: string): string {
  if (!namedStatements.has(text)) namedStatements.set(text, `pf_named_${namedStatements.size + 1}`);
  return text;
}

/** The pool as Kysely sees it, with the clients' `query` naming the statements marked above. */
function namingPool(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    const query = (text: unknown, values?: readonly unknown[]) => {
      const name = typeof text === 'string' ? namedStatements.get(text) : undefined;
      if (name !== undefined)
        return client.query({ name, text: text as string, values: [...(values ?? [])] });
      return (client.query as (a: unknown, b?: unknown) => unknown)(text, values);
    };
    return {
      query: query as PostgresPoolClient['query'],
      release: (destroy?: boolean) => client.release(destroy),
    };
  };
  return {
    async connect() {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (wrapped === undefined) {
        wrapped = wrap(client);
        clients.set(client, wrapped);
      }
      return wrapped;
    },
    end: () => pool.end(),
  };
}

/**
 * The migrator of this database's schema (migrations/index.ts). Kysely looks for its
 * migration tables in every schema on PostgreSQL; they are pinned to ours, so that a
 * database holding several migrated schemas (one per test run) migrates each alone.
 */
export async function migratorOf(db: Db): Promise<Migrator> {
  const schema =
    db.dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely)).rows[0]?.s
      : undefined;
  return new Migrator({
    db: db.kysely,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

/** Brings the schema up to date; safe to run from several processes at once. */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = await migratorOf(db);
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const why = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`database migration failed (${db.location}): ${why}`);
  }
}

/** Throws when the database does not answer a trivial query (the health check). */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db.kysely);
}
