/** The runners of the commands that solve MILPs: `optimize`, `frontier`, `shapley`. */

import type { GameDefinition } from '../../games/types.js';
import {
  cvarFrontierReport,
  frontierReport,
  optimizeReport,
  portfolioGame,
  selectionFor,
  shapleyReport,
} from '../../reports/analysis.js';
import { withLocks } from '../../reports/locks.js';
import { fail } from '../../util/issues.js';
import {
  CVAR_FRONTIER,
  cvarCellsRefusal,
  ENGINE_LIMITS,
  type EngineOptions,
} from '../engine-options.js';
import type { EngineRunDeps, EngineRunner } from '../engine-runner.js';

export const runOptimize: EngineRunner<'optimize'> = async (portfolio, o, { solver }) => {
  const locked = withLocks(portfolio, o.include, o.exclude);
  if (!locked.ok) return locked;
  return optimizeReport(locked.value, await solver(), {
    timeLimit: o.timeLimit,
    explain: o.explain,
  });
};

/**
 * `resource`: the frontier over its capacity; `cvar`: expected S against the 5% scenario
 * CVaR. Exactly one of the two.
 */
export const runFrontier: EngineRunner<'frontier'> = async (portfolio, o, deps) => {
  if ((o.resource === undefined) === !o.cvar) {
    return fail([
      {
        code: o.cvar ? 'resource_with_cvar' : 'missing_resource',
        path: ['resource'],
        message: o.cvar
          ? 'give either a resource or cvar, not both'
          : 'give the resource to sweep (e.g. budget), or cvar for the CVaR frontier',
      },
    ]);
  }
  const points = o.points === undefined ? {} : { points: o.points };
  if (o.resource !== undefined) {
    if (o.scenarios !== undefined) {
      return fail([
        {
          code: 'cvar_only',
          path: ['scenarios'],
          message: 'scenarios apply to the CVaR frontier only (with cvar)',
        },
      ]);
    }
    return frontierReport(portfolio, await deps.solver(), {
      resource: o.resource,
      ...points,
      timeLimit: o.timeLimit,
    });
  }
  const tooBig = cvarCellsRefusal(
    o,
    portfolio.partners.length,
    deps.limits ?? ENGINE_LIMITS.command,
  );
  if (tooBig !== undefined) return tooBig;
  const scenarios = o.scenarios ?? CVAR_FRONTIER.scenarios.default;
  const onProgress = deps.onProgress;
  return cvarFrontierReport(portfolio, await deps.solver(), {
    ...points,
    scenarios,
    seed: o.seed,
    timeLimit: o.timeLimit,
    ...(onProgress === undefined ? {} : { onProgress: (f: number) => void onProgress(f) }),
  });
};

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
