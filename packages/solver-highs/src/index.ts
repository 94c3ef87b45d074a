/**
 * The MILP solver port (`MilpSolver`, in @partnerfolio/core) on HiGHS, and the games' `LpSolve`
 * on it. The WebAssembly is compiled once per process (`loadHighsRuntime`) and shared.
 */
export { createHighsSolver, type HighsSolverOptions, loadHighsRuntime } from './highs.js';
export { DEFAULT_RELATIVE_GAP, highsOptionsFor, toHighsModelData } from './highs-model-data.js';
export { loadHighsLpSolve } from './lp-solve.js';
