/**
 * Which criteria predicted success? From a workspace's history (each reviewed partner's
 * criterion scores and a success measure), per criterion: Spearman's rank correlation of
 * the score (turned so that higher is better: cost criteria negated) with success, and a
 * seeded percentile-bootstrap 95% interval. Then the weights on the simplex whose weighted
 * sum (the ranking's own normalisation) would have ranked the past partners most like
 * their success, found by a seeded search and validated leave-one-out, beside today's
 * weights, with the partners whose rank would change.
 */
import { rankMatrix } from '../mcdm/rank-matrix.js';
import type { CriterionKind, Normalization } from '../model/types.js';
import { fail, ok, type Result } from '../util/issues.js';
import { rankCorrelation } from '../util/rank-correlation.js';
import type { Rng } from '../util/rng.js';

/** With fewer reviewed partnerships the correlations say nothing (issue 13, §4). */
export const MIN_REVIEWED = 8;
export const DEFAULT_BOOTSTRAP = 1_000;
/** Random simplex points per leave-one-out fit (the full fit tries `samples`, 400 by default). */
export const LOO_TRIES = 40;
/**
 * The leave-one-out fits cost about history² · criteria² weighted sums: with 6 criteria,
 * 100 partners take about 1 s and 300 about 8 s (one core).
 */
export const MAX_HISTORY = 300;

export interface HistoryCriterion {
  readonly id: string;
  readonly kind: CriterionKind;
  /** Today's weight. */
  readonly weight: number;
}

export interface HistoryPartner {
  readonly id: string;
  /** Scores at selection, by criterion id (missing: the partner is left out of that criterion). */
  readonly scores: Readonly<Record<string, number>>;
  /** How it went: higher is better (realised net value, attributed effect, ...). */
  readonly success: number;
}

export interface LearnOptions {
  readonly rng: Rng;
  readonly bootstrap?: number;
  /** Random simplex points tried in the weight search. */
  readonly samples?: number;
  readonly normalization?: Normalization;
}

export interface CriterionEvidence {
  readonly criterion: string;
  readonly rho: number | null;
  readonly ci: [number, number] | null;
  readonly partners: number;
}

export interface RankChange {
  readonly id: string;
  readonly today: number;
  readonly proposed: number;
}

export type LearnedStandard =
  | {
      readonly status: 'insufficient';
      readonly reviewed: number;
      readonly needed: number;
      readonly reason: 'too_few_reviewed' | 'no_variation';
    }
  | {
      readonly status: 'ok';
      readonly reviewed: number;
      readonly criteria: CriterionEvidence[];
      readonly today: { readonly weights: Record<string, number>; readonly rho: number | null };
      readonly proposed: {
        readonly weights: Record<string, number>;
        readonly rho: number | null;
        /** Spearman of leave-one-out predictions (each partner scored by weights fit without it). */
        readonly looRho: number | null;
      };
      /** The past partners whose rank would differ under the proposed weights. */
      readonly changes: RankChange[];
    };

