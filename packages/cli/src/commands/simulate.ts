import type { Portfolio, SimulateReport } from '@partnerfolio/core';
import type { EngineOptions } from '@partnerfolio/core/commands';
import { type CommandContext, printWarnings } from '../context.js';
import { formatNumber, formatPercent, renderTable } from '../format/table.js';
import { createProgress } from '../progress.js';
import { runHere } from '../run-here.js';
import { simulateParallel } from '../simulate-pool.js';
import { analysis, openSpec } from '../source.js';
import { addEngineFlags, engineOptionsOf } from './engine-flags.js';
import { parseIntOption, type Register, unwrap } from './shared.js';

export type SimulateOptions = EngineOptions<'simulate'> & {
  /** Worker threads: the CLI's own, never changes the answer. */
  readonly workers?: number;
};

export const registerSimulate: Register = (program, ctx, emit) => {
  addEngineFlags(
    program
      .command('simulate')
      .description('Monte Carlo of the portfolio value S: mean, sd, percentiles, P(S<0), CVaR 5%')
      .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server'),
    'simulate',
  )
    .option(
      '--workers <n>',
      'worker threads (default: one per core); never changes the answer',
      parseIntOption('--workers', 1, 64),
    )
    .action(async (file: string | undefined, flags: { workers?: number }) => {
      const opts: SimulateOptions = { ...flags, ...engineOptionsOf('simulate', flags) };
      const source = await openSpec(ctx, file);
      const { portfolio, file: name, warnings } = source;
      printWarnings(ctx, warnings);
      const { scenarios, seed, selected } = opts;
      const result = await analysis(
        ctx,
        source,
        'simulate',
        { scenarios, seed, ...(selected ? { selected } : {}) },
        () => simulatePortfolio(ctx, portfolio, name, opts),
      );
      const { style } = ctx;
      const s = result;
      const text =
        `Portfolio (${result.selected.length}): ${result.selected.join(', ')}\n` +
        `${formatNumber(s.scenarios)} scenarios, seed ${opts.seed}; expected S = ${formatNumber(result.expected)}\n\n` +
        renderTable(
          [
            { header: 'mean', align: 'right' },
            { header: 'sd', align: 'right' },
            { header: 'p5', align: 'right' },
            { header: 'p50', align: 'right' },
            { header: 'p95', align: 'right' },
            { header: 'P(S<0)', align: 'right' },
            { header: 'CVaR 5%', align: 'right' },
          ],
          [
            [
              formatNumber(s.mean),
              formatNumber(s.sd),
              formatNumber(s.p5),
              formatNumber(s.p50),
              formatNumber(s.p95),
              s.probLoss > 0.05 ? style.red(formatPercent(s.probLoss)) : formatPercent(s.probLoss),
              formatNumber(s.cvar5),
            ],
          ],
        );
      emit({
        json: result,
        text,
      });
    });
};

/** Simulates the given selection, or the optimal portfolio when none is given. */
export async function simulatePortfolio(
  ctx: CommandContext,
  portfolio: Portfolio,
  file: string,
  opts: SimulateOptions,
): Promise<SimulateReport> {
  const progress = createProgress(ctx.io, 'simulating', opts.scenarios);
  const report = await runHere(
    ctx,
    'simulate',
    portfolio,
    {
      scenarios: opts.scenarios,
      seed: opts.seed,
      ...(opts.selected ? { selected: opts.selected } : {}),
    },
    {
      sampleRunner: (plan, o) =>
        simulateParallel(plan, {
          ...o,
          onProgress: (done) => progress.update(done),
          ...(opts.workers === undefined ? {} : { workers: opts.workers }),
        }),
    },
  );
  progress.finish();
  return unwrap(report, 'cannot simulate', file, ctx);
}
