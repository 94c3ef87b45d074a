import type { MilpModel, MilpSolver } from '../solver/milp-model.js';
import type { LinearProgram, LpSolution, LpSolve } from './lp.js';

/** Adapts the solver port to the core check's small LP dependency (all columns continuous). */
export function lpSolveFrom(solver: MilpSolver): LpSolve {
  return (lp: LinearProgram): LpSolution => {
    const result = solver.solve(toMilpModel(lp));
    const values = result.values ? Array.from(result.values) : [];
    switch (result.status) {
      case 'optimal':
        return { status: 'optimal', values, objective: result.objective ?? 0 };
      case 'infeasible':
      case 'unbounded':
        return { status: result.status, values, objective: Number.NaN };
      default:
        return { status: 'failed', values, objective: Number.NaN };
    }
  };
}

export function toMilpModel(lp: LinearProgram): MilpModel {
  const n = lp.objective.length;
  const starts = new Int32Array(lp.rows.length + 1);
  let nnz = 0;
  lp.rows.forEach((row, r) => {
    nnz += row.columns.length;
    starts[r + 1] = nnz;
  });
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  for (const row of lp.rows) {
    for (let j = 0; j < row.columns.length; j++, k++) {
      indices[k] = row.columns[j] ?? 0;
      values[k] = row.coefficients[j] ?? 0;
    }
  }
  return {
    sense: lp.sense,
    offset: 0,
    columns: {
      count: n,
      cost: Float64Array.from(lp.objective),
      lower: Float64Array.from(lp.columnLower),
      upper: Float64Array.from(lp.columnUpper),
      integer: new Uint8Array(n),
    },
    rows: {
      count: lp.rows.length,
      lower: Float64Array.from(lp.rows, (r) => r.lower),
      upper: Float64Array.from(lp.rows, (r) => r.upper),
      starts,
      indices,
      values,
    },
  };
}
