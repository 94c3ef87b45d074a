/**
 * The runner of each engine command, beside its options (engine-options.ts) and flags
 * (engine-flags.ts): the CLI and the server's engine threads both run a command through
 * this table, so a new command is one entry here, not one in each surface. Each runner is
 * imported when first asked for, so that the table costs nothing to load and `rank` never
 * loads the optimizer.
 */
import type { GameDefinition } from '../games/types.js';
import type { Portfolio } from '../model/types.js';
import type { ShapleyReport } from '../reports/analysis.js';
import type { Result } from '../util/issues.js';
import type { EngineCommand, EngineOptions } from './engine-options.js';
import type { EngineDocuments, EngineRunDeps, EngineRunner } from './engine-runner.js';

export const ENGINE_RUNNERS: {
  readonly [C in EngineCommand]: () => Promise<EngineRunner<C>>;
} = {
  evaluate: async () => (await import('./runners/evaluate.js')).runEvaluate,
  weights: async () => (await import('./runners/scores.js')).runWeights,
  rank: async () => (await import('./runners/scores.js')).runRank,
  optimize: async () => (await import('./runners/solve.js')).runOptimize,
  frontier: async () => (await import('./runners/solve.js')).runFrontier,
  simulate: async () => (await import('./runners/sample.js')).runSimulate,
  shapley: async () => (await import('./runners/solve.js')).runShapley,
  smaa: async () => (await import('./runners/sample.js')).runSmaa,
};

/** Runs `command` with options already through its schema. */
export async function runEngineCommand<C extends EngineCommand>(
  command: C,
  portfolio: Portfolio,
  options: EngineOptions<C>,
  deps: EngineRunDeps,
): Promise<Result<EngineDocuments[C]>> {
  const run: EngineRunner<C> = await ENGINE_RUNNERS[command]();
  return run(portfolio, options, deps);
}

/**
 * `shapley` of a game file (a game of its own players, not a portfolio), with the same
 * options and the same code as the table's runner, imported when first run.
 */
export async function runShapleyGame(
  game: GameDefinition,
  options: EngineOptions<'shapley'>,
  deps: Pick<EngineRunDeps, 'solver'>,
): Promise<Result<ShapleyReport>> {
  return (await import('./runners/solve.js')).runShapleyGame(game, options, deps);
}
