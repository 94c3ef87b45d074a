/** The runners of the commands that solve MILPs: `optimize`, `frontier`, `shapley`. */

import type { GameDefinition } from '../../games/types.js';
import {
  frontierReport,
  optimizeReport,
  portfolioGame,
  selectionFor,
  shapleyReport,
} from '../../reports/analysis.js';
import { withLocks } from '../../reports/locks.js';
import type { EngineOptions } from '../engine-options.js';
import type { EngineRunDeps, EngineRunner } from '../engine-runner.js';

export const runOptimize: EngineRunner<'optimize'> = async (portfolio, o, { solver }) => {
  const locked = withLocks(portfolio, o.include, o.exclude);
  if (!locked.ok) return locked;
  return optimizeReport(locked.value, await solver(), {
    timeLimit: o.timeLimit,
    explain: o.explain,
  });
};

export const runFrontier: EngineRunner<'frontier'> = async (portfolio, o, { solver }) =>
  frontierReport(portfolio, await solver(), {
    resource: o.resource,
    points: o.points,
    timeLimit: o.timeLimit,
  });

/**
 * `shapley` of a game given as it is (a game file: `players` are its own), with the
 * command's options; the portfolio's runner below ends here too.
 */
export async function runShapleyGame(
  game: GameDefinition,
  o: EngineOptions<'shapley'>,
  deps: Pick<EngineRunDeps, 'solver'>,
) {
  return shapleyReport(
    game,
    { seed: o.seed, ...(o.samples === undefined ? {} : { samples: o.samples }) },
    { solver: await deps.solver() },
  );
}

/** The portfolio's synergy game among the selected partners (default: the optimal ones). */
export const runShapley: EngineRunner<'shapley'> = async (portfolio, o, deps) => {
  const solver = await deps.solver();
  const players = selectionFor(portfolio, solver, o.selected);
  if (!players.ok) return players;
  const game = portfolioGame(portfolio, players.value);
  if (!game.ok) return game;
  return runShapleyGame(game.value, o, { solver: async () => solver });
};
