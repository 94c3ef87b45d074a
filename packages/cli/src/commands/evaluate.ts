import { printWarnings } from '../context.js';
import { formatNumber, formatPercent, renderTable } from '../format/table.js';
import { runHere } from '../run-here.js';
import { analysis, openSpec } from '../source.js';
import { addEngineFlags, engineOptionsOf } from './engine-flags.js';
import { type Register, unwrap } from './shared.js';

export const registerEvaluate: Register = (program, ctx, emit) => {
  addEngineFlags(
    program
      .command('evaluate')
      .description(
        'expected cost, return, net contribution N = R − C and score of every partner; S over all, with P(S<0), CVaR 5% and what the risks cost',
      )
      .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server'),
    'evaluate',
  ).action(async (file: string | undefined, flags: Record<string, unknown>) => {
    const options = engineOptionsOf('evaluate', flags);
    const source = await openSpec(ctx, file);
    const { portfolio, file: name, warnings } = source;
    printWarnings(ctx, warnings);
    const report = await analysis(ctx, source, 'evaluate', options, async () =>
      unwrap(await runHere(ctx, 'evaluate', portfolio, options), 'cannot evaluate', name, ctx),
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
    const model = portfolio.netModel === 'seed' ? 'N = R − αC − βR (netModel: seed)' : 'N = R − C';
    const figures = (f: { probLoss: number; cvar5: number }) =>
      `P(S<0) ${formatPercent(f.probLoss)}, CVaR 5% ${formatNumber(f.cvar5)}`;
    const risks = report.risks;
    const riskLine =
      risks === undefined
        ? ''
        : `risks: ${risks.count} events cost ${formatNumber(risks.expectedLoss)}${unit} of expected S; without them S = ${formatNumber(risks.without.S)}, ${figures(risks.without)}\n`;
    const withRisks = risks === undefined ? '' : ', risk events included';
    emit({
      json: report,
      text:
        `${table}\n${model}; S over all ${partners.length} partners (synergies and overhead included${withRisks}) = ${ctx.style.bold(formatNumber(S))}${unit}\n` +
        `${figures(report)} (${formatNumber(report.scenarios)} scenarios, seed ${report.seed})\n` +
        riskLine,
    });
  });
};
