/**
 * The ledger as an RFC 9162 Merkle tree (core's ledger-proof): leaf i is entry seq i+1's
 * canonical content (`ledgerLeaf`). Signed tree heads (checkpoints) let anyone holding one
 * prove later that the ledger only grew: a consistency proof from the head's size to
 * today's fails when an entry was cut off, rewritten, or rewritten and re-chained (the
 * linear hash chain cannot see the last two; the Merkle root can).
 *
 * Checkpoints and proofs use a tree kept between requests and extended by the new entries
 * only (ledger-tree-cache.ts); `verifyLedgerSince` and receipts rebuild it from the rows,
 * so that what they check is what the database holds now. Proofs are O(log² n).
 */
import {
  checkpointCut,
  checkpointRefusal,
  checkpointRewritten,
  checkSignedTreeHead,
  fromHex,
  type MerkleTree,
  type Message,
  renderEnglish,
  type SignedTreeHead,
  toHex,
  treeHeadMessage,
  verifyConsistency,
} from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { invalid, notFound } from './errors.js';
import { cachedLedgerTree } from './ledger-tree-cache.js';
import { readLedgerTree } from './ledger-tree-read.js';

export { type LedgerTree, readLedgerTree } from './ledger-tree-read.js';

import { ledgerCrypto, sha256 } from './ledger-crypto.js';
import { listLedgerKeys, signingKey } from './ledger-keys.js';
import { now, readTransaction } from './tx.js';

/** The tree as of now, kept up to date incrementally between requests (ledger-tree-cache.ts). */
async function snapshotTree(db: Db, workspaceId: string): Promise<MerkleTree> {
  const read = await cachedLedgerTree(db, workspaceId);
  if (!read.ok)
    throw invalid([], `the ledger cannot be read as a tree: ${read.reason}`, 'ledger_broken');
  return read.tree;
}

/** Signs the head of the workspace's ledger tree now (creating the key on first use). */
export async function signLedgerCheckpoint(
  db: Db,
  workspace: { readonly id: string; readonly slug: string },
): Promise<SignedTreeHead> {
  const key = await signingKey(db, workspace.id);
  const tree = await snapshotTree(db, workspace.id);
  const head = {
    workspace: workspace.slug,
    size: tree.size,
    rootHash: toHex(tree.root()),
    at: now(db),
  };
  return {
    ...head,
    signature: key.sign(treeHeadMessage(head)),
    keyId: key.keyId,
    publicKey: key.publicKey,
  };
}

export type SinceVerification =
  | { readonly intact: true; readonly entries: number }
  | { readonly intact: false; readonly reason: string; readonly because: Message };

/** A refusal: its message (`because`) and that message's English (`reason`). */
export const notExtended = (because: Message): SinceVerification => ({
  intact: false,
  reason: renderEnglish(because),
  because,
});

/**
 * Whether today's ledger extends the checkpoint: the head is well-formed and signed by
 * one of its workspace's keys, the ledger still has at least its `size` entries, and a
 * consistency proof from that size to today's leads to the signed root.
 */
export async function verifyLedgerSince(
  db: Db,
  checkpoint: unknown,
  /** The workspace the caller asks about: a checkpoint of another one is refused. */
  expect: { readonly workspace?: string } = {},
): Promise<SinceVerification> {
  const named = (checkpoint as { workspace?: unknown } | null)?.workspace;
  if (expect.workspace !== undefined && named !== expect.workspace) {
    return notExtended({
      code: 'checkpoint.other_workspace',
      params: { named: String(named), expected: expect.workspace },
    });
  }
  const shape = checkSignedTreeHead(checkpoint, ledgerCrypto, undefined);
  if (!shape.ok && shape.issues.some((i) => i.code === 'tree_head_invalid')) {
    return notExtended(
      checkpointRefusal(
        shape.issues.find((i) => i.code === 'tree_head_invalid'),
        '',
      ),
    );
  }
  const slug = (checkpoint as SignedTreeHead).workspace;
  const ws = await db.kysely
    .selectFrom('workspaces')
    .select(['id'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (ws === undefined)
    return notExtended({ code: 'checkpoint.no_workspace', params: { workspace: slug } });
  const keys = new Set((await listLedgerKeys(db, ws.id)).map((k) => k.keyId));
  const signed = checkSignedTreeHead(checkpoint, ledgerCrypto, keys);
  if (!signed.ok) {
    return notExtended(checkpointRefusal(signed.issues[0], (checkpoint as SignedTreeHead).keyId));
  }
  const head = signed.value;

  const read = await readTransaction(db, (trx) => readLedgerTree(trx, ws.id));
  if (!read.ok) return notExtended(read.because);
  const { tree } = read;
  if (tree.size < head.size) {
    return notExtended(checkpointCut(head.size, tree.size));
  }
  const proved = verifyConsistency(sha256, {
    first: head.size,
    second: tree.size,
    firstRoot: fromHex(head.rootHash) as Uint8Array,
    secondRoot: tree.root(),
    proof: tree.consistencyProof(head.size),
  });
  if (!proved.ok) {
    return notExtended(checkpointRewritten(head.size));
  }
  return { intact: true, entries: tree.size };
}

export interface ConsistencyAnswer {
  readonly first: number;
  readonly second: number;
  readonly secondRoot: string;
  readonly proof: readonly string[];
}

/** A consistency proof between two sizes of the workspace's ledger (second default: now). */
export async function ledgerConsistencyProof(
  db: Db,
  workspaceId: string,
  first: number,
  second?: number,
): Promise<ConsistencyAnswer> {
  const tree = await snapshotTree(db, workspaceId);
  const to = second ?? tree.size;
  if (to > tree.size) throw notFound(`a ledger of ${to} entries (it has ${tree.size})`);
  if (first > to)
    throw invalid(['from'], `from (${first}) must not exceed to (${to})`, 'bad_range');
  return {
    first,
    second: to,
    secondRoot: toHex(tree.root(to)),
    proof: tree.consistencyProof(first, to).map(toHex),
  };
}

export interface InclusionAnswer {
  readonly seq: number;
  readonly size: number;
  readonly leafHash: string;
  readonly root: string;
  readonly proof: readonly string[];
}

/** The audit path of entry `seq` in the tree of `size` entries (default: now). */
export async function ledgerInclusionProof(
  db: Db,
  workspaceId: string,
  seq: number,
  size?: number,
): Promise<InclusionAnswer> {
  const tree = await snapshotTree(db, workspaceId);
  return inclusionFrom(tree, seq, size ?? tree.size);
}

export function inclusionFrom(tree: MerkleTree, seq: number, size: number): InclusionAnswer {
  if (size > tree.size) throw notFound(`a ledger of ${size} entries (it has ${tree.size})`);
  if (seq < 1 || seq > size) throw notFound(`ledger entry ${seq} in the first ${size} entries`);
  return {
    seq,
    size,
    leafHash: toHex(tree.leafHash(seq - 1)),
    root: toHex(tree.root(size)),
    proof: tree.inclusionProof(seq - 1, size).map(toHex),
  };
}
