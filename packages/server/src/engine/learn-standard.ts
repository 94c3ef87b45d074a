/**
 * The selection standard learned from the workspace's history: every partner with at least
 * one review, its criterion scores as stored, and its realised net value over its reviews
 * (actual return − actual cost) as the measure of success; today's weights are the
 * criteria set's (direct or AHP). Nothing is changed: adopting the proposed weights is a
 * criteria save by the user. The fits run on a worker thread (learn-thread.ts).
 */
import { fail, type LearnedStandard, type Result, resolveWeights } from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { realisedNetByPartner } from '../store/review-history.js';
import { learnOnThread } from './learn-thread.js';
import { loadPortfolio } from './load-portfolio.js';

export const learnOptions = z.strictObject({
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  bootstrap: z.int().min(100).max(10_000).default(1_000),
});
export type LearnRequest = z.output<typeof learnOptions>;

export type LearnDocument = LearnedStandard & {
  readonly criteriaVersion: number;
  readonly success: 'realised-net';
  readonly seed: number;
};

export async function learnFromHistory(
  db: Db,
  workspaceId: string,
  options: LearnRequest,
): Promise<Result<LearnDocument>> {
  const { portfolio, criteriaVersion } = await loadPortfolio(db, workspaceId, false);
  const weights = resolveWeights(portfolio);
  if (!weights.ok) return fail(weights.issues);
  const net = await realisedNetByPartner(db, workspaceId);
  const history = portfolio.partners
    .filter((p) => net.has(p.id))
    .map((p) => ({ id: p.id, scores: p.scores, success: net.get(p.id) as number }));
  const criteria = portfolio.criteria.map((c) => ({
    id: c.id,
    kind: c.kind,
    weight: weights.value.weights[c.id] ?? 0,
  }));
  const learned = await learnOnThread({
    criteria,
    history,
    seed: options.seed,
    bootstrap: options.bootstrap,
    normalization: portfolio.normalization,
  });
  if (!learned.ok) return learned;
  return {
    ok: true,
    value: { ...learned.value, criteriaVersion, success: 'realised-net', seed: options.seed },
    warnings: [],
  };
}
