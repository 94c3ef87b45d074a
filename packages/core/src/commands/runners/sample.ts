/** The runners of the Monte Carlo commands: `simulate`, `smaa`. */
import { type SampleRunner, simulateReport } from '../../reports/analysis.js';
import { portfolioMembership } from '../../reports/portfolio-smaa.js';
import { smaaReport } from '../../reports/smaa.js';
import { simulate } from '../../simulate/engine.js';
import { ok } from '../../util/issues.js';
import { ENGINE_LIMITS, engineSize, smaaRefusal } from '../engine-options.js';
import type { EngineRunDeps, EngineRunner } from '../engine-runner.js';

/** The scenarios on this thread (the engine's blocks, as every runner: the same samples). */
const inlineSampleRunner: SampleRunner = async (plan, { scenarios, seed, onProgress }) =>
  simulate(plan, { scenarios, seed, ...(onProgress === undefined ? {} : { onProgress }) });

export const runSimulate: EngineRunner<'simulate'> = async (portfolio, o, deps) =>
  simulateReport(
    portfolio,
    {
      scenarios: o.scenarios,
      seed: o.seed,
      ...(o.selected === undefined ? {} : { selected: o.selected }),
    },
    { solver: await deps.solver(), run: deps.sampleRunner ?? inlineSampleRunner },
  );

const inlineRanks: NonNullable<EngineRunDeps['smaaRanks']> = async (portfolio, o) =>
  smaaReport(portfolio, o);

const inlineMembership: NonNullable<EngineRunDeps['membership']> = async (
  portfolio,
  solver,
  o,
  onProgress,
) =>
  portfolioMembership(portfolio, solver, {
    ...o,
    onProgress: (done) => onProgress(done / o.samples),
  });

/**
 * SMAA-2, and with `portfolio` then the optimal-portfolio membership (one MILP per
 * sample): the ranking part is quick next to the MILPs, so it is the first tenth of the
 * progress. Within the host's limits (`smaaRefusal`: partners, samples × partners ×
 * criteria, and samples with `portfolio`), refused before any work.
 */
export const runSmaa: EngineRunner<'smaa'> = async (portfolio, o, deps) => {
  const tooBig = smaaRefusal(o, engineSize(portfolio), deps.limits ?? ENGINE_LIMITS.command);
  if (tooBig !== undefined) return tooBig;
  const progress = (from: number, share: number) => (fraction: number) =>
    deps.onProgress?.(from + share * fraction);
  const options = { samples: o.samples, seed: o.seed, method: o.method };
  const ranks = await (deps.smaaRanks ?? inlineRanks)(
    portfolio,
    options,
    progress(0, o.portfolio ? 0.1 : 1),
  );
  if (!ranks.ok || !o.portfolio) return ranks;
  const membership = await (deps.membership ?? inlineMembership)(
    portfolio,
    await deps.solver(),
    { samples: o.samples, seed: o.seed },
    progress(0.1, 0.9),
  );
  if (!membership.ok) return membership;
  return ok({ ...ranks.value, portfolio: membership.value }, ranks.warnings);
};
