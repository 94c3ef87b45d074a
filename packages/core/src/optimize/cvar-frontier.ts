/**
 * The frontier of expected S against the 5% scenario CVaR (issue 9 §5): for floors swept
 * from the CVaR of the unconstrained optimum up to the best CVaR any feasible portfolio
 * reaches, the best expected S whose CVaR stays above the floor. Every point solves the
 * same Rockafellar–Uryasev model (cvar-rows.ts) on the same seeded scenarios, only the
 * floor moves, so the curve is monotone: a higher floor never raises E[S].
 */
import { CVAR_FRONTIER } from '../commands/engine-options.js';
import { incumbentIds, isReallocation } from '../model/reallocation.js';
import type { Portfolio } from '../model/types.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { fail, ok, type Result } from '../util/issues.js';
import { cvarOfChoice } from './cvar-value.js';
import { type PreparedPortfolio, preparePortfolio } from './prepare.js';
import { objectiveOfChoice, selectedIds, solvePortfolio } from './solve-portfolio.js';
import type { OptimizeStatus } from './types.js';

/** The tail share of the measure: `cvar5`, the mean of the worst 5% of the scenarios. */
export const CVAR_FRONTIER_LEVEL = 0.05;

/** Defaults and limits of the points and scenarios: the command table's (one place). */
const POINTS = { ...CVAR_FRONTIER.points, min: 2 } as const;
const SCENARIOS = CVAR_FRONTIER.scenarios;

export interface CvarFrontierInput {
  /** Number of floors (default 8, from 2 to 50). */
  readonly points?: number;
  /** Sampled scenarios shared by every point (default 1,000, from 20 to 20,000). */
  readonly scenarios?: number;
  readonly seed?: number;
  /** Weighted-sum score per partner, in partner order (for `minScore`). */
  readonly scores: ArrayLike<number>;
  /** Limit for each solve, in seconds. */
  readonly timeLimit?: number;
  /** Called after each solve with the share done (points + 2 solves). */
  readonly onProgress?: (fraction: number) => void;
}

export interface CvarFrontierPoint {
  /** The CVaR floor of this point's solve. */
  readonly floor: number;
  readonly status: OptimizeStatus;
  /** E[S] of the selection (the `net` objective); null without a portfolio. */
  readonly expected: number | null;
  /** Its scenario CVaR at 5% on the shared scenarios; null without a portfolio. */
  readonly cvar5: number | null;
  readonly selected: string[];
}

/** A portfolio placed on the chart: E[S] and CVaR on the same scenarios. */
export interface CvarFrontierPortfolio {
  readonly selected: string[];
  readonly expected: number;
  readonly cvar5: number;
}

export interface CvarFrontier {
  readonly measure: 'cvar5';
  /** `infeasible` when no portfolio meets the spec's other constraints (then no points). */
  readonly status: 'optimal' | 'infeasible';
  readonly scenarios: number;
  readonly seed: number;
  /** In increasing floor: the first is the unconstrained optimum, the last the safest. */
  readonly points: CvarFrontierPoint[];
  /** When reallocating: the incumbents on the same scenarios. */
  readonly current?: CvarFrontierPortfolio;
}

/**
 * Traces the frontier: (1) the unconstrained optimum x* and its CVaR c₀; (2) the best
 * CVaR c₁ (the model's objective replaced by η − (1/(βN)) Σ u); (3) K floors evenly from
 * c₀ to c₁, each solved for the best E[S], from the safest down so that each solution
 * seeds the next (a solution at a higher floor is feasible at a lower one). The spec's
 * own `constraints.cvar` is replaced by the sweep; every other constraint holds.
 */
