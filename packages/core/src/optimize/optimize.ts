import type { Portfolio } from '../model/types.js';
import type { MilpSolver } from '../solver/milp-model.js';
import type { Issue } from '../util/issues.js';
import { describeConflict, findConflict } from './find-conflict.js';
import { preparePortfolio } from './prepare.js';
import { computeRegret } from './regret.js';
import { selectedIds, solvePortfolio } from './solve-portfolio.js';
import { solverFailureMessage } from './suspect-number.js';
import type { OptimizeInput, OptimizeResult, ResourceUse } from './types.js';

/**
 * Chooses the partner portfolio: maximise S (objective `net`) or the summed score
 * (`score`) under every constraint of the spec, as a MILP on the given solver.
 * When infeasible, names a small conflicting set of constraints; with `explain`, adds
 * each partner's regret. `timeLimitSec` applies to each solver run.
 */
export function optimize(
  portfolio: Portfolio,
  solver: MilpSolver,
  input: OptimizeInput,
): OptimizeResult {
  const prepared = preparePortfolio(portfolio, input.scores);
  if (!prepared.ok) return failed(portfolio, [...prepared.issues]);
  const p = prepared.value;
  const limit = input.timeLimitSec === undefined ? {} : { timeLimitSec: input.timeLimitSec };
  const solution = solvePortfolio(p, solver, limit);
  const chosen = solution.chosen;
  const base: OptimizeResult = {
    status: solution.status,
    selected: chosen === null ? [] : selectedIds(p, chosen),
    objective: solution.objective,
    gap: solution.gap,
    bound: solution.bound,
    resources: resourceUse(portfolio, chosen),
  };
  switch (solution.status) {
    case 'error': {
      const { message, path } = solverFailureMessage(
        portfolio,
        solution.message ?? 'the solver failed',
      );
      return failed(portfolio, [{ code: 'solver_failed', path, message }]);
    }
    case 'infeasible': {
      const conflict = findConflict(p, solver, limit);
      return { ...base, conflicts: describeConflict(p, conflict.groups) };
    }
    default: {
      const { objective, values } = solution;
      if (!input.explain || chosen === null || objective === null || values === null) return base;
      const proven = solution.status === 'optimal';
      const regret = computeRegret(
        p,
        solver,
        { chosen, objective, values, proven },
        input.timeLimitSec,
      );
      return { ...base, regret };
    }
  }
}

/** Used and capacity of each resource in the spec; nothing used without a selection. */
export function resourceUse(
  portfolio: Portfolio,
  chosen: Uint8Array | null,
): Record<string, ResourceUse> {
  const out: Record<string, ResourceUse> = {};
  for (const [resource, capacity] of Object.entries(portfolio.resources)) {
    let used = 0;
    if (chosen !== null) {
      portfolio.partners.forEach((partner, i) => {
        if (chosen[i] === 1) used += partner.uses[resource] ?? 0;
      });
    }
    out[resource] = { used, capacity };
  }
  return out;
}

function failed(portfolio: Portfolio, issues: Issue[]): OptimizeResult {
  return {
    status: 'error',
    selected: [],
    objective: null,
    gap: null,
    bound: null,
    resources: resourceUse(portfolio, null),
    issues,
  };
}
