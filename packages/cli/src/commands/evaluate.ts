import { evaluateReport } from '@partnerfolio/core';
import { printWarnings } from '../context.js';
import { formatNumber, renderTable } from '../format/table.js';
import { loadSpec } from '../load.js';
import { type Register, unwrap } from './shared.js';

export const registerEvaluate: Register = (program, ctx, emit) => {
  program
    .command('evaluate')
    .description(
      'expected cost, return, net contribution N = R − C and score of every partner; S over all',
    )
    .argument('<file>', 'portfolio spec (YAML or JSON)')
    .action((file: string) => {
      const { portfolio, file: name, warnings } = loadSpec(file, ctx.io.cwd);
      printWarnings(ctx, warnings);
      const report = unwrap(evaluateReport(portfolio), 'cannot evaluate', name);
      const { partners, S } = report;
      const unit = portfolio.unit ? ` ${portfolio.unit}` : '';
      const table = renderTable(
        [
          { header: 'partner' },
          { header: 'cost', align: 'right' },
          { header: 'return', align: 'right' },
          { header: 'net', align: 'right' },
          { header: 'score', align: 'right' },
        ],
        partners.map((p) => [
          p.id,
          formatNumber(p.cost),
          formatNumber(p.return),
          p.net < 0 ? ctx.style.red(formatNumber(p.net)) : formatNumber(p.net),
          formatNumber(p.score),
        ]),
      );
      const model =
        portfolio.netModel === 'seed' ? 'N = R − αC − βR (netModel: seed)' : 'N = R − C';
      emit({
        json: report,
        text: `${table}\n${model}; S over all ${partners.length} partners (synergies and overhead included) = ${ctx.style.bold(formatNumber(S))}${unit}\n`,
      });
    });
};
