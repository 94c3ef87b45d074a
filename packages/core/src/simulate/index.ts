/**
 * Monte Carlo of the portfolio value S. The pieces are pure so that an adapter can run
 * blocks on worker threads (`compileSimulation` → `simulateRange` per worker on a
 * shared vector → `summarize`); `runSimulation` does all of it on this thread.
 */
import type { Portfolio } from '../model/types.js';
import { fail, ok, type Result } from '../util/issues.js';
import { type ProgressCallback, simulate } from './engine.js';
import { compileSimulation } from './plan.js';
import { type SimulationSummary, summarize } from './summary.js';

export {
  BLOCK_SIZE,
  blockCount,
  blockSpan,
  type ProgressCallback,
  type SimulateOptions,
  simulate,
  simulateBlock,
  simulateRange,
} from './engine.js';
export {
  compileSimulation,
  planMoments,
  type SimulationPlan,
  type SimulationTerm,
  type TermSource,
} from './plan.js';
export { createRng, Xoshiro128StarStar } from './prng.js';
export { type PlanRisk, type RiskPlan, riskMoments } from './risk-plan.js';
export { addSamples, fillSamples } from './samplers.js';
export { type SimulationSummary, summarize } from './summary.js';

/** Largest run `runSimulation` accepts: one Float64Array of this many samples. */
export const MAX_SCENARIOS = 2 ** 31 - 1;

export interface RunSimulationOptions {
  readonly selected: readonly string[];
  readonly scenarios: number;
  readonly seed: number;
  readonly onProgress?: ProgressCallback | undefined;
}

export type SimulationReport = SimulationSummary & { selected: string[] };

/** Compile, simulate on this thread and summarise; bad options and ids are issues. */
export function runSimulation(
  portfolio: Portfolio,
  options: RunSimulationOptions,
): Result<SimulationReport> {
  const { scenarios, seed } = options;
  if (!Number.isInteger(scenarios) || scenarios < 1 || scenarios > MAX_SCENARIOS) {
    return fail([
      {
        code: 'invalid_scenarios',
        path: ['scenarios'],
        message: `scenarios must be an integer from 1 to ${MAX_SCENARIOS}, got ${scenarios}.`,
      },
    ]);
  }
  if (!Number.isSafeInteger(seed)) {
    return fail([
      {
        code: 'invalid_seed',
        path: ['seed'],
        message: `seed must be an integer of at most 53 bits, got ${seed}.`,
      },
    ]);
  }
  const compiled = compileSimulation(portfolio, options.selected);
  if (!compiled.ok) return compiled;
  const plan = compiled.value;
  const samples = simulate(plan, { scenarios, seed, onProgress: options.onProgress });
  return ok({ ...summarize(samples), selected: [...plan.selected] }, compiled.warnings);
}
