/**
 * Which runs the API turns into jobs rather than answering in the request. Every run is on
 * an engine thread (engine/engine-thread.ts), so the process keeps serving others, but a
 * client should not hold a connection open for minutes, and the request pool's threads
 * are few. The limits are about a second or two of work on the demo portfolio:
 *
 * - simulate: more than 200,000 scenarios;
 * - frontier: more than 21 points (one solve each); with `cvar`, also more than 20,000
 *   scenarios × partners (one model row per scenario, each solved points + 2 times);
 * - shapley: more than 100,000 sampled orders, or more than 20 players named;
 * - optimize with `explain` on more than 50 partners (one more solve per partner);
 * - smaa: more than 20,000 weight samples, or `portfolio` (one MILP per sample);
 * - rank by PROMETHEE over more than 50 million partner pairs × Gaussian criteria (each
 *   summed pair by pair: about 1.5–2 s; core's `rankRunsAsJob`, which the web app asks too).
 */
import { CVAR_FRONTIER, type EngineSize, rankRunsAsJob } from '@partnerfolio/core/commands';
import type { EngineCommand } from '../../engine/options.js';

export const LONG_RUN = {
  simulateScenarios: 200_000,
  frontierPoints: 21,
  cvarCells: 20_000,
  shapleySamples: 100_000,
  shapleyPlayers: 20,
  explainPartners: 50,
  smaaSamples: 20_000,
} as const;

export function isLongRun(
  command: EngineCommand,
  options: Readonly<Record<string, unknown>>,
  size: Pick<EngineSize, 'partners' | 'gaussianCriteria'>,
): boolean {
  const { partners } = size;
  const over = (key: string, limit: number): boolean => {
    const value = options[key];
    return typeof value === 'number' && value > limit;
  };
  switch (command) {
    case 'simulate':
      return over('scenarios', LONG_RUN.simulateScenarios);
    case 'frontier': {
      if (options.cvar !== true) return over('points', LONG_RUN.frontierPoints);
      const scenarios =
        typeof options.scenarios === 'number' ? options.scenarios : CVAR_FRONTIER.scenarios.default;
      return over('points', LONG_RUN.frontierPoints) || scenarios * partners > LONG_RUN.cvarCells;
    }
    case 'shapley': {
      const { selected } = options;
      const players = Array.isArray(selected) ? selected.length : 0;
      return over('samples', LONG_RUN.shapleySamples) || players > LONG_RUN.shapleyPlayers;
    }
    case 'smaa':
      return options.portfolio === true || over('samples', LONG_RUN.smaaSamples);
    case 'rank':
      return rankRunsAsJob(options.method, size);
    case 'optimize':
      return options.explain === true && partners > LONG_RUN.explainPartners;
    default:
      return false;
  }
}
