import type { MilpModel, MilpResult } from '@partnerfolio/core';
import type { Highs, Model } from 'highs';
import { hasIntegers } from './highs-model-data.js';

/**
 * Maps a finished HiGHS run onto the port's result, status by status. `checkFeasibility`
 * solves a model and is used only to settle HiGHS's "infeasible or unbounded".
 */
export function readHighsResult(
  m: Model,
  model: MilpModel,
  highs: Highs,
  checkFeasibility?: (model: MilpModel) => MilpResult,
): MilpResult {
  const codes = highs.constants.modelStatus;
  const code = m.getModelStatus();
  const seconds = m.getRunTime();
  const none = { objective: null, values: null, gap: null, bound: null, seconds } as const;
  switch (code) {
    case codes.optimal: {
      const objective = m.getObjectiveValue();
      // Within the gap tolerance the MIP dual bound may sit a hair above the objective.
      const bound = hasIntegers(model) ? finiteOr(info(m, 'mip_dual_bound'), objective) : objective;
      return {
        status: 'optimal',
        objective,
        values: m.getSolution().colValue,
        gap: 0,
        bound,
        seconds,
      };
    }
    case codes.empty:
      return emptyModelResult(model, seconds);
    case codes.infeasible:
      return { ...none, status: 'infeasible' };
    case codes.unbounded:
      return { ...none, status: 'unbounded' };
    case codes.unboundedOrInfeasible:
      return settleUnboundedOrInfeasible(model, seconds, checkFeasibility);
    case codes.timeLimit:
      return { ...incumbent(m, model, highs), status: 'time-limit', seconds };
    default: {
      const name = Object.entries(codes).find(([, value]) => value === code)?.[0] ?? String(code);
      return {
        ...incumbent(m, model, highs),
        status: 'error',
        seconds,
        message: `HiGHS stopped with status ${name}`,
      };
    }
  }
}

/**
 * HiGHS skips a model without columns and calls it "empty" even when a row cannot hold
 * (an empty row ≥ 1). Every row's activity is 0 there, so check the row bounds here.
 */
function emptyModelResult(model: MilpModel, seconds: number): MilpResult {
  const none = { objective: null, values: null, gap: null, bound: null, seconds } as const;
  if (model.columns.count !== 0) {
    return { ...none, status: 'error', message: 'HiGHS reported an empty model' };
  }
  for (let r = 0; r < model.rows.count; r++) {
    if ((model.rows.lower[r] as number) > 0 || (model.rows.upper[r] as number) < 0) {
      return { ...none, status: 'infeasible' };
    }
  }
  const offset = model.offset;
  return {
    status: 'optimal',
    objective: offset,
    values: new Float64Array(0),
    gap: 0,
    bound: offset,
    seconds,
  };
}

/**
 * Presolve may prove "infeasible or unbounded" without saying which. A feasible point
 * settles it: feasible and not bounded means unbounded; no feasible point means infeasible.
 */
function settleUnboundedOrInfeasible(
  model: MilpModel,
  seconds: number,
  checkFeasibility: ((model: MilpModel) => MilpResult) | undefined,
): MilpResult {
  const none = { objective: null, values: null, gap: null, bound: null } as const;
  if (checkFeasibility === undefined) {
    return { ...none, status: 'error', seconds, message: 'HiGHS reported infeasible or unbounded' };
  }
  const feasibility: MilpModel = {
    ...model,
    offset: 0,
    columns: { ...model.columns, cost: new Float64Array(model.columns.count) },
  };
  const check = checkFeasibility(feasibility);
  const total = seconds + check.seconds;
  if (check.status === 'optimal') return { ...none, status: 'unbounded', seconds: total };
  if (check.status === 'infeasible') return { ...none, status: 'infeasible', seconds: total };
  return {
    ...none,
    status: 'error',
    seconds: total,
    message: 'HiGHS reported infeasible or unbounded and a feasibility check did not settle which',
  };
}

/** The best solution found so far, if HiGHS holds a feasible one. */
function incumbent(
  m: Model,
  model: MilpModel,
  highs: Highs,
): Omit<MilpResult, 'status' | 'seconds'> {
  const feasible = info(m, 'primal_solution_status') === highs.constants.solutionStatus.feasible;
  if (!feasible) return { objective: null, values: null, gap: null, bound: null };
  const objective = m.getObjectiveValue();
  const mip = hasIntegers(model);
  const gap = mip ? finiteOr(info(m, 'mip_gap'), null) : null;
  const bound = mip ? finiteOr(info(m, 'mip_dual_bound'), null) : null;
  return { objective, values: m.getSolution().colValue, gap, bound };
}

function info(m: Model, name: string): number {
  try {
    const value = m.info.get(name);
    return typeof value === 'bigint' ? Number(value) : value;
  } catch {
    return Number.NaN;
  }
}

function finiteOr<T>(value: number, fallback: T): number | T {
  return Number.isFinite(value) ? value : fallback;
}
