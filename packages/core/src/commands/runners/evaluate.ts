/** The runner of `evaluate`: values, scores and S with its seeded Monte Carlo figures. */
import { evaluateReport } from '../../reports/evaluate.js';
import type { EngineRunner } from '../engine-runner.js';

export const runEvaluate: EngineRunner<'evaluate'> = async (portfolio, o) =>
  evaluateReport(portfolio, { scenarios: o.scenarios, seed: o.seed });
