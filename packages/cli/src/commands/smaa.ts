import {
  ok,
  type Portfolio,
  type PortfolioMembership,
  portfolioMembership,
  type RankCommandMethod,
  type SmaaDocument,
  type SmaaReport,
  smaaDocument,
} from '@partnerfolio/core';
import { type CommandContext, printWarnings } from '../context.js';
import { usageError } from '../errors.js';
import { formatNumber, formatPercent, renderTable } from '../format/table.js';
import { createProgress } from '../progress.js';
import { runHere } from '../run-here.js';
import { defaultWorkers } from '../simulate-pool.js';
import { type SmaaWorkers, smaaParallel, startSmaaWorkers } from '../smaa-pool.js';
import { analysis, openSpec } from '../source.js';
import { addEngineFlags, engineOptionsOf } from './engine-flags.js';
import { parseIntOption, type Register, unwrap } from './shared.js';

interface SmaaOptions {
  readonly samples: number;
  readonly seed: number;
  readonly method: RankCommandMethod;
  readonly portfolio: boolean;
  readonly workers?: number;
  readonly booted?: SmaaWorkers | undefined;
}

export const registerSmaa: Register = (program, ctx, emit) => {
  addEngineFlags(
    program
      .command('smaa')
      .description(
        'SMAA-2: how often each partner takes each rank when the weights are uncertain (uniform, or within weighting.order / ranges)',
      )
      .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server'),
    'smaa',
  )
    .option(
      '--workers <n>',
      'threads, this one included (default: one per core); never changes the answer',
      parseIntOption('--workers', 1, 64),
    )
    .action(async (file: string | undefined, flags: { workers?: number }) => {
      const opts: SmaaOptions = { ...flags, ...engineOptionsOf('smaa', flags) };
      // The worker threads boot while the spec is read and checked (smaa-pool.ts).
      const booted = ctx.remote
        ? undefined
        : startSmaaWorkers((opts.workers ?? defaultWorkers()) - 1);
      let report: SmaaDocument;
      let source: Awaited<ReturnType<typeof openSpec>>;
      try {
        source = await openSpec(ctx, file);
        const { portfolio, file: name, warnings } = source;
        printWarnings(ctx, warnings);
        const options = { samples: opts.samples, seed: opts.seed, method: opts.method };
        report = await analysis(ctx, source, 'smaa', options, () =>
          smaaHere(ctx, portfolio, name, { ...opts, booted }),
        );
      } finally {
        await booted?.close();
      }
      const { portfolio } = source;
      let text = smaaText(
        report,
        portfolio.criteria.map((c) => c.id),
      );
      if (!opts.portfolio) {
        emit({ json: report, text });
        return;
      }
      if (ctx.remote) {
        throw usageError('--portfolio runs locally only: give the spec file instead of --server');
      }
      if (report.portfolio) text += `\n${membershipText(report.portfolio)}`;
      emit({ json: report, text });
    });
};

/**
 * SMAA here, through core's `smaa` runner: the rank acceptabilities on worker threads,
 * then with `--portfolio` the membership, each with its own progress bar.
 */
async function smaaHere(
  ctx: CommandContext,
  portfolio: Portfolio,
  name: string,
  opts: SmaaOptions,
): Promise<SmaaDocument> {
  const result = await runHere(ctx, 'smaa', portfolio, opts, {
    smaaRanks: async (p, o) => {
      const progress = createProgress(ctx.io, 'SMAA', o.samples);
      const r = await smaaParallel(p, {
        ...o,
        workers: opts.workers ?? defaultWorkers(),
        ...(opts.booted === undefined ? {} : { booted: opts.booted }),
        onProgress: (d) => progress.update(d),
      });
      progress.finish();
      return ok(smaaDocument(p, unwrap(r, 'cannot run SMAA', name, ctx), o));
    },
    membership: async (p, solver, o) => {
      const progress = createProgress(ctx.io, 'SMAA portfolio', o.samples);
      const membership = unwrap(
        portfolioMembership(p, solver, { ...o, onProgress: (d) => progress.update(d) }),
        'cannot run SMAA on the portfolio',
        name,
        ctx,
      );
      progress.finish();
      return ok(membership);
    },
  });
  return unwrap(result, 'cannot run SMAA', name, ctx);
}

function smaaText(report: SmaaReport, criteria: readonly string[]): string {
  const rows = Object.entries(report.rankAcceptability).sort(
    ([, a], [, b]) => (b[0] ?? 0) - (a[0] ?? 0) || (b[1] ?? 0) - (a[1] ?? 0),
  );
  const shown = Math.min(3, rows[0]?.[1].length ?? 0);
  const table = renderTable(
    [
      { header: 'partner' },
      ...Array.from({ length: shown }, (_, r) => ({
        header: `rank ${r + 1}`,
        align: 'right' as const,
      })),
      { header: 'confidence', align: 'right' },
      { header: 'central weights', align: 'left' },
    ],
    rows.map(([id, b]) => [
      id,
      ...b.slice(0, shown).map((x) => formatPercent(x)),
      formatPercent(report.confidence[id] ?? 0),
      report.centralWeights[id]
        ? criteria
            .map((c) => `${c} ${formatNumber(report.centralWeights[id]?.[c] ?? 0, 3)}`)
            .join(', ')
        : '—',
    ]),
  );
  return `${formatNumber(report.samples)} weight samples, seed ${report.seed}, ${report.method}\n\n${table}`;
}

function membershipText(m: PortfolioMembership): string {
  const optimal = new Set(m.optimal);
  const rows = Object.entries(m.membership)
    .filter(([id, p]) => p > 0 || optimal.has(id))
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return `Optimal-portfolio membership over ${formatNumber(m.samples)} samples (${m.infeasible} infeasible):\n${renderTable(
    [
      { header: 'partner' },
      { header: 'in the optimum', align: 'right' },
      { header: 'optimal at expected values' },
    ],
    rows.map(([id, p]) => [id, formatPercent(p), optimal.has(id) ? 'yes' : '']),
  )}`;
}
