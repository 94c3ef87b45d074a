import { changeCosts, incumbentIds, isReallocation } from '../model/reallocation.js';
import { portfolioValue } from '../model/value.js';
import { expectedRiskLoss } from '../simulate/risk-plan.js';
import type { MilpSolver } from '../solver/milp-model.js';
import type { GroupFix } from './constraint-group.js';
import type { PreparedPortfolio } from './prepare.js';
import { solvePortfolio } from './solve-portfolio.js';
import type { ChangePlan, CurrentPortfolio } from './types.js';

/**
 * The portfolio we run: the incumbents, and their S; null when the incumbents alone break a
 * constraint (checked by the same model with every choice fixed, so every constraint and
 * its reading are the optimizer's own).
 */
export function currentPortfolio(
  p: PreparedPortfolio,
  solver: MilpSolver,
  timeLimit: number | undefined,
): CurrentPortfolio {
  const selected = incumbentIds(p.portfolio);
  const chosen = new Set(selected);
  const fixes: GroupFix[] = p.ids.map((id, column) => ({ column, value: chosen.has(id) ? 1 : 0 }));
  const r = solvePortfolio(p, solver, {
    fixes,
    ...(timeLimit === undefined ? {} : { timeLimit }),
  });
  const feasible = r.status === 'optimal' || (r.status === 'time-limit' && r.chosen !== null);
  return { selected, objective: feasible ? expectedS(p, selected) : null };
}

/** keep / add / exit relative to the incumbents, with what the move costs and gains. */
export function changePlan(p: PreparedPortfolio, selected: readonly string[]): ChangePlan {
  const incumbents = new Set(incumbentIds(p.portfolio));
  const chosen = new Set(selected);
  const { exitCost, onboardingCost } = changeCosts(p.portfolio, selected);
  const current = [...incumbents];
  return {
    keep: p.ids.filter((id) => incumbents.has(id) && chosen.has(id)),
    add: p.ids.filter((id) => !incumbents.has(id) && chosen.has(id)),
    exit: p.ids.filter((id) => incumbents.has(id) && !chosen.has(id)),
    exitCost,
    onboardingCost,
    deltaS: expectedS(p, selected) - expectedS(p, current),
  };
}

/** S of a selection less its risks' expected loss, as `evaluate` and the objective count it. */
const expectedS = (p: PreparedPortfolio, selected: readonly string[]): number =>
  portfolioValue(p.portfolio, selected) - expectedRiskLoss(p.portfolio, selected);

export const reallocates = (p: PreparedPortfolio): boolean => isReallocation(p.portfolio);
