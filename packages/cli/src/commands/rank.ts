import type { RankCommandMethod } from '@partnerfolio/core/scores';
import { printWarnings } from '../context.js';
import { formatNumber, renderTable } from '../format/table.js';
import { runHere } from '../run-here.js';
import { analysis, openSpec } from '../source.js';
import { addEngineFlags, engineOptionsOf } from './engine-flags.js';
import { type Register, unwrap } from './shared.js';

const SCORE_HEADER: Record<RankCommandMethod, string> = {
  'weighted-sum': 'score',
  topsis: 'closeness',
  promethee: 'net flow φ',
  vikor: 'Q (lower is better)',
};

export const registerRank: Register = (program, ctx, emit) => {
  addEngineFlags(
    program
      .command('rank')
      .description(
        'rank the candidates by weighted sum, TOPSIS, PROMETHEE II or VIKOR; --sensitivity for weight-stability intervals',
      )
      .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server'),
    'rank',
  ).action(async (file: string | undefined, flags: Record<string, unknown>) => {
    const opts = engineOptionsOf('rank', flags);
    const source = await openSpec(ctx, file);
    const { portfolio, file: name, warnings } = source;
    printWarnings(ctx, warnings);
    const options = {
      method: opts.method,
      sensitivity: opts.sensitivity,
      ...(opts.method === 'vikor' && opts.v !== undefined ? { v: opts.v } : {}),
    };
    const report = await analysis(ctx, source, 'rank', options, async () =>
      unwrap(await runHere(ctx, 'rank', portfolio, opts), 'cannot rank', name, ctx),
    );
    const names = new Map(portfolio.partners.map((p) => [p.id, p.name]));
    let text = renderTable(
      [
        { header: 'rank', align: 'right' },
        { header: 'partner' },
        { header: 'name' },
        { header: SCORE_HEADER[opts.method], align: 'right' },
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
    if (report.method === 'vikor') {
      const a = report.acceptance;
      text += `\nCompromise: ${a.compromise.join(', ')} (acceptable advantage ${a.acceptableAdvantage ? 'yes' : 'no'}, DQ = ${formatNumber(a.dq, 4)}; acceptable stability ${a.acceptableStability ? 'yes' : 'no'})\n`;
    }
    emit({ json: report, text });
  });
};
