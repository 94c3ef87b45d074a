/** The sampled branch of `analyzeGame`, and the shaping of per-player answers. */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import type { CoreCheck } from './core-check.js';
import type { AnalyzeDeps, CoreSummary, GameAnalysis } from './game-analysis.js';
import type { PermutationGame } from './permutation-games.js';
import { sampleShapley } from './sample-shapley.js';
import type { GameType } from './types.js';

export const DEFAULT_SAMPLES = 10_000;

export const byPlayer = <T>(players: readonly string[], f: (i: number) => T): Record<string, T> =>
  Object.fromEntries(players.map((p, i) => [p, f(i)]));

export const summary = ({
  nonEmpty,
  shapleyInCore,
  method,
  reason,
  because,
}: CoreCheck): CoreSummary => ({
  nonEmpty,
  shapleyInCore,
  method,
  ...(reason === undefined ? {} : { reason }),
  ...(because === undefined ? {} : { because }),
});

export function sampledAnalysis(
  players: readonly string[],
  game: PermutationGame,
  type: GameType,
  deps: AnalyzeDeps,
  core: CoreSummary,
  warnings: readonly Issue[],
): Result<GameAnalysis> {
  if (deps.rng === undefined) {
    return fail([
      {
        code: 'rng_required',
        path: [],
        message:
          'this game has no exact Shapley computation here (too many players, or weights the exact count cannot take); pass a seeded rng to sample it',
      },
    ]);
  }
  const estimate = sampleShapley(game, {
    rng: deps.rng,
    permutations: deps.samples ?? DEFAULT_SAMPLES,
    antithetic: deps.antithetic ?? false,
  });
  if (!estimate.ok) return estimate;
  const e = estimate.value;
  return ok(
    {
      shapley: byPlayer(players, (i) => e.estimates[i] ?? 0),
      exact: false,
      ci: byPlayer(players, (i): [number, number] => [e.lower[i] ?? 0, e.upper[i] ?? 0]),
      samples: e.samples,
      type,
      core,
    },
    [...warnings, ...estimate.warnings],
  );
}