export function cvarFrontier(
  portfolio: Portfolio,
  solver: MilpSolver,
  input: CvarFrontierInput,
): Result<CvarFrontier> {
  if (portfolio.objective !== 'net') {
    return fail([
      {
        code: 'cvar_needs_net',
        path: ['objective'],
        message: 'the CVaR frontier trades expected S against its tail: it needs `objective: net`',
      },
    ]);
  }
  const count = input.points ?? POINTS.default;
  const scenarios = input.scenarios ?? SCENARIOS.default;
  const seed = input.seed ?? 1;
  const bad = outOfRange(count, POINTS, 'points') ?? outOfRange(scenarios, SCENARIOS, 'scenarios');
  if (bad !== undefined) return bad;
  const withFloor = (floor: number): Result<PreparedPortfolio> =>
    preparePortfolio(
      {
        ...portfolio,
        constraints: {
          ...portfolio.constraints,
          cvar: { floor, level: CVAR_FRONTIER_LEVEL, scenarios, seed },
        },
      },
      input.scores,
    );
  const free = withFloor(Number.NEGATIVE_INFINITY);
  if (!free.ok) return free;
  const base = free.value;
  const limit = input.timeLimit === undefined ? {} : { timeLimit: input.timeLimit };
  const total = count + 2;
  let done = 0;
  const step = (): void => {
    done++;
    input.onProgress?.(done / total);
  };
  const cvarOf = (chosen: Uint8Array): number => cvarOfChoice(base, chosen) ?? Number.NaN;
  const current = currentOnScenarios(base, cvarOf);

  const top = solvePortfolio(base, solver, limit);
  step();
  if (top.status === 'error') return solverFailed('the unconstrained optimum', top.message);
  if (top.chosen === null) {
    return ok({ measure: 'cvar5', status: 'infeasible', scenarios, seed, points: [], ...current });
  }
  const low = cvarOf(top.chosen);
  const safest = solvePortfolio(base, solver, { ...limit, maximizeCvar: true });
  step();
  if (safest.status === 'error') return solverFailed('the best CVaR', safest.message);
  const high = safest.chosen === null ? low : Math.max(low, cvarOf(safest.chosen));
  // The safest floor less a hair, so that the solver's own rounding cannot refuse it.
  const slack = 1e-9 * Math.max(1, Math.abs(high));
  const floors = Array.from({ length: count }, (_, k) =>
    k === 0 ? low : k === count - 1 ? high : low + ((high - low) * k) / (count - 1),
  );
  const points: CvarFrontierPoint[] = new Array(count);
  let start: Float64Array | null = safest.values;
  for (let k = count - 1; k >= 0; k--) {
    const floor = floors[k] as number;
    if (k === 0) {
      // The unconstrained optimum meets its own CVaR: it is the point.
      points[k] = pointOf(base, floor, top.status, top.chosen, cvarOf);
      step();
      continue;
    }
    const prepared = withFloor(floor - slack);
    if (!prepared.ok) return prepared;
    const p = prepared.value;
    const r = solvePortfolio(p, solver, { ...limit, ...(start === null ? {} : { start }) });
    step();
    if (r.status === 'error') return solverFailed(`CVaR floor ${floor}`, r.message);
    if (r.values !== null) start = r.values;
    points[k] = pointOf(p, floor, r.status, r.chosen, cvarOf);
  }
  return ok({ measure: 'cvar5', status: 'optimal', scenarios, seed, points, ...current });
}

function pointOf(
  p: PreparedPortfolio,
  floor: number,
  status: OptimizeStatus,
  chosen: Uint8Array | null,
  cvarOf: (chosen: Uint8Array) => number,
): CvarFrontierPoint {
  if (chosen === null) return { floor, status, expected: null, cvar5: null, selected: [] };
  return {
    floor,
    status,
    expected: objectiveOfChoice(p, chosen),
    cvar5: cvarOf(chosen),
    selected: selectedIds(p, chosen),
  };
}

/** The incumbents' E[S] and CVaR on the frontier's scenarios, when reallocating. */
function currentOnScenarios(
  p: PreparedPortfolio,
  cvarOf: (chosen: Uint8Array) => number,
): { current?: CvarFrontierPortfolio } {
  if (!isReallocation(p.portfolio)) return {};
  const selected = incumbentIds(p.portfolio);
  const set = new Set(selected);
  const chosen = Uint8Array.from(p.ids, (id) => (set.has(id) ? 1 : 0));
  return { current: { selected, expected: objectiveOfChoice(p, chosen), cvar5: cvarOf(chosen) } };
}

function outOfRange(
  value: number,
  range: { readonly min: number; readonly max: number },
  name: string,
): Result<never> | undefined {
  if (Number.isInteger(value) && value >= range.min && value <= range.max) return undefined;
  return fail([
    {
      code: `invalid_${name}`,
      path: [name],
      message: `${name} must be a whole number from ${range.min} to ${range.max}, got ${value}`,
    },
  ]);
}

function solverFailed(where: string, message: string | undefined): Result<never> {
  return fail([
    {
      code: 'solver_failed',
      path: [],
      message: `at ${where}: ${message ?? 'the solver failed'}`,
    },
  ]);
}
