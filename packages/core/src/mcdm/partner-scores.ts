import type { Portfolio } from '../model/types.js';
import { ok, type Result } from '../util/issues.js';
import { columnTransforms } from './normalize.js';
import { rankInputs } from './rank-inputs.js';
import { weightedSumScores } from './score-kernels.js';

/**
 * Weighted-sum scores in partner order, with weights summing to 1: what `minScore` and the
 * `score` objective of the optimizer compare against. `weights` (one per criterion)
 * replaces the portfolio's own and is rescaled to sum 1.
 */
export function partnerScores(p: Portfolio, weights?: readonly number[]): Result<Float64Array> {
  const inputs = rankInputs(p, weights);
  if (!inputs.ok) return inputs;
  const { matrix: x, weights: w } = inputs.value;
  const transforms = columnTransforms(x.values, x.m, x.n, x.kinds, p.normalization, 'weighted-sum');
  const scores = weightedSumScores(x.values, x.m, x.n, w, transforms, new Float64Array(x.m));
  return ok(scores, inputs.warnings);
}
