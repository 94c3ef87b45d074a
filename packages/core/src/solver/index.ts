export { toLpText } from './lp-text.js';
export { MilpBuilder, type VariableSpec } from './milp-builder.js';
export type {
  MilpColumns,
  MilpModel,
  MilpResult,
  MilpRows,
  MilpSolver,
  MilpStatus,
  ObjectiveSense,
  SolveOptions,
} from './milp-model.js';
