import { reallocationValue } from '../model/reallocation.js';
import { expectedRiskLoss } from '../simulate/risk-plan.js';
import type { MilpSolver, SolveOptions } from '../solver/milp-model.js';
import { buildPortfolioMilp } from './build-model.js';
import type { GroupFix } from './constraint-group.js';
import type { PreparedPortfolio } from './prepare.js';
import type { OptimizeStatus } from './types.js';

export interface PortfolioSolution {
  readonly status: OptimizeStatus;
  /** 1 where the partner is chosen; null when the solver returned no portfolio. */
  readonly chosen: Uint8Array | null;
  readonly objective: number | null;
  readonly gap: number | null;
  readonly bound: number | null;
  /** Raw column values, reusable as a start for a related model with the same columns. */
  readonly values: Float64Array | null;
  readonly message?: string;
}

export interface PortfolioSolveOptions {
  readonly fixes?: readonly GroupFix[];
  readonly start?: ArrayLike<number>;
  readonly timeLimit?: number;
  /** Maximise the scenario CVaR instead of the objective (build-model.ts). */
  readonly maximizeCvar?: boolean;
}

/** Builds the full model (all constraints, with the objective), solves it, reads the choice. */
export function solvePortfolio(
  p: PreparedPortfolio,
  solver: MilpSolver,
  options: PortfolioSolveOptions = {},
): PortfolioSolution {
  const model = buildPortfolioMilp(p, {
    ...(options.fixes === undefined ? {} : { fixes: options.fixes }),
    ...(options.maximizeCvar === true ? { maximizeCvar: true } : {}),
  });
  const solveOptions: SolveOptions = {
    ...(options.timeLimit === undefined ? {} : { timeLimit: options.timeLimit }),
    ...(options.start === undefined ? {} : { start: options.start }),
  };
  const r = solver.solve(model, solveOptions);
  const none = { chosen: null, objective: null, gap: null, bound: null, values: null } as const;
  switch (r.status) {
    case 'infeasible':
      return { ...none, status: 'infeasible' };
    case 'unbounded':
      // Binary choices and y ∈ [0, 1] bound every column: this is a solver fault.
      return {
        ...none,
        status: 'error',
        message: `${solver.name} called a bounded model unbounded`,
      };
    case 'error':
      return { ...none, status: 'error', message: r.message ?? `${solver.name} failed` };
    case 'optimal':
    case 'time-limit': {
      if (r.values === null) return { ...none, status: r.status };
      const chosen = new Uint8Array(p.ids.length);
      for (let i = 0; i < chosen.length; i++) chosen[i] = (r.values[i] as number) > 0.5 ? 1 : 0;
      return {
        status: r.status,
        chosen,
        objective: objectiveOfChoice(p, chosen),
        gap: r.status === 'optimal' ? 0 : r.gap,
        bound: r.bound,
        values: r.values,
      };
    }
  }
}

/**
 * The objective recomputed from the choice itself, not read from the solver: for `net` it
 * is the expected S of the selection as `evaluate` counts it, S = portfolioValue less the
 * risk register's expected loss (expectedRiskLoss), less exit and onboarding costs when
 * reallocating; free of the solver's rounding and of the y columns of a stopped search.
 */
export function objectiveOfChoice(p: PreparedPortfolio, chosen: Uint8Array): number {
  if (p.objective === 'net') {
    const selected = selectedIds(p, chosen);
    return reallocationValue(p.portfolio, selected) - expectedRiskLoss(p.portfolio, selected);
  }
  let total = 0;
  for (let i = 0; i < chosen.length; i++) if (chosen[i] === 1) total += p.scores[i] as number;
  return total;
}

export function selectedIds(p: PreparedPortfolio, chosen: Uint8Array): string[] {
  return p.ids.filter((_, i) => chosen[i] === 1);
}
