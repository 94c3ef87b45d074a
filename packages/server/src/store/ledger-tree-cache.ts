/**
 * Keeps checkpoint, proof and receipt requests from rebuilding the whole Merkle tree: the
 * tree of each workspace's ledger is kept per database handle, named by the ledger head it
 * was built up to (seq and chain hash of the newest entry). A request reads today's head:
 *
 * - the same head: the kept tree answers, with no entry read;
 * - a longer ledger whose entry at the kept size still has the kept hash: only the new
 *   entries are read and appended (O(new · log n));
 * - anything else (entries cut off, the chain rewritten): the tree is rebuilt from row 1.
 *
 * Appends are serialised per workspace, so two requests never append the same entries.
 * The full rebuild from the rows stays with `verifyLedgerSince` (`ledger verify --since`),
 * which must see what the database holds now even if a row was changed behind the
 * server's back without re-chaining.
 */
import { MerkleTree } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { sha256 } from './ledger-crypto.js';
import { appendLedgerRows, type LedgerTree } from './ledger-tree-read.js';
import { ledgerHead } from './operations-cache.js';

interface Kept {
  readonly tree: MerkleTree;
  /** The chain hash of entry `tree.size` ('' for an empty tree). */
  readonly hash: string;
}

interface DbTrees {
  readonly kept: Map<string, Kept>;
  readonly queue: Map<string, Promise<unknown>>;
}

const perDb = new WeakMap<Db, DbTrees>();

function treesOf(db: Db): DbTrees {
  let trees = perDb.get(db);
  if (trees === undefined) {
    trees = { kept: new Map(), queue: new Map() };
    perDb.set(db, trees);
  }
  return trees;
}

/** Runs `task` after every earlier task of the same workspace has settled. */
function serialised<T>(trees: DbTrees, workspaceId: string, task: () => Promise<T>): Promise<T> {
  const before = trees.queue.get(workspaceId) ?? Promise.resolve();
  const run = before.then(task, task);
  const tail = run.catch(() => undefined);
  trees.queue.set(workspaceId, tail);
  void tail.then(() => {
    if (trees.queue.get(workspaceId) === tail) trees.queue.delete(workspaceId);
  });
  return run;
}

async function hashAt(db: Db, workspaceId: string, seq: number): Promise<string | undefined> {
  const row = await db.kysely
    .selectFrom('ledger_entries')
    .select('hash')
    .where('workspace_id', '=', workspaceId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row?.hash;
}

/** The workspace's ledger tree as of now, kept up to date incrementally (see above). */
export function cachedLedgerTree(db: Db, workspaceId: string): Promise<LedgerTree> {
  const trees = treesOf(db);
  return serialised(trees, workspaceId, async () => {
    const head = await ledgerHead(db, workspaceId);
    const size = head?.seq ?? 0;
    const kept = trees.kept.get(workspaceId);
    if (kept !== undefined && kept.tree.size === size && kept.hash === (head?.hash ?? '')) {
      return { ok: true, tree: kept.tree };
    }
    let start = kept;
    if (
      start === undefined ||
      start.tree.size > size ||
      (start.tree.size > 0 && (await hashAt(db, workspaceId, start.tree.size)) !== start.hash)
    ) {
      start = { tree: new MerkleTree(sha256), hash: '' };
    }
    trees.kept.delete(workspaceId);
    const read = await appendLedgerRows(db.kysely, workspaceId, start.tree);
    if (!read.ok) return read;
    trees.kept.set(workspaceId, { tree: read.tree, hash: read.lastHash ?? start.hash });
    return read;
  });
}

/** How many trees are kept and how large (for tests and the bench). */
export function keptTreeSize(db: Db, workspaceId: string): number | undefined {
  return perDb.get(db)?.kept.get(workspaceId)?.tree.size;
}
