import type { CriterionKind, PreferenceFunction } from '../model/types.js';
import { sameScore } from './order-ranks.js';
import { USUAL } from './preference.js';
import { pairwiseSums, preferenceSums } from './promethee-kernel.js';

export interface PrometheeFlows {
  /** φ⁺(a) = Σ_k w_k Σ_b P_k(a, b) / (m − 1), by partner index. */
  readonly phiPlus: Float64Array;
  /** φ⁻(a) = Σ_k w_k Σ_b P_k(b, a) / (m − 1). */
  readonly phiMinus: Float64Array;
  /** PROMETHEE II's net flow φ = φ⁺ − φ⁻. */
  readonly net: Float64Array;
  /** Unweighted single-criterion net flows φ_k(a), row-major m × n (GAIA's input). */
  readonly single: Float64Array;
}

export interface PrometheeInput {
  /** Raw scores, row-major m partners × n criteria. */
  readonly values: Float64Array;
  readonly m: number;
  readonly n: number;
  readonly kinds: readonly CriterionKind[];
  /** One per criterion, summing to 1. */
  readonly weights: ArrayLike<number>;
  /** One per criterion; `usual` where absent. */
  readonly preferences: readonly (PreferenceFunction | undefined)[];
}

/**
 * PROMETHEE I and II flows (Brans & Vincke 1985; Brans & Mareschal 2005) on raw scores:
 * a cost criterion is turned by negating its column, so d is always "better by".
 * `pairwise` selects the O(m² n) definition (the baseline the fast path is checked against).
 */
export function prometheeFlows(input: PrometheeInput, pairwise = false): PrometheeFlows {
  const { values, m, n, kinds, weights, preferences } = input;
  const phiPlus = new Float64Array(m);
  const phiMinus = new Float64Array(m);
  const single = new Float64Array(m * n);
  const column = new Float64Array(m);
  const reversed = new Float64Array(m);
  const plus = new Float64Array(m);
  const minus = new Float64Array(m);
  const scale = m > 1 ? 1 / (m - 1) : 0;
  const sums = pairwise ? pairwiseSums : preferenceSums;
  for (let k = 0; k < n; k++) {
    const sign = kinds[k] === 'cost' ? -1 : 1;
    for (let a = 0; a < m; a++) {
      const x = sign * (values[a * n + k] as number);
      column[a] = x;
      reversed[a] = -x;
    }
    const f = preferences[k] ?? USUAL;
    sums(column, f, plus);
    sums(reversed, f, minus);
    const w = weights[k] as number;
    for (let a = 0; a < m; a++) {
      const p = (plus[a] as number) * scale;
      const q = (minus[a] as number) * scale;
      phiPlus[a] = (phiPlus[a] as number) + w * p;
      phiMinus[a] = (phiMinus[a] as number) + w * q;
      single[a * n + k] = p - q;
    }
  }
  const net = new Float64Array(m);
  for (let a = 0; a < m; a++) net[a] = (phiPlus[a] as number) - (phiMinus[a] as number);
  return { phiPlus, phiMinus, net, single };
}

/** PROMETHEE I's relation of a to b: preferred, preferred-by (b over a), indifferent, incomparable. */
export type PartialRelation = 'P' | 'P-' | 'I' | 'R';

/**
 * a P b when a is at least as good on both flows (φ⁺ higher or equal, φ⁻ lower or equal)
 * and better on one; I when equal on both; R when the flows disagree (Brans & Vincke 1985).
 * Flows equal within the ranking's tie tolerance count as equal.
 */
export function partialRelation(flows: PrometheeFlows, a: number, b: number): PartialRelation {
  const pa = flows.phiPlus[a] as number;
  const pb = flows.phiPlus[b] as number;
  const ma = flows.phiMinus[a] as number;
  const mb = flows.phiMinus[b] as number;
  const plus = sameScore(pa, pb) ? 0 : pa > pb ? 1 : -1;
  const minus = sameScore(ma, mb) ? 0 : ma < mb ? 1 : -1;
  if (plus === 0 && minus === 0) return 'I';
  if (plus >= 0 && minus >= 0) return 'P';
  if (plus <= 0 && minus <= 0) return 'P-';
  return 'R';
}

/** The pairs PROMETHEE I leaves incomparable, as index pairs a < b. */
export function incomparablePairs(flows: PrometheeFlows): [number, number][] {
  const m = flows.net.length;
  const out: [number, number][] = [];
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) if (partialRelation(flows, a, b) === 'R') out.push([a, b]);
  }
  return out;
}
