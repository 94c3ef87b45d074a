/**
 * Shapley value by permutation sampling (Castro, Gómez & Tejada 2009): the Shapley value
 * is the mean marginal contribution over uniformly random orders of arrival. Each order's
 * marginals add up to v(N) − v(∅), so the estimates are efficient exactly, not only on
 * average.
 */
import { fail, ok, type Result } from '../util/issues.js';
import type { Rng } from '../util/rng.js';
import type { PermutationGame } from './permutation-games.js';

/** Two-sided 95% normal quantile: the interval is mean ± 1.96·sd/√m. */
const Z95 = 1.959963984540054;

export interface SampleOptions {
  readonly rng: Rng;
  /** Independent random orders drawn (m); at least 2 for an interval. */
  readonly permutations: number;
  /**
   * Also evaluate each order reversed and average the pair (antithetic sampling): a player
   * early in one is late in the other, which cancels much of the variance of games whose
   * marginals grow or shrink with the coalition. Doubles the evaluations; m stays the
   * number of pairs.
   */
  readonly antithetic?: boolean;
}

export interface ShapleyEstimate {
  readonly estimates: Float64Array;
  /** sd/√m per player. */
  readonly standardErrors: Float64Array;
  /** 95% confidence interval per player. */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** Independent samples m (orders, or pairs when antithetic). */
  readonly samples: number;
}

/** Fisher–Yates: a uniformly random reordering of `order`, whatever it held before. */
function shuffle(order: Int32Array, rng: Rng): void {
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(rng.next() * (k + 1));
    const t = order[k] ?? 0;
    order[k] = order[j] ?? 0;
    order[j] = t;
  }
}

export function sampleShapley(
  game: PermutationGame,
  options: SampleOptions,
): Result<ShapleyEstimate> {
  const m = options.permutations;
  if (!Number.isInteger(m) || m < 2) {
    return fail([
      {
        code: 'invalid_samples',
        path: ['samples'],
        message: `sampling needs an integer number of permutations ≥ 2 (for a confidence interval), not ${m}`,
      },
    ]);
  }
  const n = game.size;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const reversed = new Int32Array(n);
  const marginal = new Float64Array(n);
  const mirror = new Float64Array(n);
  const mean = new Float64Array(n);
  const m2 = new Float64Array(n);
  for (let s = 1; s <= m; s++) {
    shuffle(order, options.rng);
    game.marginals(order, marginal);
    if (options.antithetic === true) {
      for (let k = 0; k < n; k++) reversed[k] = order[n - 1 - k] ?? 0;
      game.marginals(reversed, mirror);
      for (let i = 0; i < n; i++) marginal[i] = ((marginal[i] ?? 0) + (mirror[i] ?? 0)) / 2;
    }
    // Welford's update: stable where Σx² − (Σx)²/m would cancel.
    const weight = 1 / s;
    for (let i = 0; i < n; i++) {
      const x = marginal[i] ?? 0;
      const before = mean[i] ?? 0;
      const after = before + (x - before) * weight;
      mean[i] = after;
      m2[i] = (m2[i] ?? 0) + (x - before) * (x - after);
    }
  }
  const standardErrors = m2.map((v) => Math.sqrt(v / (m - 1) / m));
  return ok({
    estimates: mean,
    standardErrors,
    lower: mean.map((x, i) => x - Z95 * (standardErrors[i] ?? 0)),
    upper: mean.map((x, i) => x + Z95 * (standardErrors[i] ?? 0)),
    samples: m,
  });
}
