import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';

/** What store functions run their writes on: the transaction's connection. */
export type Trx = Kysely<Database>;

/** Which database a transaction runs on, for the few statements that differ. */
const dialects = new WeakMap<Trx, Db['dialect']>();

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
      return fn(trx);
    });
  }
  return db.kysely.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    dialects.set(conn, 'sqlite');
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
        return fn(trx);
      });
  }
  return db.kysely.connection().execute(async (conn) => {
    await sql`begin`.execute(conn);
    dialects.set(conn, 'sqlite');
    try {
      return await fn(conn);
    } finally {
      await sql`rollback`.execute(conn);
    }
  });
}

/** The clock is injectable so that tests can pin time; the store never reads `Date` directly. */
export type Clock = () => Date;

let clock: Clock = () => new Date();

/** Replaces the store's clock (tests); returns a function restoring the previous one. */
export function setClock(next: Clock): () => void {
  const previous = clock;
  clock = next;
  return () => {
    clock = previous;
  };
}

/** The current time as an ISO-8601 UTC string (the format of every timestamp column). */
export function now(at: Clock = clock): string {
  return at().toISOString();
}

export function newId(): string {
  return randomUUID();
}
