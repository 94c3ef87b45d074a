/**
 * Keeps the dashboard's operations summary from growing with the ledger.
 *
 * - The summary is computed once per state of the workspace: every write appends to the
 *   audit log (audit.ts) and every money event to the ledger, so (today, audit head,
 *   ledger head) names what it was computed from. A request that reads the same heads
 *   gets the same answer, as the partner list does (partner-list-cache.ts); it is safe
 *   with several processes, since each reads the heads from the database.
 * - The ledger's chain is verified incrementally: once a prefix (up to seq k with hash h)
 *   was walked and found intact, the next summary walks only the entries after k, after
 *   checking that entry k still has hash h. The full walk from seq 1 stays with the
 *   `ledger verify` command and route; signed checkpoints catch rewrites of old entries.
 */
import type { Db } from '../db/connect.js';
import type { VerifiedPrefix } from './chain-verify.js';
import { type LedgerVerification, verifyLedger } from './ledger-verify.js';

export interface LedgerHead {
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
}

/** The newest ledger entry of a workspace (null before any). */
export async function ledgerHead(db: Db, workspaceId: string): Promise<LedgerHead | null> {
  const row = await db.kysely
    .selectFrom('ledger_entries')
    .select(['seq', 'hash', 'at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? null : { seq: Number(row.seq), hash: row.hash, at: row.at };
}

interface DbCache<T> {
  readonly answers: Map<string, { readonly key: string; readonly value: T }>;
  readonly verified: Map<string, VerifiedPrefix>;
}

/** Workspaces remembered per database (least recently used dropped beyond this). */
const MAX_WORKSPACES = 512;

/** One cache per database handle: tests open many databases in one process. */
export class HeadKeyedCache<T> {
  /** By the connections: handles with another clock (`withClock`) share them. */
  readonly #byDb = new WeakMap<Db['kysely'], DbCache<T>>();

  #of(db: Db): DbCache<T> {
    let cache = this.#byDb.get(db.kysely);
    if (cache === undefined) {
      cache = { answers: new Map(), verified: new Map() };
      this.#byDb.set(db.kysely, cache);
    }
    return cache;
  }

  /** The answer computed for `key`, or computes, keeps and returns it. */
  async get(db: Db, workspaceId: string, key: string, compute: () => Promise<T>): Promise<T> {
    const { answers } = this.#of(db);
    const hit = answers.get(workspaceId);
    if (hit?.key === key) {
      answers.delete(workspaceId);
      answers.set(workspaceId, hit);
      return hit.value;
    }
    const value = await compute();
    answers.delete(workspaceId);
    answers.set(workspaceId, { key, value });
    if (answers.size > MAX_WORKSPACES) {
      const oldest = answers.keys().next().value;
      if (oldest !== undefined) answers.delete(oldest);
    }
    return value;
  }

  /** The ledger's verification, walking only what was not verified before. */
  async verifyLedger(
    db: Db,
    workspaceId: string,
    head: LedgerHead | null,
  ): Promise<LedgerVerification> {
    const { verified } = this.#of(db);
    let prefix = verified.get(workspaceId);
    if (prefix !== undefined && (head === null || head.seq < prefix.seq)) prefix = undefined;
    if (prefix !== undefined) {
      const row = await db.kysely
        .selectFrom('ledger_entries')
        .select('hash')
        .where('workspace_id', '=', workspaceId)
        .where('seq', '=', prefix.seq)
        .executeTakeFirst();
      if (row?.hash !== prefix.hash) prefix = undefined;
    }
    const result = await verifyLedger(db, workspaceId, prefix);
    if (result.intact && head !== null && result.entries >= head.seq) {
      verified.set(workspaceId, { seq: head.seq, hash: head.hash });
      if (verified.size > MAX_WORKSPACES) {
        const oldest = verified.keys().next().value;
        if (oldest !== undefined) verified.delete(oldest);
      }
    } else if (!result.intact) {
      verified.delete(workspaceId);
    }
    return result;
  }
}
