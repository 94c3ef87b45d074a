import { rankReport } from '@partnerfolio/core';
import { Option } from 'commander';
import { printWarnings } from '../context.js';
import { formatNumber, renderTable } from '../format/table.js';
import { analysis, openSpec } from '../source.js';
import { type Register, unwrap } from './shared.js';

type Method = 'weighted-sum' | 'topsis';

export const registerRank: Register = (program, ctx, emit) => {
  program
    .command('rank')
    .description(
      'rank the candidates by weighted sum or TOPSIS; --sensitivity for weight-stability intervals',
    )
    .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server')
    .addOption(
      new Option('--method <method>', 'ranking method')
        .choices(['weighted-sum', 'topsis'])
        .default('weighted-sum'),
    )
    .option(
      '--sensitivity',
      'for each weight, the interval over which the first choice / the whole ranking stays',
    )
    .action(async (file: string | undefined, opts: { method: Method; sensitivity?: boolean }) => {
      const source = await openSpec(ctx, file);
      const { portfolio, file: name, warnings } = source;
      printWarnings(ctx, warnings);
      const options = { method: opts.method, sensitivity: opts.sensitivity === true };
      const report = await analysis(ctx, source, 'rank', options, () =>
        unwrap(rankReport(portfolio, options), 'cannot rank', name, ctx),
      );
      const names = new Map(portfolio.partners.map((p) => [p.id, p.name]));
      let text = renderTable(
        [
          { header: 'rank', align: 'right' },
          { header: 'partner' },
          { header: 'name' },
          { header: opts.method === 'topsis' ? 'closeness' : 'score', align: 'right' },
        ],
        report.ranking.map((r) => [
          String(r.rank),
          r.id,
          names.get(r.id) ?? '',
          formatNumber(r.score, 6),
        ]),
      );
      if (report.sensitivity) {
        text += `\nWeight stability (other weights rescaled in proportion):\n${renderTable(
          [
            { header: 'criterion' },
            { header: 'weight', align: 'right' },
            { header: 'first choice stays', align: 'right' },
            { header: 'ranking stays', align: 'right' },
          ],
          report.sensitivity.map((s) => [
            s.criterion,
            formatNumber(s.weight),
            `${formatNumber(s.top.low)} – ${formatNumber(s.top.high)}`,
            `${formatNumber(s.ranking.low)} – ${formatNumber(s.ranking.high)}`,
          ]),
        )}`;
      }
      emit({ json: report, text });
    });
};