function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/** A uniform point on the simplex (normalised exponentials). */
function simplexPoint(k: number, rng: Rng): number[] {
  const e = Array.from({ length: k }, () => -Math.log(1 - rng.next()));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

interface Fitter {
  readonly scoreOf: (weights: readonly number[], rows: readonly number[]) => Float64Array;
}

export function learnStandard(
  criteria: readonly HistoryCriterion[],
  history: readonly HistoryPartner[],
  options: LearnOptions,
): Result<LearnedStandard> {
  const { rng } = options;
  const bootstrap = options.bootstrap ?? DEFAULT_BOOTSTRAP;
  const samples = options.samples ?? 400;
  const normalization = options.normalization ?? 'minmax';
  if (history.length > MAX_HISTORY) {
    return fail([
      {
        code: 'too_much_history',
        path: ['history'],
        message: `at most ${MAX_HISTORY} partners are learned from; got ${history.length}`,
      },
    ]);
  }
  if (!Number.isInteger(bootstrap) || bootstrap < 100 || bootstrap > 100_000) {
    return fail([
      { code: 'bad_bootstrap', path: ['bootstrap'], message: 'bootstrap must be 100 to 100,000' },
    ]);
  }
  // Only partners scored on every criterion take part in the weight fit.
  const complete = history.filter((p) => criteria.every((c) => Number.isFinite(p.scores[c.id])));
  const reviewed = history.length;
  if (reviewed < MIN_REVIEWED || complete.length < MIN_REVIEWED || criteria.length === 0) {
    return ok({
      status: 'insufficient',
      reviewed,
      needed: MIN_REVIEWED,
      reason: 'too_few_reviewed',
    });
  }
  const success = complete.map((p) => p.success);
  if (success.every((s) => s === success[0])) {
    return ok({ status: 'insufficient', reviewed, needed: MIN_REVIEWED, reason: 'no_variation' });
  }

  const evidence: CriterionEvidence[] = criteria.map((c) => {
    const rows = history.filter((p) => Number.isFinite(p.scores[c.id]));
    const sign = c.kind === 'cost' ? -1 : 1;
    const x = rows.map((p) => sign * (p.scores[c.id] as number));
    const y = rows.map((p) => p.success);
    const rho = rankCorrelation(x, y);
    if (rho === null || rows.length < MIN_REVIEWED) {
      return { criterion: c.id, rho, ci: null, partners: rows.length };
    }
    const draws: number[] = [];
    const bx = new Float64Array(rows.length);
    const by = new Float64Array(rows.length);
    for (let b = 0; b < bootstrap; b++) {
      for (let i = 0; i < rows.length; i++) {
        const j = Math.floor(rng.next() * rows.length);
        bx[i] = x[j] as number;
        by[i] = y[j] as number;
      }
      const r = rankCorrelation(bx, by);
      if (r !== null) draws.push(r);
    }
    draws.sort((a, b) => a - b);
    const ci: [number, number] | null =
      draws.length >= bootstrap / 2 ? [quantile(draws, 0.025), quantile(draws, 0.975)] : null;
    return { criterion: c.id, rho, ci, partners: rows.length };
  });

  const m = complete.length;
  const n = criteria.length;
  const kinds = criteria.map((c) => c.kind);
  const values = new Float64Array(m * n);
  complete.forEach((p, i) => {
    criteria.forEach((c, j) => {
      values[i * n + j] = p.scores[c.id] as number;
    });
  });
  const fitter: Fitter = {
    scoreOf: (weights, rows) => {
      const sub = new Float64Array(rows.length * n);
      rows.forEach((r, i) => {
        sub.set(values.subarray(r * n, r * n + n), i * n);
      });
      return rankMatrix(sub, rows.length, n, kinds, weights, normalization, 'weighted-sum').scores;
    },
  };
  const all = Array.from({ length: m }, (_, i) => i);
  const todayRaw = criteria.map((c) => Math.max(0, c.weight));
  const todaySum = todayRaw.reduce((a, b) => a + b, 0);
  const today = todaySum > 0 ? todayRaw.map((w) => w / todaySum) : todayRaw.map(() => 1 / n);

  // `tries` random simplex points, then refinement from the best. Leave-one-out fits try
  // fewer points (LOO_TRIES) and start from today's weights, not from the full fit, which
  // has seen the partner left out.
  const fit = (rows: readonly number[], start: readonly number[], tries: number): number[] => {
    const y = rows.map((r) => success[r] as number);
    const value = (w: readonly number[]) => rankCorrelation(fitter.scoreOf(w, rows), y) ?? -2;
    let best = [...start];
    let bestValue = value(best);
    for (let s = 0; s < tries; s++) {
      const w = simplexPoint(n, rng);
      const v = value(w);
      if (v > bestValue + 1e-12) {
        best = w;
        bestValue = v;
      }
    }
    // Local refinement: move weight between pairs of criteria in shrinking steps.
    for (let step = 0.1; step > 0.005; step /= 2) {
      let improved = true;
      while (improved) {
        improved = false;
        for (let a = 0; a < n; a++) {
          for (let b = 0; b < n; b++) {
            if (a === b || (best[b] as number) < step) continue;
            const w = [...best];
            w[a] = (w[a] as number) + step;
            w[b] = (w[b] as number) - step;
            const v = value(w);
            if (v > bestValue + 1e-12) {
              best = w;
              bestValue = v;
              improved = true;
            }
          }
        }
      }
    }
    return best;
  };

  const proposed = fit(all, today, samples);
  const loo = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const others = all.filter((r) => r !== i);
    const w = fit(others, today, Math.min(samples, LOO_TRIES));
    loo[i] = fitter.scoreOf(w, all)[i] as number;
  }
  const todayScores = fitter.scoreOf(today, all);
  const proposedScores = fitter.scoreOf(proposed, all);
  const todayRanks = rankMatrix(values, m, n, kinds, today, normalization, 'weighted-sum').ranks;
  const proposedRanks = rankMatrix(
    values,
    m,
    n,
    kinds,
    proposed,
    normalization,
    'weighted-sum',
  ).ranks;
  const changes: RankChange[] = [];
  complete.forEach((p, i) => {
    if (todayRanks[i] !== proposedRanks[i]) {
      changes.push({
        id: p.id,
        today: todayRanks[i] as number,
        proposed: proposedRanks[i] as number,
      });
    }
  });
  changes.sort((a, b) => a.proposed - b.proposed);
  const weightsOf = (w: readonly number[]) =>
    Object.fromEntries(criteria.map((c, j) => [c.id, Math.round((w[j] as number) * 1e6) / 1e6]));
  return ok({
    status: 'ok',
    reviewed,
    criteria: evidence,
    today: { weights: weightsOf(today), rho: rankCorrelation(todayScores, success) },
    proposed: {
      weights: weightsOf(proposed),
      rho: rankCorrelation(proposedScores, success),
      looRho: rankCorrelation(loo, success),
    },
    changes,
  });
}
