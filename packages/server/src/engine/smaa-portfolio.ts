/**
 * `smaa --portfolio` on the server: the rank acceptabilities, then the probability that
 * each partner is in the optimal portfolio (one MILP per sample, core's
 * `startPortfolioMembership`), solved a few samples at a time with a turn of the event
 * loop between, so that a long job reports progress, keeps the process answering and stops
 * when cancelled. Same samples and seed as the CLI, so the same document.
 */
import {
  fail,
  type Portfolio,
  type PortfolioMembership,
  type Result,
  type SmaaReport,
  smaaReport,
  startPortfolioMembership,
} from '@partnerfolio/core';
import { MAX_PORTFOLIO_SAMPLES } from './options.js';
import type { EngineDeps } from './run-command.js';
import { throwIfCancelled, yieldToEventLoop } from './sample-runner.js';

/** MILPs solved between two turns of the event loop (a demo solve takes a few ms). */
const STEP = 10;

export type SmaaPortfolioDocument = SmaaReport & { readonly portfolio?: PortfolioMembership };

export async function smaaWithPortfolio(
  portfolio: Portfolio,
  o: { readonly samples: number; readonly seed: number; readonly method: SmaaReport['method'] },
  { solver, signal, onProgress }: EngineDeps,
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
  const report = smaaReport(portfolio, { samples: o.samples, seed: o.seed, method: o.method });
  if (!report.ok) return report;
  // The ranking part is quick next to the MILPs: call it the first tenth of the run.
  await onProgress?.(0.1);
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
