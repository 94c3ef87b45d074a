/** The runners of the commands that solve and sample nothing: `weights`, `rank`. */
import { rankReport, weightsReport } from '../../reports/scores.js';
import type { EngineRunner } from '../engine-runner.js';

export const runWeights: EngineRunner<'weights'> = async (portfolio, o) =>
  weightsReport(portfolio, o.method === undefined ? {} : { method: o.method });

/** `v` is VIKOR's alone; the other methods never read it. */
export const runRank: EngineRunner<'rank'> = async (portfolio, o) =>
  rankReport(portfolio, {
    method: o.method,
    sensitivity: o.sensitivity,
    ...(o.method === 'vikor' && o.v !== undefined ? { v: o.v } : {}),
  });
