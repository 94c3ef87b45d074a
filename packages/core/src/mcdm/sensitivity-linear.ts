import { sameScore } from './order-ranks.js';
import type { OrderPairs, StabilityInterval } from './stability-interval.js';

/**
 * Exact stability intervals for the weighted sum. Along the weight path of criterion k,
 * score_i(t) = t·v_ik + (1 − t)·R_i with R_i = Σ_{j≠k} w_j v_ij / Σ_{j≠k} w_j: a straight
 * line per partner, so each pair's order changes at most once, at a crossing point found
 * in closed form. `v` is the normalised matrix (row-major m×n).
 */
export function linearIntervals(
  v: Float64Array,
  m: number,
  n: number,
  base: readonly number[],
  k: number,
  pairs: OrderPairs,
): { top: StabilityInterval; ranking: StabilityInterval } {
  if (n === 1) return { top: { low: 0, high: 1 }, ranking: { low: 0, high: 1 } };
  let others = 0;
  for (let j = 0; j < n; j++) if (j !== k) others += base[j] ?? 0;
  const rest = new Float64Array(m);
  const slope = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let r = 0;
    for (let j = 0; j < n; j++) {
      if (j === k) continue;
      // Same rule as weightsAlong: with w_k = 1 the others share equally.
      const w = others > 0 ? (base[j] ?? 0) / others : 1 / (n - 1);
      r += w * (v[i * n + j] ?? 0);
    }
    rest[i] = r;
    slope[i] = (v[i * n + k] ?? 0) - r;
  }
  const at = base[k] ?? 0;
  const interval = (list: OrderPairs['top']): StabilityInterval => {
    let low = 0;
    let high = 1;
    for (const [p, q] of list) {
      const sp = (rest[p] ?? 0) + at * (slope[p] ?? 0);
      const sq = (rest[q] ?? 0) + at * (slope[q] ?? 0);
      // Parallel lines never cross. "Parallel" within the tie tolerance: two partners on
      // the same line can get slopes a rounding apart, which must not read as a crossing.
      if (sameScore(slope[p] ?? 0, slope[q] ?? 0)) continue;
      const e = (slope[p] ?? 0) - (slope[q] ?? 0);
      // A pair tied now (within the tie tolerance) crosses right here; otherwise solve
      // d(t) = (sp − sq) + (t − at)·e = 0.
      const crossing = sameScore(sp, sq) ? at : at - (sp - sq) / e;
      if (e > 0) low = Math.max(low, Math.min(crossing, at));
      else high = Math.min(high, Math.max(crossing, at));
    }
    return { low, high };
  };
  return { top: interval(pairs.top), ranking: interval(pairs.ranking) };
}
