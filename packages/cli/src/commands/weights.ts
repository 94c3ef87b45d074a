import { WEIGHTS_METHODS, type WeightsMethod, weightsReport } from '@partnerfolio/core';
import { Option } from 'commander';
import { printWarnings } from '../context.js';
import { formatNumber, renderTable } from '../format/table.js';
import { analysis, openSpec } from '../source.js';
import { type Register, unwrap } from './shared.js';

export const registerWeights: Register = (program, ctx, emit) => {
  program
    .command('weights')
    .description(
      "criterion weights, direct or by AHP (with λmax, CI and consistency ratio), or from the partners' scores (--method entropy|critic)",
    )
    .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server')
    .addOption(
      new Option(
        '--method <method>',
        "objective weights from the partners' scores instead of the spec's",
      ).choices(WEIGHTS_METHODS),
    )
    .action(async (file: string | undefined, opts: { method?: WeightsMethod }) => {
      const source = await openSpec(ctx, file);
      const { portfolio, file: name, warnings } = source;
      printWarnings(ctx, warnings);
      const options = opts.method === undefined ? {} : { method: opts.method };
      const w = await analysis(ctx, source, 'weights', options, () =>
        unwrap(weightsReport(portfolio, options), 'cannot derive weights', name, ctx),
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
