import { createRng } from '@partnerfolio/core';
import type { AttributionReport, CausalMethod } from '@partnerfolio/core/causal';
import { Option } from 'commander';
import { usageError } from '../errors.js';
import { formatNumber, renderTable } from '../format/table.js';
import { readInput } from '../load.js';
import { createProgress } from '../progress.js';
import { renderSketch } from './attribute-sketch.js';
import { parseIntOption, type Register, unwrap } from './shared.js';

/** DESIGN.md's default; core checks the count again (2 to its MAX_PLACEBO, 10,000). */
export const DEFAULT_PLACEBO = 200;
const MAX_PLACEBO = 10_000;
const DEFAULT_SEED = 1;

const METHOD_NAMES: Record<CausalMethod, string> = {
  did: 'difference-in-differences (two-way fixed effects)',
  sc: 'synthetic control',
  sdid: 'synthetic difference-in-differences',
};

interface AttributeOptions {
  unit: string;
  time: string;
  outcome: string;
  treated: string;
  method: CausalMethod;
  placebo: number;
  seed: number;
}

/** `attribute FILE.csv`: what a treatment (a partnership's start) caused, with its interval. */
export const registerAttribute: Register = (program, ctx, emit) => {
  program
    .command('attribute')
    .description(
      'estimate what a treatment caused on a panel of outcomes (CSV): DiD, synthetic control or synthetic DiD, with a placebo 95% interval',
    )
    .argument(
      '<file>',
      'long panel: one row per unit and period (comma, semicolon or tab separated)',
    )
    .requiredOption(
      '--unit <column>',
      'column naming the unit (product line, region, partner, ...)',
    )
    .requiredOption('--time <column>', 'column naming the period (numbers or ISO dates)')
    .requiredOption('--outcome <column>', 'column with the outcome (revenue, users, ...)')
    .requiredOption(
      '--treated <column>',
      'column with 1 for a treated unit in a treated period, else 0 (all treated units start together)',
    )
    .addOption(
      new Option('--method <method>', 'estimator').choices(['did', 'sc', 'sdid']).default('sdid'),
    )
    .option(
      '--placebo <n>',
      'placebo replications for the standard error',
      parseIntOption('--placebo', 2, MAX_PLACEBO),
      DEFAULT_PLACEBO,
    )
    .option(
      '--seed <s>',
      'random seed of the placebo draws (same seed, same answer)',
      parseIntOption('--seed', 0, 2 ** 32 - 1),
      DEFAULT_SEED,
    )
    .action(async (file: string, opts: AttributeOptions) => {
      if (ctx.remote) throw usageError('attribute works on a CSV file; drop --server');
      // Loaded here, not at start-up: only this command needs the estimators.
      const { attribute, parsePanelCsv } = await import('@partnerfolio/core/causal');
      const { text, name } = readInput(file, ctx.io.cwd);
      const columns = {
        unit: opts.unit,
        time: opts.time,
        outcome: opts.outcome,
        treated: opts.treated,
      };
      const panel = unwrap(
        parsePanelCsv(text, columns, { file: name }),
        `${name} is not a panel the methods can use`,
        name,
      );
      const progress = createProgress(ctx.io, 'placebo', opts.placebo);
      const result = attribute(panel, {
        method: opts.method,
        placebo: opts.placebo,
        rng: createRng(opts.seed),
        onProgress: (done) => progress.update(done),
      });
      const report = unwrap(result, `${name}: cannot estimate the effect`, name, ctx);
      progress.finish();
      emit({
        json: { ...report, seed: opts.seed, outcome: opts.outcome },
        text: renderAttribution(report, opts),
      });
    });
};

function renderAttribution(r: AttributionReport, o: AttributeOptions): string {
  const n = r.treatedUnits.length;
  const who =
    n <= 3
      ? r.treatedUnits.join(', ')
      : `${r.treatedUnits.slice(0, 3).join(', ')} and ${n - 3} more`;
  const head =
    `Effect on ${o.outcome} by ${METHOD_NAMES[r.method]}\n` +
    `Treated: ${who} (${n} unit${n === 1 ? '' : 's'}) from ${r.series.start}; ` +
    `${r.controls} controls; ${r.prePeriods} periods before, ${r.postPeriods} after\n\n`;
  const summary = renderTable(
    [
      { header: 'estimate', align: 'right' },
      { header: 'se', align: 'right' },
      { header: '95% interval', align: 'right' },
      { header: 'placebo' },
    ],
    [
      [
        formatNumber(r.estimate),
        r.se === null ? 'n/a' : formatNumber(r.se),
        r.ci === null ? 'n/a' : `[${formatNumber(r.ci[0])}, ${formatNumber(r.ci[1])}]`,
        r.placebo === null ? 'none' : `${r.placebo.replications} replications, seed ${o.seed}`,
      ],
    ],
  );
  const top = Object.entries(r.unitWeights)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1]);
  const units =
    r.method === 'did'
      ? `Controls weighted equally (1/${r.controls} each).\n`
      : renderTable(
          [{ header: 'control' }, { header: 'weight', align: 'right' }],
          top.slice(0, 10).map(([u, w]) => [u, formatNumber(w, 3)]),
        ) + (top.length > 10 ? `… and ${top.length - 10} more with weight\n` : '');
  const times = Object.entries(r.timeWeights).filter(([, w]) => w > 0);
  const timeText =
    r.method === 'sc'
      ? 'Synthetic control compares levels: no time weights.\n'
      : r.method === 'did'
        ? `Pre-treatment periods weighted equally (1/${r.prePeriods} each).\n`
        : `Time weights: ${times.map(([p, w]) => `${p} ${formatNumber(w, 3)}`).join(', ')}\n`;
  const trend =
    r.preTrend === null
      ? ''
      : `Pre-trend (treated − control gap): ${formatNumber(r.preTrend.slope, 3)} per period` +
        (r.preTrend.pValue === null
          ? '\n'
          : `, placebo p = ${formatNumber(r.preTrend.pValue, 3)}${r.preTrend.flagged ? ' (parallel trends doubtful)' : ''}\n`);
  return `${head}${summary}\n${units}\n${timeText}${trend}\n${renderSketch(r.series)}`;
}
