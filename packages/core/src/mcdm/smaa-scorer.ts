import type { Portfolio } from '../model/types.js';
import type { CriteriaMatrix } from './criteria-matrix.js';
import { columnTransforms, normalizeMatrix } from './normalize.js';
import { prometheeFlows } from './promethee.js';
import { topsisScores } from './score-kernels.js';

export type SmaaMethod = 'weighted-sum' | 'topsis' | 'promethee' | 'vikor';

/** Fills `out` with one score per partner for weights `w`, higher is better. */
export type Scorer = (w: Float64Array, out: Float64Array) => void;

/**
 * A method's scores as a function of the weights, with everything that does not depend
 * on them computed once: the normalised matrix (weighted sum), the single-criterion net
 * flows (PROMETHEE: φ = Σ_k w_k φ_k), the normalised regrets (VIKOR; the score is −Q).
 */
export function createScorer(
  p: Portfolio,
  x: CriteriaMatrix,
  method: SmaaMethod,
  v: number,
): Scorer {
  const { values, m, n, kinds } = x;
  if (method === 'topsis') {
    const t = columnTransforms(values, m, n, kinds, p.normalization, 'topsis');
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
          preferences: p.criteria.map((c) => c.preference),
        }).single
      : normalizeMatrix(
          values,
          m,
          n,
          columnTransforms(values, m, n, kinds, p.normalization, 'weighted-sum'),
        );
  return (w, out) => {
    for (let i = 0; i < m; i++) {
      const row = i * n;
      let s = 0;
      for (let k = 0; k < n; k++) s += (matrix[row + k] as number) * (w[k] as number);
      out[i] = s;
    }
  };
}

function vikorScorer(x: CriteriaMatrix, v: number): Scorer {
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
