/**
 * `smaa` on the server, stepped: the parts core's `smaa` runner (commands/runners) takes
 * from its host. SMAA-2 block by block, and the probability that each partner is in the
 * optimal portfolio (one MILP per sample, core's `startPortfolioMembership`) solved a few
 * samples at a time, each with a turn of the event loop between, so that a long job
 * reports progress, keeps the process answering and stops when cancelled. Same samples and
 * seed as the CLI, so the same document.
 */
import {
  combineSmaa,
  fail,
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

interface Stepping {
  readonly signal?: AbortSignal;
  readonly onProgress?: (fraction: number) => unknown;
}

/** The optimal-portfolio membership over `samples` weight draws, `STEP` MILPs at a time. */
export async function steppedMembership(
  portfolio: Portfolio,
  solver: MilpSolver,
  o: { readonly samples: number; readonly seed: number },
  { signal, onProgress }: Stepping,
): Promise<Result<PortfolioMembership>> {
  const run = startPortfolioMembership(portfolio, solver, { samples: o.samples, seed: o.seed });
  if (!run.ok) return run;
  while (run.value.done() < o.samples) {
    throwIfCancelled(signal);
    const step = run.value.step(STEP);
    if (!step.ok) return step;
    await onProgress?.(step.value / o.samples);
    await yieldToEventLoop();
  }
  return ok(run.value.finish());
}

/**
 * SMAA-2 block by block (core's blocks and streams, so the CLI's answer bit for bit), with
 * a turn of the event loop, progress and a cancellation check between blocks: a run of a
 * million samples does not hold the process.
 */
export async function steppedSmaaRanks(
  portfolio: Portfolio,
  o: { readonly samples: number; readonly seed: number; readonly method: SmaaReport['method'] },
  { signal, onProgress }: Stepping,
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
