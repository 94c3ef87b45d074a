import type { CriterionKind, Normalization, PreferenceFunction } from '../model/types.js';
import { orderAndRank } from './order-ranks.js';
import { prometheeFlows } from './promethee.js';
import { type MatrixRanking, rankMatrix } from './rank-matrix.js';
import { vikor } from './vikor.js';

export type AnyRankMethod = 'weighted-sum' | 'topsis' | 'promethee' | 'vikor';

/**
 * `rankMatrix` for every ranking method, for a live what-if: `scores` are what the `rank`
 * command reports (weighted sum, closeness, net flow φ, or VIKOR's Q, where lower is
 * better), `order` and `ranks` best first with tied partners in index order.
 */
export function rankMatrixBy(
  values: Float64Array,
  m: number,
  n: number,
  kinds: readonly CriterionKind[],
  weights: ArrayLike<number>,
  options: {
    readonly method: AnyRankMethod;
    readonly normalization: Normalization;
    readonly preferences?: readonly (PreferenceFunction | undefined)[];
    readonly v?: number;
  },
): MatrixRanking {
  const { method } = options;
  if (method === 'weighted-sum' || method === 'topsis') {
    return rankMatrix(values, m, n, kinds, weights, options.normalization, method);
  }
  const order = new Int32Array(m);
  const ranks = new Int32Array(m);
  if (method === 'promethee') {
    const { net } = prometheeFlows({
      values,
      m,
      n,
      kinds,
      weights,
      preferences: options.preferences ?? [],
    });
    orderAndRank(net, order, ranks);
    return { scores: net, order, ranks };
  }
  const { Q } = vikor(values, m, n, kinds, weights, options.v ?? 0.5);
  orderAndRank(
    Q.map((q) => -q),
    order,
    ranks,
  );
  return { scores: Q, order, ranks };
}
