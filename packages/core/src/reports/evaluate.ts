/**
 * `evaluate`'s answer: C, R, N and score of every partner, and S with its P(loss) and 5%
 * CVaR from a seeded Monte Carlo, the risk register included. Its own module (entry
 * `@partnerfolio/core/evaluate`): it loads the simulation, which `weights` and `rank`
 * (scores.ts) do not need.
 */

import { EVALUATE_SCENARIOS } from '../commands/engine-options.js';
import { partnerScores } from '../mcdm/partner-scores.js';
import type { Portfolio } from '../model/types.js';
import { type PartnerValue, partnerValues, portfolioValue } from '../model/value.js';
import { simulate, simulateWithAndWithoutRisks } from '../simulate/engine.js';
import { compileSimulation, type SimulationPlan } from '../simulate/plan.js';
import { riskMoments } from '../simulate/risk-plan.js';
import { summarize } from '../simulate/summary.js';
import { ok, type Result } from '../util/issues.js';

/** The Monte Carlo figures of S that `evaluate` adds (DESIGN.md's fields stay as they were). */
export interface EvaluateFigures {
  /** P(S < 0) over the scenarios. */
  readonly probLoss: number;
  /** Mean of the worst 5% of the scenarios. */
  readonly cvar5: number;
}

export interface EvaluateReport extends EvaluateFigures {
  readonly netModel: Portfolio['netModel'];
  readonly unit: string;
  readonly partners: (PartnerValue & { readonly score: number })[];
  /** Expected S over all partners, the risk register's expected loss subtracted. */
  readonly S: number;
  /** Scenarios and seed of `probLoss` and `cvar5` (and of `risks.without`). */
  readonly scenarios: number;
  readonly seed: number;
  /**
   * With risks on the partners: what they cost, S and its figures with them (above)
   * against without them, on the same draws of costs, returns and synergies.
   */
  readonly risks?: {
    readonly count: number;
    /** Exact Σ p_r E[L_r] over the events: S without risks − S. */
    readonly expectedLoss: number;
    readonly without: EvaluateFigures & { readonly S: number };
  };
}

/**
 * C, R, N and score of every partner, and S over all of them with its P(loss) and 5% CVaR
 * from a seeded Monte Carlo (simulate's engine). The risk register counts as in
 * simulate: S subtracts the events' exact expected loss, and `risks` says what they cost
 * by running the same scenarios without them (risk draws come after the terms' in each
 * block, so the two runs share every cost, return and synergy draw).
 */
export function evaluateReport(
  portfolio: Portfolio,
  options: { readonly scenarios?: number; readonly seed?: number } = {},
): Result<EvaluateReport> {
  const scores = partnerScores(portfolio);
  if (!scores.ok) return scores;
  const partners = partnerValues(portfolio).map((v, i) => ({ ...v, score: scores.value[i] ?? 0 }));
  const scenarios = options.scenarios ?? EVALUATE_SCENARIOS.default;
  const seed = options.seed ?? 1;
  const plan = compileSimulation(
    portfolio,
    portfolio.partners.map((p) => p.id),
  );
  if (!plan.ok) return plan;
  const figuresOf = (draws: Float64Array): EvaluateFigures => {
    const { probLoss, cvar5 } = summarize(draws);
    return { probLoss, cvar5 };
  };
  const figures = (p: SimulationPlan): EvaluateFigures =>
    figuresOf(simulate(p, { scenarios, seed }));
  const expected = portfolioValue(portfolio);
  const risks = plan.value.risks;
  if (risks === undefined) {
    return ok({
      netModel: portfolio.netModel,
      unit: portfolio.unit,
      partners,
      S: expected,
      ...figures(plan.value),
      scenarios,
      seed,
    });
  }
  const expectedLoss = -riskMoments(risks).mean;
  // The same scenarios with the risks and without them, from one pass of the simulation.
  const { withRisks, without } = simulateWithAndWithoutRisks(plan.value, { scenarios, seed });
  return ok({
    netModel: portfolio.netModel,
    unit: portfolio.unit,
    partners,
    S: expected - expectedLoss,
    ...figuresOf(withRisks),
    scenarios,
    seed,
    risks: {
      count: risks.risks.length,
      expectedLoss,
      without: { S: expected, ...figuresOf(without) },
    },
  });
}
