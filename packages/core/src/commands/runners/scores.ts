/** The runners of the commands that solve and sample nothing: `weights`, `rank`. */
import { rankReport, weightsReport } from '../../reports/scores.js';
import { ENGINE_LIMITS, engineSize, prometheeRefusal } from '../engine-options.js';
import type { EngineRunner } from '../engine-runner.js';

export const runWeights: EngineRunner<'weights'> = async (portfolio, o) =>
  weightsReport(portfolio, o.method === undefined ? {} : { method: o.method });

/**
 * `v` is VIKOR's alone; the other methods never read it. PROMETHEE within the host's
 * `gaussianPairs` (`prometheeRefusal`), refused before any work.
 */
export const runRank: EngineRunner<'rank'> = async (portfolio, o, deps) => {
  const tooBig = prometheeRefusal(o, engineSize(portfolio), deps.limits ?? ENGINE_LIMITS.command);
  if (tooBig !== undefined) return tooBig;
  return rankReport(portfolio, {
    method: o.method,
    sensitivity: o.sensitivity,
    ...(o.method === 'vikor' && o.v !== undefined ? { v: o.v } : {}),
  });
};
