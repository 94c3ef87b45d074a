/**
 * The small linear-programming dependency of the core check. Core does not load a solver
 * itself: the caller hands in an `LpSolve` (in production an adapter over the solver port,
 * in tests HiGHS directly), so that games stay pure and testable.
 */

/** One constraint `lower ≤ Σ_k coefficients[k] · x[columns[k]] ≤ upper` (±Infinity = no bound). */
export interface LpRow {
  readonly columns: readonly number[];
  readonly coefficients: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

/** A continuous LP over `objective.length` columns. */
export interface LinearProgram {
  readonly sense: 'minimize' | 'maximize';
  readonly objective: readonly number[];
  /** Per column; `-Infinity` for a free column. */
  readonly columnLower: readonly number[];
  /** Per column; `Infinity` for no upper bound. */
  readonly columnUpper: readonly number[];
  readonly rows: readonly LpRow[];
}

export type LpStatus = 'optimal' | 'infeasible' | 'unbounded' | 'failed';

export interface LpSolution {
  readonly status: LpStatus;
  /** Column values; meaningful only when `status` is `optimal`. */
  readonly values: readonly number[];
  readonly objective: number;
}

/** Solves a linear program. May be asynchronous (a solver in a worker, a remote service). */
export type LpSolve = (lp: LinearProgram) => LpSolution | Promise<LpSolution>;
