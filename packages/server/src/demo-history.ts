/**
 * Past partnerships of the demo workspace, selected and reviewed two years before the first
 * start, so that the Evidence screen has a history to learn the selection standard from.
 * Each was scored when it was selected (the assessments' history, a month before its
 * reviewed year): strategic and cultural fit then differ from today's re-assessed scores by
 * up to two points. Each review's realised net value follows the scores at selection with a
 * planted rule (strategic fit and cultural fit pay, IP risk costs; technical strength, which
 * the demo's AHP weighs most, does not matter) plus seeded noise: the learned weights should
 * move toward fit and culture.
 */
import { createRng } from '@partnerfolio/core';
import type { Db } from './db/connect.js';
import { SPEC_ASSESSOR } from './store/partner-writes.js';
import { getPartner } from './store/partners.js';
import { createReview } from './store/reviews/reviews.js';
import { recordPastScores } from './store/score-history.js';

export const DEMO_HISTORY_PARTNERS = [
  'northlake-ai-lab',
  'eastbay-nlp-group',
  'pinecrest-robotics',
  'lakeshore-supercomputing',
  'meridian-fintech-center',
  'kangning-pharma',
  'silverbay-bank',
  'cloudpeak-cloud',
  'brightpath-edtech',
  'citylink-telecom',
] as const;

/** The planted rule: realised net (k€ → €) from the 1–10 scores. */
export function plantedNet(scores: Readonly<Record<string, number>>, noise: number): number {
  const s = (id: string) => scores[id] ?? 5;
  return Math.round(1000 * (30 * s('fit') + 20 * s('culture') - 10 * s('risk') - 150 + noise));
}

export async function seedDemoHistory(
  db: Db,
  workspaceId: string,
  actor: string,
  today: string,
): Promise<void> {
  const year = Number(today.slice(0, 4)) - 2;
  const rng = createRng(2026);
  for (const key of DEMO_HISTORY_PARTNERS) {
    const partner = await getPartner(db, workspaceId, key);
    const revise = () => Math.floor(rng.next() * 5) - 2;
    const clamp = (v: number) => Math.min(10, Math.max(1, v));
    const atSelection = {
      ...partner.scores,
      fit: clamp((partner.scores.fit ?? 5) + revise()),
      culture: clamp((partner.scores.culture ?? 5) + revise()),
    };
    await recordPastScores(
      db,
      workspaceId,
      key,
      atSelection,
      SPEC_ASSESSOR,
      `${year - 1}-12-01T09:00:00.000Z`,
    );
    // Normal noise with sd 15 (k€), Box–Muller on the seeded generator.
    const noise =
      15 * Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
    const net = plantedNet(atSelection, noise);
    const cost = 100_000;
    await createReview(
      db,
      workspaceId,
      key,
      {
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        plan: { cost, return: 180_000 },
        actual: { cost, return: Math.max(0, cost + net) },
        actualReason: 'a past partnership, reviewed before its agreement was on the ledger',
        health: [
          {
            respondent: 'alliance lead',
            side: 'us',
            scores: { strategy: 3, operations: 3, relationship: 3, governance: 3 },
          },
        ],
        decision: 'continue',
        reasons: 'pilot year reviewed',
      },
      actor,
    );
  }
}
