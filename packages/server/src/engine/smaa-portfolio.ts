/**
 * `smaa` on the server, stepped: SMAA-2 block by block, and with `portfolio` then the probability that
 * each partner is in the optimal portfolio (one MILP per sample, core's
 * `startPortfolioMembership`), solved a few samples at a time with a turn of the event
 * loop between, so that a long job reports progress, keeps the process answering and stops
 * when cancelled. Same samples and seed as the CLI, so the same document.
 */
import {
  combineSmaa,
  fail,
  MAX_PORTFOLIO_SAMPLES,
  type MilpSolver,
  ok,
  type Portfolio,
  type PortfolioMembership,
  prepareSmaa,
  type Result,
  runSmaaBlock,
  type SmaaReport,
  smaaBlockCount,
  smaaBlockSize,
  smaaDocument,
  smaaTooNarrow,
  startPortfolioMembership,
} from '@partnerfolio/core';

import { throwIfCancelled, yieldToEventLoop } from './sample-runner.js';

/** MILPs solved between two turns of the event loop (a demo solve takes a few ms). */
const STEP = 10;

export type SmaaPortfolioDocument = SmaaReport & { readonly portfolio?: PortfolioMembership };

export async function smaaWithPortfolio(
  portfolio: Portfolio,
  o: { readonly samples: number; readonly seed: number; readonly method: SmaaReport['method'] },
  {
    solver,
    signal,
    onProgress,
  }: {
    readonly solver: MilpSolver;
    readonly signal?: AbortSignal;
    readonly onProgress?: (fraction: number) => unknown;
  },
): Promise<Result<SmaaPortfolioDocument>> {
  if (o.samples > MAX_PORTFOLIO_SAMPLES) {
    return fail([
      {
        code: 'too_big',
        path: ['samples'],
        message: `with portfolio, samples must be at most ${MAX_PORTFOLIO_SAMPLES} (one MILP each)`,
      },
    ]);
  }
  // The ranking part is quick next to the MILPs: call it the first tenth of the run.
  const report = await smaaStepped(portfolio, o, {
    ...(signal === undefined ? {} : { signal }),
    onProgress: (fraction) => onProgress?.(0.1 * fraction),
  });
  if (!report.ok) return report;
  const run = startPortfolioMembership(portfolio, solver, { samples: o.samples, seed: o.seed });
  if (!run.ok) return run;
  while (run.value.done() < o.samples) {
    throwIfCancelled(signal);
    const step = run.value.step(STEP);
    if (!step.ok) return step;
    await onProgress?.(0.1 + (0.9 * step.value) / o.samples);
    await yieldToEventLoop();
  }
  return {
    ok: true,
    value: { ...report.value, portfolio: run.value.finish() },
    warnings: report.warnings,
  };
}

/**
 * SMAA-2 block by block (core's blocks and streams, so the CLI's answer bit for bit), with
 * a turn of the event loop, progress and a cancellation check between blocks: a run of a
 * million samples does not hold the process.
 */
export async function smaaStepped(
  portfolio: Portfolio,
  o: { readonly samples: number; readonly seed: number; readonly method: SmaaReport['method'] },
  {
    signal,
    onProgress,
  }: { readonly signal?: AbortSignal; readonly onProgress?: (fraction: number) => unknown },
): Promise<Result<SmaaReport>> {
  const setup = prepareSmaa(portfolio, { method: o.method });
  if (!setup.ok) return setup;
  const counts = new Uint32Array(setup.value.m * setup.value.m);
  const blockWeights: Float64Array[] = [];
  let done = 0;
  for (let b = 0; b < smaaBlockCount(o.samples); b++) {
    throwIfCancelled(signal);
    const weights = runSmaaBlock(setup.value, o.seed, o.samples, b, counts);
    if (!weights) return fail([smaaTooNarrow()]);
    blockWeights.push(weights);
    done += smaaBlockSize(o.samples, b);
    await onProgress?.(done / o.samples);
    await yieldToEventLoop();
  }
  const result = combineSmaa(setup.value, counts, blockWeights, o.samples, o.seed);
  return ok(smaaDocument(portfolio, result, o), setup.warnings);
}
