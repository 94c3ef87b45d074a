import { ENGINE_DEFAULTS, rank } from '@partnerfolio/core';
import { printWarnings } from '../context.js';
import { formatNumber, formatPercent, renderTable } from '../format/table.js';
import { loadSpec } from '../load.js';
import { renderOptimize, solvePortfolio } from './optimize.js';
import { type Register, unwrap } from './shared.js';
import { simulatePortfolio } from './simulate.js';

/** `analyze FILE`: the whole first pass over a portfolio — what `npm start` shows. */
export const registerAnalyze: Register = (program, ctx, emit) => {
  program
    .command('analyze')
    .description('the full analysis of a portfolio: ranking, optimal portfolio, and its risk')
    .argument('<file>', 'portfolio spec (YAML or JSON)')
    .action(async (file: string) => {
      const { portfolio, file: name, warnings } = loadSpec(file, ctx.io.cwd);
      printWarnings(ctx, warnings);
      const { style } = ctx;
      const ranking = unwrap(rank(portfolio, { method: 'weighted-sum' }), 'cannot rank', name);
      const best = await solvePortfolio(ctx, portfolio, name, {
        timeLimit: ENGINE_DEFAULTS.timeLimit,
        explain: false,
      });
      const risk =
        best.status === 'infeasible'
          ? null
          : await simulatePortfolio(ctx, portfolio, name, {
              scenarios: ENGINE_DEFAULTS.scenarios,
              seed: ENGINE_DEFAULTS.seed,
              selected: best.selected,
            });
      const top = ranking.ranking.slice(0, 10);
      const names = new Map(portfolio.partners.map((p) => [p.id, p.name]));
      let text = `${style.bold(portfolio.organization || name)}: ${portfolio.partners.length} candidates, ${portfolio.criteria.length} criteria\n\n`;
      text += `${style.bold('1. Ranking')} (weighted sum, top ${top.length})\n`;
      text += renderTable(
        [
          { header: 'rank', align: 'right' },
          { header: 'partner' },
          { header: 'name' },
          { header: 'score', align: 'right' },
        ],
        top.map((r) => [String(r.rank), r.id, names.get(r.id) ?? '', formatNumber(r.score)]),
      );
      text += `\n${style.bold('2. Optimal portfolio')}\n${renderOptimize(ctx, portfolio, best)}`;
      if (risk) {
        const s = risk;
        text += `\n${style.bold('3. Risk')} (${formatNumber(s.scenarios)} scenarios, seed ${ENGINE_DEFAULTS.seed})\n`;
        text += `S: mean ${formatNumber(s.mean)}, sd ${formatNumber(s.sd)}, 90% between ${formatNumber(s.p5)} and ${formatNumber(s.p95)}; P(S<0) = ${formatPercent(s.probLoss)}; CVaR 5% = ${formatNumber(s.cvar5)}\n`;
      }
      emit({
        json: {
          ranking,
          optimize: best,
          simulation: risk,
        },
        text,
      });
    });
};
