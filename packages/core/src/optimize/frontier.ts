import type { Portfolio } from '../model/types.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { fail, ok, type Result } from '../util/issues.js';
import { preparePortfolio } from './prepare.js';
import { selectedIds, solvePortfolio } from './solve-portfolio.js';
import type { OptimizeStatus } from './types.js';
import { listIds } from './wording.js';

export interface FrontierInput {
  readonly resource: string;
  /** Number of capacities to try (default 11, at most 1001). */
  readonly points?: number;
  /** Weighted-sum score per partner, in partner order. */
  readonly scores: ArrayLike<number>;
  /** Limit for each point's solve, in seconds. */
  readonly timeLimit?: number;
}

export interface FrontierPoint {
  readonly capacity: number;
  readonly status: OptimizeStatus;
  /** Null when the point is infeasible or its solve found no portfolio. */
  readonly objective: number | null;
  readonly selected: string[];
}

export interface Frontier {
  readonly resource: string;
  readonly points: FrontierPoint[];
}

export const FRONTIER_DEFAULT_POINTS = 11;
export const MAX_FRONTIER_POINTS = 1001;

/**
 * The efficient frontier over one resource: the best objective as its capacity grows.
 * Capacities run evenly from 0 to the sum of every partner's use of the resource (beyond
 * that sum the capacity no longer binds), in increasing order; every other constraint
 * stays as in the spec (a resource nobody uses gives every point capacity 0). Each point's
 * optimum is also feasible at the next capacity, so it seeds that solve.
 */
export function frontier(
  portfolio: Portfolio,
  solver: MilpSolver,
  input: FrontierInput,
): Result<Frontier> {
  const { resource } = input;
  if (!Object.hasOwn(portfolio.resources, resource)) {
    const known = Object.keys(portfolio.resources);
    return fail([
      {
        code: 'unknown_resource',
        path: ['resource'],
        message: `no resource "${resource}" in the spec; it has ${known.length === 0 ? 'none' : listIds(known, 20)}`,
      },
    ]);
  }
  const count = input.points ?? FRONTIER_DEFAULT_POINTS;
  if (!Number.isInteger(count) || count < 1 || count > MAX_FRONTIER_POINTS) {
    return fail([
      {
        code: 'invalid_points',
        path: ['points'],
        message: `points must be a whole number from 1 to ${MAX_FRONTIER_POINTS}, got ${count}`,
      },
    ]);
  }
  const total = portfolio.partners.reduce((sum, p) => sum + (p.uses[resource] ?? 0), 0);
  const limit = input.timeLimit === undefined ? {} : { timeLimit: input.timeLimit };
  const points: FrontierPoint[] = [];
  let start: Float64Array | null = null;
  for (let k = 0; k < count; k++) {
    // The last point is the exact total, free of rounding in k/(count − 1).
    const capacity = count === 1 || k === count - 1 ? total : (total * k) / (count - 1);
    const swept: Portfolio = {
      ...portfolio,
      resources: { ...portfolio.resources, [resource]: capacity },
    };
    const prepared = preparePortfolio(swept, input.scores);
    if (!prepared.ok) return fail(prepared.issues);
    const p = prepared.value;
    const solution = solvePortfolio(p, solver, { ...limit, ...(start === null ? {} : { start }) });
    if (solution.status === 'error') {
      return fail([
        {
          code: 'solver_failed',
          path: [],
          message: `at ${resource} capacity ${capacity}: ${solution.message ?? 'the solver failed'}`,
        },
      ]);
    }
    if (solution.values !== null) start = solution.values;
    points.push({
      capacity,
      status: solution.status,
      objective: solution.objective,
      selected: solution.chosen === null ? [] : selectedIds(p, solution.chosen),
    });
  }
  return ok({ resource, points });
}
