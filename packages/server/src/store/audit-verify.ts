import type { Db } from '../db/connect.js';
import { auditHash, GENESIS_HASH, presentAudit } from './audit.js';

export interface AuditBreak {
  readonly workspaceId: string;
  readonly seq: number;
  readonly reason: string;
}

export type AuditVerification =
  | { readonly intact: true; readonly entries: number }
  /** `entries`: how many entries were checked, the bad one included. */
  | { readonly intact: false; readonly entries: number; readonly firstBad: AuditBreak };

const PAGE = 1000;

/**
 * Walks each workspace's chain from seq 1 and names the first entry that does not fit:
 * an edited entry no longer matches its hash, a deleted one leaves a gap in seq (or, if
 * the seqs were renumbered, a prev_hash that is not the previous hash), and a moved one
 * fails both. Only truncating the newest entries cannot be seen from the chain alone.
 * No snapshot is needed: entries are only ever appended after the ones being read.
 */
export async function verifyAuditChain(db: Db, workspaceId?: string): Promise<AuditVerification> {
  const workspaces =
    workspaceId === undefined
      ? (
          await db.kysely
            .selectFrom('audit_log')
            .select('workspace_id')
            .distinct()
            .orderBy('workspace_id')
            .execute()
        ).map((r) => r.workspace_id)
      : [workspaceId];
  let entries = 0;
  for (const ws of workspaces) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    for (;;) {
      const rows = await db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(PAGE)
        .execute();
      for (const row of rows) {
        entries += 1;
        const entry = presentAudit(row);
        const bad = (seq: number, reason: string): AuditVerification => ({
          intact: false,
          entries,
          firstBad: { workspaceId: ws, seq, reason },
        });
        if (entry.seq !== expectedSeq) {
          return bad(
            expectedSeq,
            `entry ${expectedSeq} is missing: the chain jumps from ${expectedSeq - 1} to ${entry.seq}`,
          );
        }
        if (entry.prevHash !== prevHash) {
          return bad(
            entry.seq,
            `entry ${entry.seq} does not follow entry ${entry.seq - 1} (prev_hash differs): an entry was removed or reordered`,
          );
        }
        if (auditHash(prevHash, entry) !== entry.hash) {
          return bad(
            entry.seq,
            `entry ${entry.seq} was altered: its content does not match its hash`,
          );
        }
        prevHash = entry.hash;
        expectedSeq += 1;
      }
      if (rows.length < PAGE) break;
    }
  }
  return { intact: true, entries };
}
