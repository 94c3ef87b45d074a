/**
 * The answers of the analysis commands that need no solver (`weights`, `rank`) and the
 * lifecycle note every analysis carries. Their own module, so that the light commands load
 * no optimizer, simulation or games (`@partnerfolio/core/scores`); `evaluate`, which runs
 * a Monte Carlo, is in evaluate.ts.
 */

import type { WeightsMethod } from '../commands/methods.js';
import type { PrometheeRanking, VikorRanking } from '../mcdm/outranking-rank.js';
import { partnerScores } from '../mcdm/partner-scores.js';
import { type Ranking, rank } from '../mcdm/rank.js';
import { type ResolvedWeights, resolveWeights } from '../mcdm/resolve-weights.js';
import { sensitivity, type WeightSensitivity } from '../mcdm/sensitivity.js';
import { type Exclusion, lifecycleScope, type StatusOverride } from '../model/reallocation.js';
import type { Portfolio } from '../model/types.js';
import { ok, type Result } from '../util/issues.js';
import { objectiveWeightsReport, outrankingReport, type RankCommandMethod } from './methods.js';

export interface WeightsReport {
  readonly weights: Record<string, number>;
  /** Present when the weights come from the scores (`--method entropy|critic`). */
  readonly method?: WeightsMethod;
  readonly ahp?: {
    readonly lambdaMax: number;
    readonly ci: number;
    readonly cr: number;
    readonly consistent: boolean;
  };
}

export function weightsReport(
  portfolio: Portfolio,
  options: { method?: WeightsMethod } = {},
): Result<WeightsReport> {
  if (options.method !== undefined) return objectiveWeightsReport(portfolio, options.method);
  const w: Result<ResolvedWeights> = resolveWeights(portfolio);
  if (!w.ok) return w;
  const { weights, ahp } = w.value;
  if (!ahp) return ok({ weights }, w.warnings);
  const { lambdaMax, ci, cr, consistent } = ahp;
  return ok({ weights, ahp: { lambdaMax, ci, cr, consistent } }, w.warnings);
}

/**
 * What every analysis says about the lifecycle: partners left out because of their status
 * (`exiting`, `exited`, `rejected`), and those considered anyway because
 * `constraints.include` names them (only when there are any).
 */
export interface LifecycleNote {
  readonly excluded: Exclusion[];
  readonly includedDespiteStatus?: StatusOverride[];
}

export function lifecycleNote(portfolio: Portfolio): LifecycleNote {
  const { excluded, includedDespiteStatus } = lifecycleScope(portfolio);
  return includedDespiteStatus.length === 0 ? { excluded } : { excluded, includedDespiteStatus };
}

/** The portfolio without the partners its lifecycle leaves out (for ranking and scores). */
export function inScope(portfolio: Portfolio): Portfolio {
  const out = new Set(lifecycleScope(portfolio).excluded.map((e) => e.id));
  if (out.size === 0) return portfolio;
  return { ...portfolio, partners: portfolio.partners.filter((p) => !out.has(p.id)) };
}

/**
 * Scores in partner order, normalised over the partners in scope only (as `rank` gives
 * them); a partner out of scope, which the optimizer never chooses, scores 0.
 */
export function scopedScores(portfolio: Portfolio): Result<ArrayLike<number>> {
  const scoped = inScope(portfolio);
  const scores = partnerScores(scoped);
  if (!scores.ok || scoped === portfolio) return scores;
  const byId = new Map(scoped.partners.map((p, i) => [p.id, scores.value[i] ?? 0]));
  return ok(
    Float64Array.from(portfolio.partners, (p) => byId.get(p.id) ?? 0),
    scores.warnings,
  );
}

export type RankReport = LifecycleNote &
  (
    | (Ranking & { readonly sensitivity?: WeightSensitivity[] })
    | (PrometheeRanking & { readonly sensitivity?: undefined })
    | (VikorRanking & { readonly sensitivity?: undefined })
  );

/** Ranks the partners in scope: excluded ones neither appear nor move the normalisation. */
export function rankReport(
  portfolio: Portfolio,
  options: { method: RankCommandMethod; sensitivity?: boolean; v?: number },
): Result<RankReport> {
  const note = lifecycleNote(portfolio);
  const scoped = inScope(portfolio);
  if (options.method === 'promethee' || options.method === 'vikor') {
    const outranked = outrankingReport(scoped, { ...options, method: options.method });
    return outranked.ok ? ok({ ...outranked.value, ...note }, outranked.warnings) : outranked;
  }
  const ranked = rank(scoped, { method: options.method });
  if (!ranked.ok) return ranked;
  if (!options.sensitivity) return ok({ ...ranked.value, ...note }, ranked.warnings);
  const s = sensitivity(scoped, { method: options.method });
  if (!s.ok) return s;
  return ok({ ...ranked.value, ...note, sensitivity: s.value }, [
    ...ranked.warnings,
    ...s.warnings,
  ]);
}

export type { RankCommandMethod } from './methods.js';
