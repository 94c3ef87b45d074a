import { printWarnings } from '../context.js';
import { formatNumber, renderTable } from '../format/table.js';
import { runHere } from '../run-here.js';
import { analysis, openSpec } from '../source.js';
import { addEngineFlags, engineOptionsOf } from './engine-flags.js';
import { type Register, unwrap } from './shared.js';

export const registerWeights: Register = (program, ctx, emit) => {
  addEngineFlags(
    program
      .command('weights')
      .description(
        "criterion weights, direct or by AHP (with λmax, CI and consistency ratio), or from the partners' scores (--method entropy|critic)",
      )
      .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server'),
    'weights',
  ).action(async (file: string | undefined, flags: Record<string, unknown>) => {
    const source = await openSpec(ctx, file);
    const { portfolio, file: name, warnings } = source;
    printWarnings(ctx, warnings);
    const opts = engineOptionsOf('weights', flags);
    const options = opts.method === undefined ? {} : { method: opts.method };
    const w = await analysis(ctx, source, 'weights', options, async () =>
      unwrap(await runHere(ctx, 'weights', portfolio, opts), 'cannot derive weights', name, ctx),
    );
    const { style } = ctx;
    let text = renderTable(
      [{ header: 'criterion' }, { header: 'kind' }, { header: 'weight', align: 'right' }],
      portfolio.criteria.map((c) => [c.id, c.kind, formatNumber(w.weights[c.id])]),
    );
    if (w.ahp) {
      const { lambdaMax, ci, cr, consistent } = w.ahp;
      const verdict = consistent
        ? style.green('consistent (CR < 0.1)')
        : style.red('inconsistent (CR ≥ 0.1): revisit the judgements');
      text += `\nAHP: λmax = ${formatNumber(lambdaMax, 6)}, CI = ${formatNumber(ci, 6)}, CR = ${formatNumber(cr, 6)}: ${verdict}\n`;
    }
    emit({ json: w, text });
  });
};
