import type { Portfolio } from '../model/types.js';
import { ok, type Result } from '../util/issues.js';
import { sortTiesBy } from './order-ranks.js';
import { rankInputs } from './rank-inputs.js';
import { type RankMethod, rankMatrix } from './rank-matrix.js';

export interface RankOptions {
  readonly method: RankMethod;
  /** One per criterion in the order of `criteria`; rescaled to sum 1. Default: `resolveWeights`. */
  readonly weights?: readonly number[];
}

export interface RankedPartner {
  readonly id: string;
  /** Weighted-sum score, or TOPSIS closeness coefficient. */
  readonly score: number;
  readonly rank: number;
}

export interface Ranking {
  readonly method: RankMethod;
  /** Best first; partners whose scores are equal within 1e-12 (relative) share a rank and are listed by id. */
  readonly ranking: RankedPartner[];
}

/** Ranks the portfolio's partners by the selection standard (`rank` command). */
export function rank(p: Portfolio, options: RankOptions): Result<Ranking> {
  const inputs = rankInputs(p, options.weights);
  if (!inputs.ok) return inputs;
  const { matrix, weights } = inputs.value;
  const { scores, order, ranks } = rankMatrix(
    matrix.values,
    matrix.m,
    matrix.n,
    matrix.kinds,
    weights,
    p.normalization,
    options.method,
  );
  sortTiesBy(order, ranks, matrix.ids);
  const ranking = Array.from(order, (i) => ({
    id: matrix.ids[i] ?? '',
    score: scores[i] ?? 0,
    rank: ranks[i] ?? 0,
  }));
  return ok({ method: options.method, ranking }, inputs.warnings);
}
