/**
 * One entry for all four kinds of game: the Shapley value (exact whenever an exact method
 * exists, sampled with a 95% interval beyond) and the core answer with its method.
 */

import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { airportShapley } from './airport.js';
import { byPlayer, sampledAnalysis, summary } from './analyze-sampled.js';
import { checkTableCore } from './core-check.js';
import { coreReason } from './core-reason.js';
import type { AnalyzeDeps, CoreSummary, GameAnalysis } from './game-analysis.js';
import { tablePermutationGame, votingPermutationGame } from './permutation-games.js';
import { shapleyShubik } from './shapley-shubik.js';
import { MAX_EXACT_PLAYERS, shapleyFromTable } from './shapley-table.js';
import { buildSynergyTable, isConvexSynergyGame, synergyShapley } from './synergy-game.js';
import type { GameDefinition, GameType } from './types.js';
import { validateGame } from './validate-game.js';
import { votingCore } from './voting-core.js';
import { toIntegerVotingGame } from './voting-weights.js';

const tooLargeForCore = (n: number, limit: number): CoreSummary => ({
  nonEmpty: null,
  shapleyInCore: null,
  method: 'none',
  ...coreReason('games.core.too_large', { players: n, limit }),
});

export async function analyzeGame(
  game: GameDefinition,
  deps: AnalyzeDeps,
): Promise<Result<GameAnalysis>> {
  const issues = validateGame(game);
  if (issues.length > 0) return fail(issues);
  const warnings: Issue[] = [];
  const requested = deps.exactLimit ?? MAX_EXACT_PLAYERS;
  if (requested > MAX_EXACT_PLAYERS) {
    warnings.push({
      code: 'exact_limit_clamped',
      path: ['exactLimit'],
      message: `exact enumeration stops at ${MAX_EXACT_PLAYERS} players; exactLimit ${requested} was lowered to it`,
    });
  }
  const limit = Math.min(requested, MAX_EXACT_PLAYERS);
  const { players } = game;
  const n = players.length;
  const exact = (phi: ArrayLike<number>, type: GameType, core: CoreSummary): Result<GameAnalysis> =>
    ok({ shapley: byPlayer(players, (i) => phi[i] ?? 0), exact: true, type, core }, warnings);

  switch (game.kind) {
    case 'table': {
      if (n > limit) {
        const sampler = tablePermutationGame(game.values, n);
        return sampledAnalysis(
          players,
          sampler,
          game.type,
          deps,
          tooLargeForCore(n, limit),
          warnings,
        );
      }
      const phi = shapleyFromTable(game.values, n);
      if (!phi.ok) return phi;
      const core = await checkTableCore(game.values, n, game.type, phi.value, deps.lp);
      return exact(phi.value, game.type, summary(core));
    }
    case 'weightedVoting': {
      const core = summary(votingCore(game.quota, game.weights));
      const integer = toIntegerVotingGame(game.quota, game.weights);
      const phi = integer.ok ? shapleyShubik(integer.value) : integer;
      if (phi.ok) {
        warnings.push(...(integer.ok ? integer.warnings : []));
        return exact(phi.value, 'profit', core);
      }
      // Non-integer weights or a DP too large: sampling works with any real weights.
      warnings.push(...phi.issues);
      const sampler = votingPermutationGame(game.quota, game.weights);
      return sampledAnalysis(players, sampler, 'profit', deps, core, warnings);
    }
    case 'airport':
      return exact(airportShapley(game.costs), 'cost', {
        nonEmpty: true,
        shapleyInCore: true,
        method: 'analytic: airport games are concave cost games',
        ...coreReason('games.core.concave_cost'),
      });
    case 'synergy': {
      const phi = synergyShapley(game.net, game.synergies);
      if (isConvexSynergyGame(n, game.synergies)) {
        return exact(phi, 'profit', {
          nonEmpty: true,
          shapleyInCore: true,
          method: 'analytic: all synergies ≥ 0 make the game convex',
          ...coreReason('games.core.convex'),
        });
      }
      if (n > limit) return exact(phi, 'profit', tooLargeForCore(n, limit));
      const table = buildSynergyTable(game.net, game.synergies);
      if (!table.ok) return table;
      return exact(
        phi,
        'profit',
        summary(await checkTableCore(table.value, n, 'profit', phi, deps.lp)),
      );
    }
  }
}
