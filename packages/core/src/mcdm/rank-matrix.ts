import type { CriterionKind, Normalization } from '../model/types.js';
import { columnTransforms } from './normalize.js';
import { orderAndRank } from './order-ranks.js';
import { topsisScores, weightedSumScores } from './score-kernels.js';

export type RankMethod = 'weighted-sum' | 'topsis';

export interface MatrixRanking {
  /** Weighted-sum score or TOPSIS closeness, by partner index. */
  readonly scores: Float64Array;
  /** Partner indices, best first; tied partners in index order. */
  readonly order: Int32Array;
  /** Competition rank (1, 2, 2, 4) by partner index. */
  readonly ranks: Int32Array;
}

/**
 * Ranks an m×n row-major matrix of raw scores: the fast path for large inputs and the web
 * UI's live what-if. Weights are used as given (not rescaled; a TOPSIS ranking ignores
 * their scale, a weighted sum scales with it). `max` and `sum` assume scores ≥ 0; `rank()`
 * checks that, this function does not. Allocates the three result arrays and a few
 * length-n buffers, nothing per partner beyond them.
 */
export function rankMatrix(
  values: Float64Array,
  m: number,
  n: number,
  kinds: readonly CriterionKind[],
  weights: ArrayLike<number>,
  normalization: Normalization,
  method: RankMethod,
): MatrixRanking {
  // A wrong shape is a programming error, not a user's: nothing a user writes reaches here unchecked.
  if (values.length !== m * n || kinds.length !== n || weights.length !== n) {
    throw new RangeError(
      `rankMatrix: expected ${m}×${n} values, ${n} kinds and ${n} weights; got ${values.length}, ${kinds.length}, ${weights.length}`,
    );
  }
  const transforms = columnTransforms(values, m, n, kinds, normalization, method);
  const scores = new Float64Array(m);
  if (method === 'topsis') topsisScores(values, m, n, kinds, weights, transforms, scores);
  else weightedSumScores(values, m, n, weights, transforms, scores);
  const order = new Int32Array(m);
  const ranks = new Int32Array(m);
  orderAndRank(scores, order, ranks);
  return { scores, order, ranks };
}
