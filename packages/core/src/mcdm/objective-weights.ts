import { fail, type Issue, ok, type Result } from '../util/issues.js';
import type { CriteriaMatrix } from './criteria-matrix.js';

/**
 * Shannon entropy weights (DESIGN.md "More methods"): p_ij = x_ij / Σ_i x_ij of each column
 * (a cost column is turned by 1/x first), E_j = −Σ_i p_ij ln p_ij / ln m, w_j ∝ 1 − E_j.
 * Scores must be ≥ 0 (> 0 on cost columns); a column that sums to 0 carries no information.
 */
export function entropyWeights(x: CriteriaMatrix, ids: readonly string[]): Result<number[]> {
  const { values, m, n, kinds } = x;
  if (m < 2) return fail([tooFew()]);
  const issues: Issue[] = [];
  const diversity = new Array<number>(n).fill(0);
  for (let k = 0; k < n; k++) {
    const cost = kinds[k] === 'cost';
    const column: number[] = [];
    for (let i = 0; i < m; i++) {
      const v = values[i * n + k] as number;
      if (v < 0 || (cost && v === 0)) {
        issues.push({
          code: 'entropy_needs_positive',
          path: ['partners', i, 'scores', ids[k] ?? String(k)],
          message: `entropy weights need scores ≥ 0 (and > 0 on a cost criterion, which is turned by 1/x); this one is ${v}. Use CRITIC, or shift the scale`,
        });
      }
      column.push(cost ? 1 / v : v);
    }
    const total = column.reduce((s, v) => s + v, 0);
    if (!(total > 0)) continue;
    let e = 0;
    for (const v of column) if (v > 0) e -= (v / total) * Math.log(v / total);
    diversity[k] = 1 - e / Math.log(m);
  }
  if (issues.length > 0) return fail(issues);
  return proportional(diversity, 'entropy');
}

/**
 * CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995): columns min-max normalised by
 * direction, C_j = σ_j Σ_k (1 − r_jk) with the sample standard deviation and Pearson
 * correlations; w ∝ C. A constant column has σ = 0 (weight 0) and counts as uncorrelated
 * (r = 0) with the others, for which a correlation is undefined.
 */
export function criticWeights(x: CriteriaMatrix): Result<number[]> {
  const { values, m, n, kinds } = x;
  if (m < 2) return fail([tooFew()]);
  const z: number[][] = [];
  for (let k = 0; k < n; k++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      lo = Math.min(lo, values[i * n + k] as number);
      hi = Math.max(hi, values[i * n + k] as number);
    }
    const col: number[] = [];
    for (let i = 0; i < m; i++) {
      const v = values[i * n + k] as number;
      col.push(hi > lo ? (kinds[k] === 'cost' ? hi - v : v - lo) / (hi - lo) : 0);
    }
    z.push(col);
  }
  const mean = z.map((c) => c.reduce((s, v) => s + v, 0) / m);
  const sd = z.map((c, k) =>
    Math.sqrt(c.reduce((s, v) => s + (v - (mean[k] ?? 0)) ** 2, 0) / (m - 1)),
  );
  const info = z.map((cj, j) => {
    let conflict = 0;
    z.forEach((ck, k) => {
      const sj = sd[j] ?? 0;
      const sk = sd[k] ?? 0;
      let r = 0;
      if (sj > 0 && sk > 0) {
        let cov = 0;
        for (let i = 0; i < m; i++)
          cov += ((cj[i] ?? 0) - (mean[j] ?? 0)) * ((ck[i] ?? 0) - (mean[k] ?? 0));
        r = cov / (m - 1) / (sj * sk);
      }
      conflict += 1 - r;
    });
    return (sd[j] ?? 0) * conflict;
  });
  return proportional(info, 'critic');
}

/**
 * A subjective/objective mix: λ·w_subjective + (1 − λ)·w_objective, λ ∈ [0, 1]. Both inputs
 * sum to 1, so the mix does too.
 */
export function mixWeights(
  subjective: readonly number[],
  objective: readonly number[],
  lambda: number,
): number[] {
  return subjective.map((w, k) => lambda * w + (1 - lambda) * (objective[k] ?? 0));
}

function proportional(raw: readonly number[], method: string): Result<number[]> {
  const total = raw.reduce((s, v) => s + v, 0);
  if (!(total > 0)) {
    return fail([
      {
        code: 'no_variation',
        path: ['partners'],
        message: `${method} weights come from how the partners' scores differ, and every criterion scores all partners the same; set the weights directly`,
      },
    ]);
  }
  return ok(raw.map((v) => v / total));
}

function tooFew(): Issue {
  return {
    code: 'too_few_partners',
    path: ['partners'],
    message: 'objective weights are computed from how partners differ; add at least two partners',
  };
}
