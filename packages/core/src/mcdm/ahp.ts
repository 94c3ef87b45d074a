import { fail, ok, type Result } from '../util/issues.js';
import { checkPairwiseMatrix } from './pairwise-check.js';

/** Saaty's random index RI for n = 1..15 (index n − 1): the mean CI of random reciprocal matrices. */
export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** Saaty's rule of thumb: judgements are acceptably consistent when CR < 0.1. */
export const CONSISTENCY_THRESHOLD = 0.1;

const TOLERANCE = 1e-12;
/**
 * Power iteration converges for every positive matrix (Perron–Frobenius); the rate is
 * |λ₂/λmax|, small for matrices people write, so this cap is only a guard.
 */
const MAX_ITERATIONS = 100_000;

export interface AhpResult {
  /** Principal eigenvector, normalised to sum 1, in the order of the matrix rows. */
  readonly weights: number[];
  readonly lambdaMax: number;
  /** Consistency index (λmax − n)/(n − 1). */
  readonly ci: number;
  /** Consistency ratio CI/RI (0 for n ≤ 2, where RI is 0). */
  readonly cr: number;
  readonly ri: number;
  /** CR < 0.1. */
  readonly consistent: boolean;
}

/**
 * AHP weights of one pairwise comparison matrix: the principal eigenvector by power
 * iteration (to 1e-12), λmax, CI and CR with Saaty's random index. Issue paths are
 * relative to the matrix (`[i, j]`).
 */
export function ahp(matrix: readonly (readonly number[])[]): Result<AhpResult> {
  const n = matrix.length;
  if (n === 0) {
    return fail([
      {
        code: 'matrix_empty',
        path: [],
        message: 'the matrix is empty; compare at least one criterion',
      },
    ]);
  }
  const ri = RANDOM_INDEX[n - 1];
  if (ri === undefined) {
    return fail([
      {
        code: 'matrix_too_large',
        path: [],
        message: `AHP compares at most ${RANDOM_INDEX.length} criteria (Saaty's random index stops there) but the matrix has ${n}; group the criteria or give direct weights`,
      },
    ]);
  }
  const issues = checkPairwiseMatrix(matrix, n);
  if (issues.length > 0) return fail(issues);

  const a = Float64Array.from(matrix.flat());
  const { vector, converged } = principalEigenvector(a, n);
  let lambdaMax = 0;
  // With Σw = 1, Σ_i (Aw)_i = λ Σ_i w_i = λ.
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) lambdaMax += (a[i * n + j] ?? 0) * (vector[j] ?? 0);
  }
  // Reciprocity is only checked to 1% (rounded decimals such as 0.3333), so λmax can fall
  // a hair under n, which is below the theoretical minimum; that means "no inconsistency".
  const ci = n > 1 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const cr = ri > 0 ? ci / ri : 0;
  const warnings = converged
    ? []
    : [
        {
          code: 'ahp_not_converged',
          path: [],
          message: `the eigenvector did not settle to ${TOLERANCE} within ${MAX_ITERATIONS} iterations; the weights are approximate`,
        },
      ];
  return ok(
    { weights: Array.from(vector), lambdaMax, ci, cr, ri, consistent: cr < CONSISTENCY_THRESHOLD },
    warnings,
  );
}

/** Power iteration on a positive n×n row-major matrix; the result sums to 1. */
function principalEigenvector(
  a: Float64Array,
  n: number,
): { vector: Float64Array; converged: boolean } {
  let w = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += (a[i * n + j] ?? 0) * (w[j] ?? 0);
      next[i] = s;
      total += s;
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      const v = (next[i] ?? 0) / total;
      change = Math.max(change, Math.abs(v - (w[i] ?? 0)));
      next[i] = v;
    }
    [w, next] = [next, w];
    if (change < TOLERANCE) return { vector: w, converged: true };
  }
  return { vector: w, converged: false };
}
