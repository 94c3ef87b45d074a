/**
 * Verification of a hash chain kept per workspace (the audit log, the ledger): one walker
 * for both, so that the two answer the same way.
 */
import {
  type ChainBreakCode,
  type ChainNoun,
  chainBreak,
  type Message,
  renderEnglish,
} from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { GENESIS_HASH } from './chain-genesis.js';

export interface ChainBreak {
  readonly workspaceId: string;
  readonly seq: number;
  /** In English (the CLI prints it); `because` says it as a code with its values. */
  readonly reason: string;
  readonly because: Message;
}

export type ChainVerification =
  | { readonly intact: true; readonly entries: number }
  /** `entries`: how many entries were checked, the bad one included. */
  | { readonly intact: false; readonly entries: number; readonly firstBad: ChainBreak };

/** What the walker needs to know of one entry; `rehash` recomputes its hash from its content. */
export interface ChainLink {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
  rehash(prevHash: string): string;
}

export interface ChainSpec<Row> {
  readonly table: 'audit_log' | 'ledger_entries';
  /** How messages name one entry (`chain.noun.entry`, `chain.noun.ledger`). */
  readonly noun: ChainNoun;
  /** Reads one row; throws when the row cannot even be read (then it was altered). */
  readonly link: (row: Row) => ChainLink;
}

const PAGE = 1000;

/** A prefix of one workspace's chain already verified: its last seq and that entry's hash. */
export interface VerifiedPrefix {
  readonly seq: number;
  readonly hash: string;
}

/**
 * Walks each workspace's chain from seq 1 and names the first entry that does not fit:
 * an edited entry no longer matches its hash, a deleted one leaves a gap in seq (or, if
 * the seqs were renumbered, a prev_hash that is not the previous hash), and a moved one
 * fails both. Only truncating the newest entries cannot be seen from the chain alone.
 * No snapshot is needed: entries are only ever appended after the ones being read.
 *
 * `from` (one workspace only) resumes after a prefix verified earlier: the walk starts
 * after `from.seq`, chained to `from.hash`; `entries` still counts the whole chain.
 * The caller is responsible for knowing that the prefix is unchanged (see
 * operations-cache.ts); the full walk is what `verify` commands and routes run.
 */
export async function verifyChain<Row extends { seq: number; workspace_id: string }>(
  db: Db,
  spec: ChainSpec<Row>,
  workspaceId?: string,
  from?: VerifiedPrefix,
): Promise<ChainVerification> {
  const { noun } = spec;
  const workspaces =
    workspaceId === undefined
      ? (
          await db.kysely
            .selectFrom(spec.table)
            .select('workspace_id')
            .distinct()
            .orderBy('workspace_id')
            .execute()
        ).map((r) => r.workspace_id)
      : [workspaceId];
  if (from !== undefined && workspaceId === undefined) {
    throw new Error('verifyChain: `from` needs one workspace');
  }
  let entries = from?.seq ?? 0;
  for (const ws of workspaces) {
    let expectedSeq = (from?.seq ?? 0) + 1;
    let prevHash = from?.hash ?? GENESIS_HASH;
    for (;;) {
      const rows = (await db.kysely
        .selectFrom(spec.table)
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(PAGE)
        .execute()) as unknown as Row[];
      for (const row of rows) {
        entries += 1;
        const bad = (
          code: ChainBreakCode,
          seq: number,
          around?: { previous?: number; next?: number },
        ): ChainVerification => {
          const because = chainBreak(code, noun, seq, around);
          return {
            intact: false,
            entries,
            firstBad: { workspaceId: ws, seq, reason: renderEnglish(because), because },
          };
        };
        let link: ChainLink;
        try {
          link = spec.link(row);
        } catch {
          return bad('chain.unreadable', Number(row.seq));
        }
        if (link.seq !== expectedSeq) {
          return bad('chain.missing', expectedSeq, {
            previous: expectedSeq - 1,
            next: link.seq,
          });
        }
        if (link.prevHash !== prevHash) {
          return bad('chain.reordered', link.seq, { previous: link.seq - 1 });
        }
        if (link.rehash(prevHash) !== link.hash) {
          return bad('chain.altered', link.seq);
        }
        prevHash = link.hash;
        expectedSeq += 1;
      }
      if (rows.length < PAGE) break;
    }
  }
  return { intact: true, entries };
}
