import type { CriterionKind } from '../model/types.js';
import { sameScore } from './order-ranks.js';

export interface VikorResult {
  /** Group utility S_j = Σ_i w_i (f*_i − f_ij)/(f*_i − f⁻_i), by partner index. */
  readonly S: Float64Array;
  /** Individual regret R_j = max_i w_i (f*_i − f_ij)/(f*_i − f⁻_i). */
  readonly R: Float64Array;
  /** Q_j = v (S_j − S*)/(S⁻ − S*) + (1 − v)(R_j − R*)/(R⁻ − R*); lower is better. */
  readonly Q: Float64Array;
}

/**
 * VIKOR (Opricovic & Tzeng 2004, eqs. 1–4) on raw scores: f* and f⁻ are the best and
 * worst values by direction. A criterion on which all partners are equal contributes 0,
 * and so does the S (or R) term of Q when every partner has the same S (or R).
 */
export function vikor(
  values: Float64Array,
  m: number,
  n: number,
  kinds: readonly CriterionKind[],
  weights: ArrayLike<number>,
  v: number,
): VikorResult {
  const S = new Float64Array(m);
  const R = new Float64Array(m);
  for (let k = 0; k < n; k++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      const x = values[j * n + k] as number;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (!(hi > lo)) continue;
    const best = kinds[k] === 'cost' ? lo : hi;
    const w = weights[k] as number;
    for (let j = 0; j < m; j++) {
      const term = (w * Math.abs(best - (values[j * n + k] as number))) / (hi - lo);
      S[j] = (S[j] as number) + term;
      if (term > (R[j] as number)) R[j] = term;
    }
  }
  const [sMin, sMax] = extent(S);
  const [rMin, rMax] = extent(R);
  const Q = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const s = sMax > sMin ? ((S[j] as number) - sMin) / (sMax - sMin) : 0;
    const r = rMax > rMin ? ((R[j] as number) - rMin) / (rMax - rMin) : 0;
    Q[j] = v * s + (1 - v) * r;
  }
  return { S, R, Q };
}

function extent(x: Float64Array): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const value of x) {
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  return [lo, hi];
}

export interface VikorAcceptance {
  /** C1: Q(a″) − Q(a′) ≥ DQ with DQ = 1/(m − 1). */
  readonly acceptableAdvantage: boolean;
  /** C2: a′ is also best (lowest, ties included) by S or by R. */
  readonly acceptableStability: boolean;
  readonly dq: number;
  /** Partner indices of the compromise solution(s), best Q first. */
  readonly compromise: number[];
}

/**
 * Opricovic & Tzeng's acceptance conditions for the best-by-Q partner a′ (`order` is the
 * partners by ascending Q). When both hold, a′ alone is the compromise; when only C2
 * fails, a′ and a″; when C1 fails, a′ … a^(M) with M the last whose Q is within DQ of a′'s.
 */
export function vikorAcceptance(result: VikorResult, order: ArrayLike<number>): VikorAcceptance {
  const m = order.length;
  const dq = m > 1 ? 1 / (m - 1) : 0;
  const first = order[0] ?? 0;
  if (m < 2)
    return { acceptableAdvantage: true, acceptableStability: true, dq, compromise: [first] };
  const q1 = result.Q[first] as number;
  const second = order[1] as number;
  const advantage = (result.Q[second] as number) - q1 >= dq - 1e-12;
  const bestBy = (x: Float64Array): boolean => {
    let lo = Number.POSITIVE_INFINITY;
    for (const value of x) lo = Math.min(lo, value);
    return sameScore(x[first] as number, lo);
  };
  const stability = bestBy(result.S) || bestBy(result.R);
  let compromise = [first];
  if (!advantage) {
    compromise = [];
    for (let k = 0; k < m; k++) {
      const j = order[k] as number;
      if (k > 0 && (result.Q[j] as number) - q1 >= dq - 1e-12) break;
      compromise.push(j);
    }
  } else if (!stability) compromise = [first, second];
  return { acceptableAdvantage: advantage, acceptableStability: stability, dq, compromise };
}
