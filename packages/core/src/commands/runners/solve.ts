/** The runners of the commands that solve MILPs: `optimize`, `frontier`, `shapley`. */
import {
  frontierReport,
  optimizeReport,
  portfolioGame,
  selectionFor,
  shapleyReport,
} from '../../reports/analysis.js';
import { withLocks } from '../../reports/locks.js';
import type { EngineRunner } from '../engine-runner.js';

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

/** The portfolio's synergy game among the selected partners (default: the optimal ones). */
export const runShapley: EngineRunner<'shapley'> = async (portfolio, o, deps) => {
  const solver = await deps.solver();
  const players = selectionFor(portfolio, solver, o.selected);
  if (!players.ok) return players;
  const game = portfolioGame(portfolio, players.value);
  if (!game.ok) return game;
  return shapleyReport(
    game.value,
    { seed: o.seed, ...(o.samples === undefined ? {} : { samples: o.samples }) },
    { solver },
  );
};
