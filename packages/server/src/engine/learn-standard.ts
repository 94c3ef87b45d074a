/**
 * The selection standard learned from the workspace's history. Each partner is judged by
 * the scores it had when it was selected (store/selection-history.ts: the assessments'
 * history at the moment of selection, never today's revised scores), against the success
 * measure the user picks:
 * - `realised-net`: the reviews' realised net value (actual return − actual cost, summed);
 * - `settled-net`: what our side netted in the settlement statements in force of the
 *   agreements it is a party to;
 * - `attributed-effect`: the causal effect (synthetic DiD) of its agreements on a stored
 *   outcome, summed over its agreements with linked units.
 * Partners with the measure but no scores recorded by their selection are left out and
 * named. Today's weights are the criteria set's (direct or AHP). Nothing is changed:
 * adopting the proposed weights is a criteria save by the user. The fits run on a worker
 * thread (learn-thread.ts).
 */
import { fail, type LearnedStandard, type Result, resolveWeights } from '@partnerfolio/core';
import type { BlockPanel } from '@partnerfolio/core/causal';
import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { listOutcomes } from '../store/outcomes.js';
import { realisedNetByPartner } from '../store/review-history.js';
import { readSelectionHistory, settledNetByPartner } from '../store/selection-history.js';
import { estimateManyOnThread } from './attribute-thread.js';
import { loadAttributionPanel } from './attribution.js';
import { learnOnThread } from './learn-thread.js';
import { loadPortfolio } from './load-portfolio.js';

export const SUCCESS_MEASURES = ['realised-net', 'settled-net', 'attributed-effect'] as const;
export type SuccessMeasure = (typeof SUCCESS_MEASURES)[number];

/** Agreements estimated for `attributed-effect` at most (each is a synthetic DiD). */
export const MAX_ATTRIBUTED_AGREEMENTS = 100;

export const learnOptions = z.strictObject({
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  bootstrap: z.int().min(100).max(10_000).default(1_000),
  success: z.enum(SUCCESS_MEASURES).default('realised-net').meta({
    description:
      'how success is measured: the reviews’ realised net, the settled net of the agreements’ statements, or the effect attributed to the agreements on `outcome`',
  }),
  outcome: z.string().trim().min(1).max(200).optional().meta({
    description: 'for `attributed-effect`: the stored outcome (by default the only one stored)',
  }),
});
export type LearnRequest = z.input<typeof learnOptions>;

export type LearnDocument = LearnedStandard & {
  readonly criteriaVersion: number;
  readonly success: SuccessMeasure;
  /** For `attributed-effect`: the outcome the effects are on. */
  readonly outcome?: string;
  /** Partnerships with the success measure. */
  readonly measured: number;
  /** Of those, the partners left out: no scores recorded by the moment they were selected. */
  readonly unscored: string[];
  readonly seed: number;
};

const issue = (code: string, path: string, message: string) =>
  fail<never>([{ code, path: [path], message }]);

/** Partner key → the summed attributed effects of its agreements on `outcome`. */
async function attributedEffects(
  db: Db,
  workspaceId: string,
  outcome: string,
  agreementsOf: ReadonlyMap<string, readonly string[]>,
  seed: number,
): Promise<Map<string, number>> {
  const { units } = await listOutcomes(db, workspaceId);
  const linked = [...new Set(units.flatMap((u) => (u.agreement ? [u.agreement] : [])))]
    .sort()
    .slice(0, MAX_ATTRIBUTED_AGREEMENTS);
  const panels: { agreement: string; panel: BlockPanel }[] = [];
  for (const agreement of linked) {
    const options = { outcome, agreement, method: 'sdid' as const, placebo: 2, seed };
    const panel = await loadAttributionPanel(db, workspaceId, options);
    if (panel.ok) panels.push({ agreement, panel: panel.value });
  }
  const estimates = await estimateManyOnThread(
    panels.map((p) => p.panel),
    'sdid',
    seed,
  );
  const effect = new Map<string, number>();
  panels.forEach((p, i) => {
    const estimate = estimates[i];
    if (typeof estimate === 'number' && Number.isFinite(estimate))
      effect.set(p.agreement, estimate);
  });
  const out = new Map<string, number>();
  for (const [partner, codes] of agreementsOf) {
    const mine = codes.filter((c) => effect.has(c));
    if (mine.length > 0)
      out.set(
        partner,
        mine.reduce((s, c) => s + (effect.get(c) ?? 0), 0),
      );
  }
  return out;
}

export async function learnFromHistory(
  db: Db,
  workspaceId: string,
  request: LearnRequest,
): Promise<Result<LearnDocument>> {
  const options = learnOptions.parse(request);
  const { portfolio, criteriaVersion } = await loadPortfolio(db, workspaceId, false);
  const weights = resolveWeights(portfolio);
  if (!weights.ok) return fail(weights.issues);
  const history = await readSelectionHistory(db, workspaceId);
  let outcome: string | undefined;
  let success: Map<string, number>;
  if (options.success === 'realised-net') success = await realisedNetByPartner(db, workspaceId);
  else if (options.success === 'settled-net') success = await settledNetByPartner(db, workspaceId);
  else {
    const stored = (await listOutcomes(db, workspaceId)).outcomes.map((o) => o.name);
    outcome = options.outcome ?? (stored.length === 1 ? stored[0] : undefined);
    if (outcome === undefined) {
      return issue(
        'outcome_required',
        'outcome',
        stored.length === 0
          ? 'no outcome is stored: import outcomes before learning from attributed effects'
          : `name the outcome the effects are on: one of ${stored.join(', ')}`,
      );
    }
    if (!stored.includes(outcome)) {
      return issue('unknown_outcome', 'outcome', `no outcome "${outcome}" is stored`);
    }
    success = await attributedEffects(db, workspaceId, outcome, history.agreements, options.seed);
  }
  const measured = portfolio.partners.filter((p) => success.has(p.id));
  const scored = measured.filter(
    (p) => Object.keys(history.selection.get(p.id)?.scores ?? {}).length > 0,
  );
  const unscored = measured.filter((p) => !scored.includes(p)).map((p) => p.id);
  const criteria = portfolio.criteria.map((c) => ({
    id: c.id,
    kind: c.kind,
    weight: weights.value.weights[c.id] ?? 0,
  }));
  const learned = await learnOnThread({
    criteria,
    history: scored.map((p) => ({
      id: p.id,
      scores: history.selection.get(p.id)?.scores ?? {},
      success: success.get(p.id) as number,
    })),
    seed: options.seed,
    bootstrap: options.bootstrap,
    normalization: portfolio.normalization,
  });
  if (!learned.ok) return learned;
  return {
    ok: true,
    value: {
      ...learned.value,
      criteriaVersion,
      success: options.success,
      ...(outcome === undefined ? {} : { outcome }),
      measured: measured.length,
      unscored,
      seed: options.seed,
    },
    warnings: [],
  };
}
