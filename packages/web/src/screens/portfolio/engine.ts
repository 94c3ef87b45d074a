/**
 * The core's pure Monte Carlo, for the browser-side histogram: the same code and seed as
 * the server's `simulate`, so the samples (and their summary) are the same numbers.
 * Kept here rather than in src/engine/index.ts so that the screen does not touch the
 * shared foundation; move it there when another screen needs it. Never the solver.
 */
export type { SimulationSummary } from '@partnerfolio/core';
export {
  compileSimulation,
  simulate,
  summarize,
  validateSpecDocument,
} from '@partnerfolio/core';
