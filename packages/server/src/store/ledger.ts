/**
 * The settlement ledger: what happened under the agreements (revenue, costs, usage,
 * milestones met, obligations kept or broken), append-only and hash-chained per workspace
 * the way the audit log is. A correction is a new entry (a negative amount that names the
 * entry it corrects), never an edit: nothing in the store updates or deletes a row here.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { canonicalJson } from './canonical-json.js';
import { GENESIS_HASH } from './chain-genesis.js';
import { dialectOf, type Trx } from './tx.js';

export interface LedgerInput {
  readonly workspaceId: string;
  /** The agreement's row id; null for an entry that belongs to no agreement. */
  readonly agreementId: string | null;
  /** revenue | cost | usage | milestone | obligation */
  readonly kind: string;
  /** The day the event happened (YYYY-MM-DD); settlement periods select on it. */
  readonly eventDate: string;
  readonly event: Readonly<Record<string, unknown>>;
  readonly author: string | null;
  /** When it was recorded (ISO-8601 UTC). */
  readonly at: string;
}

export interface LedgerEntry extends LedgerInput {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * The canonical JSON of an entry's content: what its chain hash covers after `prevHash`,
 * and the leaf of the ledger's Merkle tree (ledger-tree.ts). The leaf leaves `prevHash`
 * out, so the tree depends only on what the entries say and in which order.
 */
export function ledgerLeaf(entry: Omit<LedgerEntry, 'prevHash' | 'hash'>): string {
  return canonicalJson({
    workspaceId: entry.workspaceId,
    seq: entry.seq,
    at: entry.at,
    author: entry.author,
    agreementId: entry.agreementId,
    kind: entry.kind,
    eventDate: entry.eventDate,
    event: entry.event,
  });
}

export function ledgerHash(
  prevHash: string,
  entry: Omit<LedgerEntry, 'prevHash' | 'hash'>,
): string {
  return createHash('sha256').update(prevHash).update(ledgerLeaf(entry)).digest('hex');
}

/**
 * Appends one entry inside the caller's write transaction. Appends to one workspace are
 * serialised as for the audit log: BEGIN IMMEDIATE on SQLite, an advisory lock on
 * PostgreSQL (a key distinct from the audit log's, so the two chains do not wait on
 * each other more than the transaction already does).
 */
export async function appendLedger(trx: Trx, input: LedgerInput): Promise<LedgerEntry> {
  if (dialectOf(trx) === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext(${`ledger:${input.workspaceId}`}))`.execute(
      trx,
    );
  }
  const last = await trx
    .selectFrom('ledger_entries')
    .select(['seq', 'hash'])
    .where('workspace_id', '=', input.workspaceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  // What is hashed is exactly what is stored and read back.
  const event = JSON.parse(canonicalJson(input.event)) as Record<string, unknown>;
  const entry = { ...input, event, seq: Number(last?.seq ?? 0) + 1 };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = ledgerHash(prevHash, entry);
  await trx
    .insertInto('ledger_entries')
    .values({
      workspace_id: entry.workspaceId,
      seq: entry.seq,
      agreement_id: entry.agreementId,
      kind: entry.kind,
      event_date: entry.eventDate,
      event: canonicalJson(event),
      author: entry.author,
      at: entry.at,
      prev_hash: prevHash,
      hash,
    })
    .execute();
  return { ...entry, prevHash, hash };
}

export function presentLedgerEntry(row: Row<'ledger_entries'>): LedgerEntry {
  return {
    workspaceId: row.workspace_id,
    seq: Number(row.seq),
    agreementId: row.agreement_id,
    kind: row.kind,
    eventDate: row.event_date,
    event: JSON.parse(row.event) as Record<string, unknown>,
    author: row.author,
    at: row.at,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface LedgerQuery {
  readonly agreementId?: string;
  readonly from?: string;
  readonly to?: string;
}

/** Entries in seq order (the order they were recorded), optionally of one agreement and period. */
export async function listLedger(
  q: Db['kysely'],
  workspaceId: string,
  query: LedgerQuery = {},
): Promise<LedgerEntry[]> {
  let select = q.selectFrom('ledger_entries').selectAll().where('workspace_id', '=', workspaceId);
  if (query.agreementId !== undefined)
    select = select.where('agreement_id', '=', query.agreementId);
  if (query.from !== undefined) select = select.where('event_date', '>=', query.from);
  if (query.to !== undefined) select = select.where('event_date', '<=', query.to);
  return (await select.orderBy('seq').execute()).map(presentLedgerEntry);
}

/** The ledger's entries (as `listLedger`), read on the handle (the routes' read). */
export const readLedger = (
  db: Db,
  workspaceId: string,
  query: LedgerQuery = {},
): Promise<LedgerEntry[]> => listLedger(db.kysely, workspaceId, query);
