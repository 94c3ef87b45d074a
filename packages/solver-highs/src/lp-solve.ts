import type { LinearProgram, LpSolution, LpSolve } from '@partnerfolio/core';
import { loadHighsRuntime } from './highs.js';

/**
 * An `LpSolve` (the games' linear programs: core checks, nucleolus-style LPs) on the `highs`
 * package directly. Rows go in as CSR, infinities as HiGHS's own infinity.
 */
export async function loadHighsLpSolve(): Promise<LpSolve> {
  const highs = await loadHighsRuntime();
  const bound = (x: number): number =>
    x === Number.POSITIVE_INFINITY
      ? highs.infinity
      : x === Number.NEGATIVE_INFINITY
        ? -highs.infinity
        : x;
  return (lp: LinearProgram): LpSolution => {
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of lp.rows) {
      indices.push(...row.columns);
      values.push(...row.coefficients);
      starts.push(indices.length);
    }
    const n = lp.objective.length;
    const data = {
      numCols: n,
      numRows: lp.rows.length,
      sense:
        lp.sense === 'minimize'
          ? highs.constants.objectiveSense.minimize
          : highs.constants.objectiveSense.maximize,
      colCost: [...lp.objective],
      colLower: lp.columnLower.map(bound),
      colUpper: lp.columnUpper.map(bound),
      rowLower: lp.rows.map((r) => bound(r.lower)),
      rowUpper: lp.rows.map((r) => bound(r.upper)),
      matrix: {
        format: 'csr' as const,
        numRows: lp.rows.length,
        numCols: n,
        starts,
        indices,
        values,
      },
    };
    return highs.withModel(data, (model): LpSolution => {
      model.options.set({ output_flag: false });
      model.run();
      const status = model.getModelStatus();
      const codes = highs.constants.modelStatus;
      if (status === codes.optimal) {
        return {
          status: 'optimal',
          values: [...model.getSolution().colValue],
          objective: model.getObjectiveValue(),
        };
      }
      const failed: LpSolution['status'] =
        status === codes.infeasible
          ? 'infeasible'
          : status === codes.unbounded
            ? 'unbounded'
            : 'failed';
      return { status: failed, values: [], objective: Number.NaN };
    });
  };
}
