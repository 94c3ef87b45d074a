import type { Portfolio } from '../model/types.js';
import type { MilpModel } from '../solver/milp-model.js';
import { ok, type Result } from '../util/issues.js';
import { buildPortfolioMilp } from './build-model.js';
import { preparePortfolio } from './prepare.js';

/**
 * The exact MILP `optimize` hands to the solver for this portfolio (columns: one binary
 * per partner in partner order, then one per synergy pair). For benchmarks that time a
 * bare solve of the same model, and for exporting it (`toLpText`).
 */
export function buildPortfolioModel(
  portfolio: Portfolio,
  scores: ArrayLike<number>,
): Result<MilpModel> {
  const prepared = preparePortfolio(portfolio, scores);
  return prepared.ok ? ok(buildPortfolioMilp(prepared.value)) : prepared;
}
