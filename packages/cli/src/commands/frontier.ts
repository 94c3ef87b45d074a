import type { CvarFrontier, Frontier } from '@partnerfolio/core';
import { printWarnings } from '../context.js';
import { usageError } from '../errors.js';
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
      .description(
        'the efficient frontier: the best objective as one resource’s capacity grows, or (--cvar) expected S against its 5% CVaR',
      )
      .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server'),
    'frontier',
  ).action(async (file: string | undefined, flags: object) => {
    const opts = engineOptionsOf('frontier', flags);
    if (opts.resource === undefined && !opts.cvar) {
      throw usageError("required option '--resource <id>' not specified (or give --cvar)");
    }
    if (opts.resource !== undefined && opts.cvar) {
      throw usageError('give either --resource <id> or --cvar, not both');
    }
    prefetchSolver(ctx);
    const source = await openSpec(ctx, file);
    const { portfolio, file: name, warnings } = source;
    printWarnings(ctx, warnings);
    const result = await analysis(ctx, source, 'frontier', opts, async () =>
      unwrap(
        await runHere(ctx, 'frontier', portfolio, opts),
        'cannot compute the frontier',
        name,
        ctx,
      ),
    );
    if ('measure' in result) {
      emit({ json: result, text: cvarText(result) });
      return;
    }
    emit({ json: result, text: resourceText(opts.resource ?? result.resource, result) });
  });
};

function resourceText(resource: string, result: Frontier): string {
  return renderTable(
    [
      { header: resource, align: 'right' },
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
}

/** One line per CVaR floor, then the current portfolio on the same scenarios. */
function cvarText(result: CvarFrontier): string {
  if (result.status === 'infeasible') {
    return 'no portfolio meets the constraints: there is no frontier';
  }
  const table = renderTable(
    [
      { header: 'CVaR 5% floor', align: 'right' },
      { header: 'status' },
      { header: 'E[S]', align: 'right' },
      { header: 'CVaR 5%', align: 'right' },
      { header: 'selected' },
    ],
    result.points.map((p) => [
      formatNumber(p.floor),
      p.status,
      formatNumber(p.expected),
      formatNumber(p.cvar5),
      summarizeIds(p.selected),
    ]),
  );
  const scenarios = `on ${result.scenarios} scenarios, seed ${result.seed}`;
  const current =
    result.current === undefined
      ? ''
      : `\ncurrent portfolio: E[S] ${formatNumber(result.current.expected)}, CVaR 5% ${formatNumber(result.current.cvar5)}`;
  return `${table}\n${scenarios}${current}`;
}
