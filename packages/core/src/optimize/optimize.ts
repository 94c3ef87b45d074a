import { renderEnglish } from '../messages/english.js';
import type { Portfolio } from '../model/types.js';
import type { MilpSolver } from '../solver/milp-model.js';
import type { Issue } from '../util/issues.js';
import { message } from '../util/message.js';
import { changePlan, currentPortfolio, reallocates } from './change-plan.js';
import { cvarOfChoice } from './cvar-value.js';
import { describeConflict, findConflict } from './find-conflict.js';
import { figure } from './optimize-messages.js';
import { preparePortfolio } from './prepare.js';
import { computeRegret } from './regret.js';
import { selectedIds, solvePortfolio } from './solve-portfolio.js';
import { solverFailureMessage } from './suspect-number.js';
import type { OptimizeInput, OptimizeResult, ResourceUse } from './types.js';

/**
 * Chooses the partner portfolio: maximise S (objective `net`) or the summed score
 * (`score`) under every constraint of the spec, as a MILP on the given solver. With
 * incumbents, `net` is a reallocation (S less exit and onboarding costs) and the answer
 * adds the current portfolio and the change plan.
 * When infeasible, names a small conflicting set of constraints; with `explain`, adds
 * each partner's regret. `timeLimit` applies to each solver run.
 */
export function optimize(
  portfolio: Portfolio,
  solver: MilpSolver,
  input: OptimizeInput,
): OptimizeResult {
  const prepared = preparePortfolio(portfolio, input.scores);
  if (!prepared.ok) return failed(portfolio, [...prepared.issues]);
  const p = prepared.value;
  const limit = input.timeLimit === undefined ? {} : { timeLimit: input.timeLimit };
  const solution = solvePortfolio(p, solver, limit);
  const chosen = solution.chosen;
  const selected = chosen === null ? [] : selectedIds(p, chosen);
  const base: OptimizeResult = {
    status: solution.status,
    selected,
    objective: solution.objective,
    gap: solution.gap,
    bound: solution.bound,
    resources: resourceUse(portfolio, chosen),
    ...(p.cvar !== undefined && chosen !== null
      ? {
          cvar: {
            level: p.cvar.level,
            floor: p.cvar.floor,
            scenarios: p.cvar.scenarios.count,
            value: cvarOfChoice(p, chosen),
          },
        }
      : {}),
    ...(reallocates(p) && solution.status !== 'error'
      ? {
          current: currentPortfolio(p, solver, input.timeLimit),
          ...(chosen === null ? {} : { changes: changePlan(p, selected) }),
        }
      : {}),
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
      if (p.cvar !== undefined) {
        const { cvar, ...withoutCvar } = p;
        const plain = solvePortfolio(withoutCvar, solver, limit);
        if (plain.status !== 'infeasible') {
          const because = message('optimize.cvar', {
            percent: `${figure(cvar.level * 100)}%`,
            scenarios: cvar.scenarios.count,
            floor: figure(cvar.floor),
          });
          return {
            ...base,
            conflicts: [
              { constraint: 'constraints.cvar', message: renderEnglish(because), because },
            ],
          };
        }
      }
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
        input.timeLimit,
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
