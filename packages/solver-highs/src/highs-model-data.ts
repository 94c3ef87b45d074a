import type { MilpModel, SolveOptions } from '@partnerfolio/core';
import type { Highs, ModelData, OptionValue } from 'highs';

/**
 * Relative gap at which the adapter lets HiGHS stop and call a MIP optimal. HiGHS's own
 * default (1e-4) would let "optimal" portfolios be 0.01 % short of the best one; decision
 * makers read "optimal" literally, and brute-force checks compare to 1e-6.
 */
export const DEFAULT_RELATIVE_GAP = 1e-9;

/**
 * The HiGHS options one solve runs with. Exported so that a benchmark's bare
 * `highs.solve(lpText, options)` baseline runs under exactly the same settings.
 */
export function highsOptionsFor(
  options: SolveOptions,
  relativeGap = DEFAULT_RELATIVE_GAP,
): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {
    output_flag: false,
    mip_rel_gap: relativeGap,
    random_seed: 0,
  };
  // HiGHS rejects an infinite option value; "no limit" is its default, left untouched.
  if (options.timeLimit !== undefined) out.time_limit = options.timeLimit;
  return out;
}

export function hasIntegers(model: MilpModel): boolean {
  return model.columns.integer.includes(1);
}

/** The port's model in HiGHS's structured form; typed arrays are passed through, not copied. */
export function toHighsModelData(model: MilpModel, highs: Highs): ModelData {
  const { columns, rows } = model;
  const data: ModelData = {
    numCols: columns.count,
    numRows: rows.count,
    sense:
      model.sense === 'maximize'
        ? highs.constants.objectiveSense.maximize
        : highs.constants.objectiveSense.minimize,
    offset: model.offset,
    colCost: columns.cost,
    colLower: columns.lower,
    colUpper: columns.upper,
    rowLower: rows.lower,
    rowUpper: rows.upper,
    matrix: {
      format: 'csr',
      numRows: rows.count,
      numCols: columns.count,
      starts: rows.starts,
      indices: rows.indices,
      values: rows.values,
    },
  };
  // Without integer columns HiGHS solves an LP (and reports LP duals and bounds).
  return hasIntegers(model) ? { ...data, integrality: Int32Array.from(columns.integer) } : data;
}
