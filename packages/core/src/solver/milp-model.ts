/**
 * The solver port: a mixed-integer linear model as flat arrays, and what any solver
 * answers. Flat typed arrays rather than objects per variable because portfolios reach
 * tens of thousands of columns and rows; an adapter can hand them over without copying
 * them into another shape (HiGHS takes exactly this CSR layout).
 */

export type ObjectiveSense = 'minimize' | 'maximize';

/** Columns: one entry per variable. Infinite bounds are `±Infinity`. */
export interface MilpColumns {
  readonly count: number;
  readonly cost: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** 1 = integer, 0 = continuous. */
  readonly integer: Uint8Array;
  /** Optional names (used for LP text and debugging only). */
  readonly names?: readonly string[];
}

/** Rows `lower ≤ Σ values·x[indices] ≤ upper`, stored compressed by row (CSR). */
export interface MilpRows {
  readonly count: number;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** `starts[r]..starts[r+1]` locates row r in `indices` / `values`; length count + 1. */
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
  readonly names?: readonly string[];
}

export interface MilpModel {
  readonly sense: ObjectiveSense;
  /** Constant added to the objective. */
  readonly offset: number;
  readonly columns: MilpColumns;
  readonly rows: MilpRows;
}

export interface SolveOptions {
  /** Wall-clock limit for this solve, in seconds. Absent = no limit. */
  readonly timeLimit?: number;
  /**
   * A candidate solution the solver may start from: a hint, ignored when infeasible or
   * when it does not hold exactly one value per column.
   */
  readonly start?: ArrayLike<number>;
}

export type MilpStatus = 'optimal' | 'infeasible' | 'time-limit' | 'unbounded' | 'error';

export interface MilpResult {
  readonly status: MilpStatus;
  /** Objective of `values` (offset included); null when there is no solution. */
  readonly objective: number | null;
  /** One value per column; null when the solver has no feasible solution to give. */
  readonly values: Float64Array | null;
  /**
   * Relative MIP gap |objective − bound| / |objective|: 0 when proven optimal, null when
   * there is no incumbent. It can exceed 1 early in a search.
   */
  readonly gap: number | null;
  /** Best proven bound on the optimum (upper for maximize); null when unknown. */
  readonly bound: number | null;
  /** Wall-clock seconds the solver reports for this solve. */
  readonly seconds: number;
  /** Why, in words, for `error` and for statuses mapped from something unusual. */
  readonly message?: string;
}

export interface MilpSolver {
  readonly name: string;
  /** Synchronous: callers that must not block run it in a worker. */
  solve(model: MilpModel, options?: SolveOptions): MilpResult;
  /** Frees native memory; the solver must not be used afterwards. */
  dispose(): void;
}
