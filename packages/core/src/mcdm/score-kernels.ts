/*
 * The hot loops of ranking, kept together on purpose: they run once per what-if slider
 * move in the web UI and hundreds of times per sensitivity scan, on up to 10⁴ × 10
 * matrices. They read the raw row-major matrix and the per-column transforms directly,
 * allocate only the scores they are given, and never build a normalised copy.
 */
import type { CriterionKind } from '../model/types.js';
import { AFFINE, type ColumnTransforms, RECIPROCAL } from './normalize.js';

/** score_i = Σ_k w_k · norm_k(x_ik), written into `out` (length m). */
export function weightedSumScores(
  values: Float64Array,
  m: number,
  n: number,
  weights: ArrayLike<number>,
  t: ColumnTransforms,
  out: Float64Array,
): Float64Array {
  // Per-column factor w·scale, and the offsets folded into one constant.
  const factor = new Float64Array(n);
  let constant = 0;
  let special = false;
  for (let k = 0; k < n; k++) {
    const w = weights[k] ?? 0;
    if (t.mode[k] === AFFINE) {
      factor[k] = w * (t.scale[k] ?? 0);
      constant += w * (t.offset[k] ?? 0);
    } else {
      special = true;
    }
  }
  const { shift } = t;
  for (let i = 0; i < m; i++) {
    const row = i * n;
    let s = constant;
    for (let k = 0; k < n; k++) s += ((values[row + k] ?? 0) - (shift[k] ?? 0)) * (factor[k] ?? 0);
    out[i] = s;
  }
  // Cost `sum` columns are not affine in x; they are rare, so a separate pass keeps the
  // main loop free of branches.
  if (special) {
    for (let k = 0; k < n; k++) {
      const mode = t.mode[k];
      if (mode === AFFINE) continue;
      const ws = (weights[k] ?? 0) * (t.scale[k] ?? 0);
      for (let i = 0; i < m; i++) {
        const x = values[i * n + k] ?? 0;
        const v = mode === RECIPROCAL ? ws / x : x === 0 ? ws : 0;
        out[i] = (out[i] ?? 0) + v;
      }
    }
  }
  return out;
}

/**
 * TOPSIS closeness D⁻/(D⁺ + D⁻) into `out`. Every TOPSIS transform is affine with no
 * reversal, so v_ik − v*_k = w_k·scale_k·(x_ik − x*_k): the distances need only the raw
 * best and worst value of each column, never the normalised matrix. The ideal is the best
 * normalised value by direction (max for a benefit, min for a cost). When a partner sits
 * at both the ideal and the anti-ideal (every weighted column constant), D⁺ + D⁻ = 0 and
 * its closeness is defined as 0.5: it is neither closer to the best nor to the worst.
 */
export function topsisScores(
  values: Float64Array,
  m: number,
  n: number,
  kinds: readonly CriterionKind[],
  weights: ArrayLike<number>,
  t: ColumnTransforms,
  out: Float64Array,
): Float64Array {
  const factor = new Float64Array(n);
  const best = new Float64Array(n);
  const worst = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const f = (weights[k] ?? 0) * (t.scale[k] ?? 0);
    factor[k] = f;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const x = values[i * n + k] ?? 0;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    // A larger raw value is a larger normalised one unless the scale is negative.
    const upIsBetter = f >= 0 === (kinds[k] !== 'cost');
    best[k] = upIsBetter ? hi : lo;
    worst[k] = upIsBetter ? lo : hi;
  }
  for (let i = 0; i < m; i++) {
    const row = i * n;
    let plus = 0;
    let minus = 0;
    for (let k = 0; k < n; k++) {
      const x = values[row + k] ?? 0;
      const f = factor[k] ?? 0;
      const dp = (x - (best[k] ?? 0)) * f;
      const dm = (x - (worst[k] ?? 0)) * f;
      plus += dp * dp;
      minus += dm * dm;
    }
    const dPlus = Math.sqrt(plus);
    const dMinus = Math.sqrt(minus);
    const total = dPlus + dMinus;
    out[i] = total === 0 ? 0.5 : dMinus / total;
  }
  return out;
}
