import type { Portfolio } from '../model/types.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { type CriteriaMatrix, criteriaMatrix } from './criteria-matrix.js';
import { resolveWeights } from './resolve-weights.js';
import { normalizeWeights } from './weight-vector.js';

export interface RankInputs {
  readonly matrix: CriteriaMatrix;
  /** One weight per criterion, summing to 1. */
  readonly weights: number[];
}

/**
 * What every portfolio-level ranking reads: the score matrix and the weights, either the
 * caller's (a what-if) or the portfolio's own. Issues from both are reported together.
 */
export function rankInputs(p: Portfolio, weights?: readonly number[]): Result<RankInputs> {
  const matrix = criteriaMatrix(p);
  const w =
    weights === undefined ? vectorOf(resolveWeights(p)) : optionWeights(weights, p.criteria.length);
  if (!matrix.ok || !w.ok) {
    return fail([...(matrix.ok ? [] : matrix.issues), ...(w.ok ? [] : w.issues)]);
  }
  return ok({ matrix: matrix.value, weights: w.value }, [...matrix.warnings, ...w.warnings]);
}

function vectorOf(r: ReturnType<typeof resolveWeights>): Result<number[]> {
  return r.ok ? ok(r.value.vector, r.warnings) : r;
}

/**
 * Weights a caller passes instead of the portfolio's own: one per criterion, ≥ 0, not all
 * zero; scaled to sum 1 so scores stay on the scale `minScore` is written in.
 */
export function optionWeights(weights: readonly number[], n: number): Result<number[]> {
  if (weights.length !== n) {
    const issue: Issue = {
      code: 'weights_length',
      path: ['weights'],
      message: `there are ${n} criteria but ${weights.length} weights; give one weight per criterion, in the order of \`criteria\``,
    };
    return fail([issue]);
  }
  return normalizeWeights(weights, (k) => ['weights', k], ['weights']);
}
