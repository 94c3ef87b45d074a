import type { Criterion, Portfolio } from '../model/types.js';
import type { CriteriaMatrix } from './criteria-matrix.js';
import { columnTransforms, normalizeMatrix } from './normalize.js';
import { prometheeFlows } from './promethee.js';
import { topsisScores } from './score-kernels.js';

export type SmaaMethod = 'weighted-sum' | 'topsis' | 'promethee' | 'vikor';

/** What the methods' scores read from the portfolio besides its criteria matrix. */
export interface ScorerOptions {
  readonly normalization: Portfolio['normalization'];
  /** PROMETHEE's preference function per criterion. */
  readonly preferences: readonly Criterion['preference'][];
}

export const scorerOptions = (p: Portfolio): ScorerOptions => ({
  normalization: p.normalization,
  preferences: p.criteria.map((c) => c.preference),
});

/** Fills `out` with one score per partner for weights `w`, higher is better. */
export type Scorer = (w: Float64Array, out: Float64Array) => void;

/**
 * A method's scores as a function of the weights, with everything that does not depend
 * on them computed once: the normalised matrix (weighted sum), the single-criterion net
 * flows (PROMETHEE: φ = Σ_k w_k φ_k), the normalised regrets (VIKOR; the score is −Q).
 */
export function createScorer(
  o: ScorerOptions,
  x: Omit<CriteriaMatrix, 'ids'>,
  method: SmaaMethod,
  v: number,
): Scorer {
  const { values, m, n, kinds } = x;
  if (method === 'topsis') {
    const t = columnTransforms(values, m, n, kinds, o.normalization, 'topsis');
    return (w, out) => {
      topsisScores(values, m, n, kinds, w, t, out);
    };
  }
  if (method === 'vikor') return vikorScorer(x, v);
  const matrix =
    method === 'promethee'
      ? prometheeFlows({
          values,
          m,
          n,
          kinds,
          weights: new Float64Array(n).fill(1 / n),
          preferences: o.preferences,
        }).single
      : normalizeMatrix(
          values,
          m,
          n,
          columnTransforms(values, m, n, kinds, o.normalization, 'weighted-sum'),
        );
  return linearScorer(matrix, m, n);
}

/**
 * out_i = Σ_k a_ik · w_k, added in the order k = 0, 1, … from 0 (the bits of the plain
 * row-by-row loop), but computed column by column over a column-major copy, four columns
 * a pass: each pass streams through contiguous columns with four weights held in
 * registers, 1.5× faster than the row loop's inner loop over ten weights (SMAA scores
 * every partner in every sample).
 */
export function linearScorer(matrix: Float64Array, m: number, n: number): Scorer {
  const columns = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < n; k++) columns[k * m + i] = matrix[i * n + k] as number;
  }
  return (w, out) => {
    out.fill(0, 0, m);
    let k = 0;
    for (; k + 4 <= n; k += 4) {
      const a = w[k] as number;
      const b = w[k + 1] as number;
      const c = w[k + 2] as number;
      const d = w[k + 3] as number;
      const ca = k * m;
      const cb = ca + m;
      const cc = cb + m;
      const cd = cc + m;
      for (let i = 0; i < m; i++) {
        out[i] =
          (out[i] as number) +
          (columns[ca + i] as number) * a +
          (columns[cb + i] as number) * b +
          (columns[cc + i] as number) * c +
          (columns[cd + i] as number) * d;
      }
    }
    for (; k < n; k++) {
      const a = w[k] as number;
      const ca = k * m;
      for (let i = 0; i < m; i++) out[i] = (out[i] as number) + (columns[ca + i] as number) * a;
    }
  };
}

function vikorScorer(x: Omit<CriteriaMatrix, 'ids'>, v: number): Scorer {
  const { values, m, n, kinds } = x;
  const d = new Float64Array(m * n);
  for (let k = 0; k < n; k++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      lo = Math.min(lo, values[i * n + k] as number);
      hi = Math.max(hi, values[i * n + k] as number);
    }
    if (!(hi > lo)) continue;
    const best = kinds[k] === 'cost' ? lo : hi;
    for (let i = 0; i < m; i++)
      d[i * n + k] = Math.abs(best - (values[i * n + k] as number)) / (hi - lo);
  }
  const S = new Float64Array(m);
  const R = new Float64Array(m);
  return (w, out) => {
    let sMin = Number.POSITIVE_INFINITY;
    let sMax = Number.NEGATIVE_INFINITY;
    let rMin = Number.POSITIVE_INFINITY;
    let rMax = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      let s = 0;
      let r = 0;
      for (let k = 0; k < n; k++) {
        const t = (w[k] as number) * (d[i * n + k] as number);
        s += t;
        if (t > r) r = t;
      }
      S[i] = s;
      R[i] = r;
      sMin = Math.min(sMin, s);
      sMax = Math.max(sMax, s);
      rMin = Math.min(rMin, r);
      rMax = Math.max(rMax, r);
    }
    for (let i = 0; i < m; i++) {
      const s = sMax > sMin ? ((S[i] as number) - sMin) / (sMax - sMin) : 0;
      const r = rMax > rMin ? ((R[i] as number) - rMin) / (rMax - rMin) : 0;
      out[i] = -(v * s + (1 - v) * r);
    }
  };
}
