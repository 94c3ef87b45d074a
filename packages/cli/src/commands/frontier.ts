import { printWarnings } from '../context.js';
import { formatNumber, renderTable } from '../format/table.js';
import { runHere } from '../run-here.js';
import { analysis, openSpec } from '../source.js';
import { addEngineFlags, engineOptionsOf } from './engine-flags.js';
import { prefetchSolver } from './optimize.js';
import { type Register, unwrap } from './shared.js';

/** `a, b, c and 7 more`: the frontier table stays one line per point. */
const summarizeIds = (ids: readonly string[], shown = 4): string =>
  ids.length <= shown
    ? ids.join(', ')
    : `${ids.slice(0, shown).join(', ')} and ${ids.length - shown} more`;

export const registerFrontier: Register = (program, ctx, emit) => {
  addEngineFlags(
    program
      .command('frontier')
      .description('the efficient frontier: the best objective as one resource’s capacity grows')
      .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server'),
    'frontier',
  ).action(async (file: string | undefined, flags: object) => {
    const opts = engineOptionsOf('frontier', flags);
    prefetchSolver(ctx);
    const source = await openSpec(ctx, file);
    const { portfolio, file: name, warnings } = source;
    printWarnings(ctx, warnings);
    const { resource, points, timeLimit } = opts;
    const result = await analysis(
      ctx,
      source,
      'frontier',
      { resource, points, timeLimit },
      async () =>
        unwrap(
          await runHere(ctx, 'frontier', portfolio, { resource, points, timeLimit }),
          'cannot compute the frontier',
          name,
          ctx,
        ),
    );
    const text = renderTable(
      [
        { header: opts.resource, align: 'right' },
        { header: 'status' },
        { header: 'objective', align: 'right' },
        { header: 'selected' },
      ],
      result.points.map((p) => [
        formatNumber(p.capacity),
        p.status,
        formatNumber(p.objective),
        summarizeIds(p.selected),
      ]),
    );
    emit({ json: result, text });
  });
};
