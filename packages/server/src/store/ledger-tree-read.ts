/** Reads a workspace's ledger rows, in seq order, into an RFC 9162 Merkle tree. */
import { chainBreak, MerkleTree, type Message, renderEnglish } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { ledgerLeaf, presentLedgerEntry } from './ledger.js';
import { sha256 } from './ledger-crypto.js';
import type { Trx } from './tx.js';

const PAGE = 2000;

export type LedgerTree =
  | {
      readonly ok: true;
      readonly tree: MerkleTree;
      /** The chain hash of the newest entry read ('' for an empty ledger). */
      readonly lastHash?: string;
    }
  /** The rows themselves do not form a ledger: a seq is missing or a row cannot be read. */
  | { readonly ok: false; readonly reason: string; readonly because: Message };

/** A break of the rows' chain: its message, and its English as `reason`. */
const broken = (because: Message) =>
  ({ ok: false, reason: renderEnglish(because), because }) as const;

/** Reads a workspace's ledger in seq order into a Merkle tree. */
export async function readLedgerTree(
  q: Trx | Db['kysely'],
  workspaceId: string,
): Promise<LedgerTree> {
  return appendLedgerRows(q, workspaceId, new MerkleTree(sha256));
}

/** Appends the entries after `tree.size` to `tree` (ledger-tree-cache.ts keeps trees). */
export async function appendLedgerRows(
  q: Trx | Db['kysely'],
  workspaceId: string,
  tree: MerkleTree,
): Promise<LedgerTree> {
  let lastHash: string | undefined;
  for (;;) {
    const rows = (await q
      .selectFrom('ledger_entries')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('seq', '>', tree.size)
      .orderBy('seq')
      .limit(PAGE)
      .execute()) as Row<'ledger_entries'>[];
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== tree.size + 1) {
        return broken(
          chainBreak('chain.missing', 'chain.noun.ledger', tree.size + 1, {
            previous: tree.size,
            next: seq,
          }),
        );
      }
      let leaf: string;
      try {
        leaf = ledgerLeaf(presentLedgerEntry(row));
      } catch {
        return broken(chainBreak('chain.unreadable', 'chain.noun.ledger', seq));
      }
      tree.append(Buffer.from(leaf, 'utf8'));
      lastHash = row.hash;
    }
    if (rows.length < PAGE) {
      return { ok: true, tree, ...(lastHash === undefined ? {} : { lastHash }) };
    }
  }
}
