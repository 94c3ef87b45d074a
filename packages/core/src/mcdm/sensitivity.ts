import type { Portfolio } from '../model/types.js';
import { ok, type Result } from '../util/issues.js';
import { columnTransforms, normalizeMatrix } from './normalize.js';
import { sortTiesBy } from './order-ranks.js';
import { rankInputs } from './rank-inputs.js';
import { type RankMethod, rankMatrix } from './rank-matrix.js';
import { linearIntervals } from './sensitivity-linear.js';
import { scanIntervals } from './sensitivity-scan.js';
import { orderPairs, type StabilityInterval } from './stability-interval.js';

export interface SensitivityOptions {
  readonly method: RankMethod;
  /** One per criterion; rescaled to sum 1. Default: `resolveWeights`. */
  readonly weights?: readonly number[];
}

export interface WeightSensitivity {
  readonly criterion: string;
  /** The current weight (summing to 1 with the others). */
  readonly weight: number;
  /** Weights of this criterion over which the partner ranked first stays first. */
  readonly top: StabilityInterval;
  /** Weights of this criterion over which the whole ranking order stays. */
  readonly ranking: StabilityInterval;
}

/**
 * How far each weight can move (the others rescaled in proportion) before the first choice,
 * or the whole ranking, changes (`rank --sensitivity`). Each interval is closed and contains
 * the current weight; at a bound two partners tie. "Stays" means no partner overtakes one
 * listed before it: partners tied now (listed by id) keep that order only on the side where
 * the first-listed does not fall behind, so such an interval ends at the current weight.
 * Exact for the weighted sum; for TOPSIS a grid scan refined by bisection to 1e-9.
 */
export function sensitivity(
  p: Portfolio,
  options: SensitivityOptions,
): Result<WeightSensitivity[]> {
  const inputs = rankInputs(p, options.weights);
  if (!inputs.ok) return inputs;
  const { matrix: x, weights } = inputs.value;
  const { method } = options;
  const current = rankMatrix(x.values, x.m, x.n, x.kinds, weights, p.normalization, method);
  sortTiesBy(current.order, current.ranks, x.ids);
  const pairs = orderPairs(current.order);
  const transforms = columnTransforms(x.values, x.m, x.n, x.kinds, p.normalization, method);
  const normalized =
    method === 'weighted-sum' ? normalizeMatrix(x.values, x.m, x.n, transforms) : undefined;
  const rows = p.criteria.map((criterion, k) => {
    const intervals =
      normalized === undefined
        ? scanIntervals({ ...x, transforms }, weights, k, pairs)
        : linearIntervals(normalized, x.m, x.n, weights, k, pairs);
    return { criterion: criterion.id, weight: weights[k] ?? 0, ...intervals };
  });
  return ok(rows, inputs.warnings);
}
