import { frontierReport } from '@partnerfolio/core';
import { printWarnings } from '../context.js';
import { formatNumber, renderTable } from '../format/table.js';
import { analysis, openSpec } from '../source.js';
import { DEFAULT_TIME_LIMIT } from './optimize.js';
import { parseIntOption, parsePositiveNumber, type Register, unwrap } from './shared.js';

/** `a, b, c and 7 more`: the frontier table stays one line per point. */
const summarizeIds = (ids: readonly string[], shown = 4): string =>
  ids.length <= shown
    ? ids.join(', ')
    : `${ids.slice(0, shown).join(', ')} and ${ids.length - shown} more`;

export const registerFrontier: Register = (program, ctx, emit) => {
  program
    .command('frontier')
    .description('the efficient frontier: the best objective as one resource’s capacity grows')
    .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server')
    .requiredOption('--resource <id>', 'the resource to sweep (e.g. budget)')
    .option(
      '--points <k>',
      'number of capacities to solve',
      parseIntOption('--points', 2, 1000),
      11,
    )
    .option(
      '--time-limit <seconds>',
      'per solve',
      parsePositiveNumber('--time-limit'),
      DEFAULT_TIME_LIMIT,
    )
    .action(
      async (
        file: string | undefined,
        opts: { resource: string; points: number; timeLimit: number },
      ) => {
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
              frontierReport(portfolio, await ctx.solver(), {
                resource,
                points,
                timeLimitSec: timeLimit,
              }),
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
      },
    );
};
