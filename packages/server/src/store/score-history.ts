/**
 * The assessments' history (migration 0010): every score written, and every removal as a
 * null, with when. Written in the transaction of the assessment write it records; read by
 * the learned selection standard for the scores a partner had when it was selected.
 */
import type { ScoreEvent } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { chunks } from './batch.js';
import { lockPartnerRow } from './partner-present.js';
import { newId, type Trx, writeTransaction } from './tx.js';

export interface ScoreChange {
  readonly partnerRowId: string;
  readonly criterion: string;
  readonly assessor: string;
  /** Null: the assessor's score was removed. */
  readonly score: number | null;
}

export async function recordScoreHistory(
  trx: Trx,
  workspaceId: string,
  changes: readonly ScoreChange[],
  at: string,
): Promise<void> {
  for (const batch of chunks(changes)) {
    await trx
      .insertInto('score_history')
      .values(
        batch.map((c) => ({
          id: newId(),
          workspace_id: workspaceId,
          partner_id: c.partnerRowId,
          criterion: c.criterion,
          assessor: c.assessor,
          score: c.score,
          at,
        })),
      )
      .execute();
  }
}

/** Every recorded score change of the workspace, by partner key, oldest first. */
export async function readScoreHistory(
  q: Trx,
  workspaceId: string,
): Promise<Map<string, ScoreEvent[]>> {
  const rows = await q
    .selectFrom('score_history as h')
    .innerJoin('partners as p', 'p.id', 'h.partner_id')
    .select(['p.key', 'h.criterion', 'h.assessor', 'h.score', 'h.at'])
    .where('h.workspace_id', '=', workspaceId)
    .orderBy('h.at')
    .orderBy('h.criterion')
    .orderBy('h.assessor')
    .execute();
  const out = new Map<string, ScoreEvent[]>();
  for (const r of rows) {
    const list = out.get(r.key) ?? [];
    list.push({
      criterion: r.criterion,
      assessor: r.assessor,
      score: r.score === null ? null : Number(r.score),
      at: r.at,
    });
    out.set(r.key, list);
  }
  return out;
}

/**
 * Records scores a partner had in the past (the demo's history, tests): history only, the
 * current assessments stay as they are.
 */
export function recordPastScores(
  db: Db,
  workspaceId: string,
  key: string,
  scores: Readonly<Record<string, number>>,
  assessor: string,
  at: string,
): Promise<void> {
  return writeTransaction(db, async (trx) => {
    const row = await lockPartnerRow(trx, workspaceId, key);
    await recordScoreHistory(
      trx,
      workspaceId,
      Object.entries(scores).map(([criterion, score]) => ({
        partnerRowId: row.id,
        criterion,
        assessor,
        score,
      })),
      at,
    );
  });
}
