/**
 * The `rank --method promethee|vikor` and `weights --method entropy|critic` answers
 * (DESIGN.md "More methods"), kept apart from analysis.ts so each stays one concept.
 */
import { DEFAULT_VIKOR_V, type WeightsMethod } from '../commands/methods.js';
import { criteriaMatrix } from '../mcdm/criteria-matrix.js';
import { criticWeights, entropyWeights } from '../mcdm/objective-weights.js';
import {
  type PrometheeRanking,
  rankPromethee,
  rankVikor,
  type VikorRanking,
} from '../mcdm/outranking-rank.js';
import type { RankMethod } from '../mcdm/rank-matrix.js';
import type { Portfolio } from '../model/types.js';
import { fail, ok, type Result } from '../util/issues.js';

export type RankCommandMethod = RankMethod | 'promethee' | 'vikor';

export function outrankingReport(
  portfolio: Portfolio,
  options: { method: 'promethee' | 'vikor'; sensitivity?: boolean; v?: number },
): Result<PrometheeRanking | VikorRanking> {
  if (options.sensitivity) {
    return fail([
      {
        code: 'sensitivity_unsupported',
        path: ['sensitivity'],
        message: `weight-stability intervals are computed for weighted-sum and TOPSIS only; drop --sensitivity with ${options.method}, or run \`partnerfolio smaa\``,
      },
    ]);
  }
  if (options.method === 'promethee') return rankPromethee(portfolio);
  return rankVikor(portfolio, options.v ?? DEFAULT_VIKOR_V);
}

/** `{ weights: { criterionId: w }, method }` from the partners' scores. */
export function objectiveWeightsReport(
  portfolio: Portfolio,
  method: WeightsMethod,
): Result<{ weights: Record<string, number>; method: WeightsMethod }> {
  const matrix = criteriaMatrix(portfolio);
  if (!matrix.ok) return matrix;
  const ids = portfolio.criteria.map((c) => c.id);
  const w = method === 'entropy' ? entropyWeights(matrix.value, ids) : criticWeights(matrix.value);
  if (!w.ok) return w;
  const weights = Object.fromEntries(ids.map((id, k) => [id, w.value[k] ?? 0]));
  return ok({ weights, method }, matrix.warnings);
}
