import { printWarnings } from '../context.js';
import { formatNumber, renderTable } from '../format/table.js';
import { runHere } from '../run-here.js';
import { analysis, openSpec } from '../source.js';
import { type Register, unwrap } from './shared.js';

export const registerEvaluate: Register = (program, ctx, emit) => {
  program
    .command('evaluate')
    .description(
      'expected cost, return, net contribution N = R − C and score of every partner; S over all',
    )
    .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server')
    .action(async (file: string | undefined) => {
      const source = await openSpec(ctx, file);
      const { portfolio, file: name, warnings } = source;
      printWarnings(ctx, warnings);
      const report = await analysis(ctx, source, 'evaluate', {}, async () =>
        unwrap(await runHere(ctx, 'evaluate', portfolio, {}), 'cannot evaluate', name, ctx),
      );
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
