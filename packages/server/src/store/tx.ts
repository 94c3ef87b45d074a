import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';

/** What store functions run their writes on: the transaction's connection. */
export type Trx = Kysely<Database>;

/** Which database a transaction runs on, for the few statements that differ. */
const dialects = new WeakMap<Trx, Db['dialect']>();
/** The clock of the handle a transaction was opened on (see `now`). */
const clocks = new WeakMap<Trx, Clock>();

/**
 * The dialect of a transaction opened by `writeTransaction`/`readTransaction`. Anything
 * else is refused: audit appends rely on the locking those functions set up.
 */
export function dialectOf(trx: Trx): Db['dialect'] {
  const dialect = dialects.get(trx);
  if (dialect === undefined) {
    throw new Error('store writes must run inside writeTransaction(db, trx => ...)');
  }
  return dialect;
}

/**
 * Runs `fn` in one write transaction; every write of the store goes through here.
 *
 * SQLite: `BEGIN IMMEDIATE` takes the write lock up front, so a second writer (another
 * process on the same file) waits on `busy_timeout`. A deferred `BEGIN` would read first
 * and then fail with SQLITE_BUSY when upgrading to a writer, which no timeout can cure.
 * PostgreSQL: an ordinary read-committed transaction; concurrent writers to one record
 * are ordered by row locks (`select ... for update`) before the version check, and
 * audit appends by an advisory lock per workspace (audit.ts).
 *
 * `fn` must use only `trx`: on SQLite the one connection is held until it returns, so a
 * query through `db.kysely` inside it would wait forever.
 */
export async function writeTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  if (db.dialect === 'postgres') {
    return db.kysely.transaction().execute((trx) => {
      dialects.set(trx, 'postgres');
      clocks.set(trx, db.clock);
      return fn(trx);
    });
  }
  return db.kysely.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    dialects.set(conn, 'sqlite');
    clocks.set(conn, db.clock);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // Also after a failed commit: the connection must not stay inside a transaction.
      await sql`rollback`.execute(conn).catch(() => {});
      throw error;
    }
  });
}

/**
 * Runs `fn` on one consistent snapshot (for reads spanning several queries: exports,
 * backups). PostgreSQL: repeatable read, read only; SQLite: a deferred transaction,
 * which in WAL mode sees one snapshot from its first read on.
 */
export async function readTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  if (db.dialect === 'postgres') {
    return db.kysely
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((trx) => {
        dialects.set(trx, 'postgres');
        clocks.set(trx, db.clock);
        return fn(trx);
      });
  }
  return db.kysely.connection().execute(async (conn) => {
    await sql`begin`.execute(conn);
    dialects.set(conn, 'sqlite');
    clocks.set(conn, db.clock);
    try {
      return await fn(conn);
    } finally {
      await sql`rollback`.execute(conn);
    }
  });
}

/**
 * The current time as an ISO-8601 UTC string (the format of every timestamp column), read
 * from the database handle's clock: the handle itself, or a transaction opened on it by
 * `writeTransaction`/`readTransaction`. The store never reads `Date` directly.
 */
export function now(source: Db | Trx): string {
  return clockOf(source)().toISOString();
}

/** Today (UTC) as `YYYY-MM-DD`, by the same clock as `now`. */
export const today = (source: Db | Trx): string => now(source).slice(0, 10);

export function clockOf(source: Db | Trx): Clock {
  if ('clock' in source) return source.clock;
  const clock = clocks.get(source);
  if (clock === undefined) {
    throw new Error('store timestamps need the Db or a transaction opened on it');
  }
  return clock;
}

export function newId(): string {
  return randomUUID();
}
