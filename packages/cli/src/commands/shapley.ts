import {
  analyzeGame,
  createRng,
  expectedValue,
  type GameDefinition,
  lpSolveFrom,
  netOf,
  type Portfolio,
  parseGameOrSpecText,
} from '@partnerfolio/core';
import { type CommandContext, printWarnings } from '../context.js';
import { inputError } from '../errors.js';
import { formatNumber, renderTable } from '../format/table.js';
import { formatOf, readInput } from '../load.js';
import { DEFAULT_TIME_LIMIT, solvePortfolio } from './optimize.js';
import { parseIdList, parseIntOption, type Register, unwrap } from './shared.js';

export const registerShapley: Register = (program, ctx, emit) => {
  program
    .command('shapley')
    .description(
      'fair shares: the Shapley value of a game file, or of a spec’s selected partners, and whether it is in the core',
    )
    .argument('<file>', 'game file or portfolio spec (YAML or JSON)')
    .option(
      '--samples <n>',
      'permutations when the game is too large to solve exactly',
      parseIntOption('--samples', 100, 1e8),
    )
    .option('--seed <s>', 'random seed for sampling', parseIntOption('--seed', 0, 2 ** 32 - 1), 1)
    .option(
      '--selected <ids>',
      'for a spec: the partners that play (default: the optimal portfolio)',
      parseIdList,
    )
    .action(async (file: string, opts: { samples?: number; seed: number; selected?: string[] }) => {
      const { text, name } = readInput(file, ctx.io.cwd);
      const parsed = unwrap(
        parseGameOrSpecText(text, { file: name, format: formatOf(name) }),
        `${name} is neither a valid game file nor a valid portfolio spec`,
        name,
      );
      const game =
        parsed.kind === 'game'
          ? parsed.game
          : await portfolioGame(ctx, parsed.portfolio, name, opts.selected);
      const solver = await ctx.solver();
      const analysis = await analyzeGame(game, {
        lp: lpSolveFrom(solver),
        rng: createRng(opts.seed),
        ...(opts.samples === undefined ? {} : { samples: opts.samples }),
      });
      const result = unwrap(analysis, 'cannot analyse the game', name);
      printWarnings(ctx, analysis.ok ? analysis.warnings : []);
      const { style } = ctx;
      const total = Object.values(result.shapley).reduce((a, b) => a + b, 0);
      const rows = game.players.map((p) => {
        const ci = result.ci?.[p];
        return [
          p,
          formatNumber(result.shapley[p]),
          total !== 0 ? `${((100 * (result.shapley[p] ?? 0)) / total).toFixed(1)}%` : '—',
          ci ? `${formatNumber(ci[0])} – ${formatNumber(ci[1])}` : '',
        ];
      });
      const yesNo = (b: boolean | null): string =>
        b === null ? 'unknown' : b ? style.green('yes') : style.red('no');
      const text2 =
        renderTable(
          [
            { header: 'player' },
            { header: result.type === 'cost' ? 'cost share' : 'Shapley value', align: 'right' },
            { header: 'share', align: 'right' },
            { header: result.exact ? '' : '95% CI', align: 'right' },
          ],
          rows,
        ) +
        `\n${result.exact ? 'exact' : `estimated from ${formatNumber(result.samples ?? 0)} random orders`}; core non-empty: ${yesNo(result.core.nonEmpty)}, Shapley value in the core: ${yesNo(result.core.shapleyInCore)}${result.core.reason ? ` (${result.core.reason})` : ''}\n`;
      emit({ json: { players: game.players, ...result }, text: text2 });
    });
};

/** The synergy game of a portfolio's selected partners: v(T) = Σ_{i∈T} N_i + Σ_{i<j∈T} s_ij. */
async function portfolioGame(
  ctx: CommandContext,
  portfolio: Portfolio,
  file: string,
  selected?: readonly string[],
): Promise<GameDefinition> {
  let players = selected;
  if (players === undefined) {
    const best = await solvePortfolio(ctx, portfolio, file, {
      timeLimitSec: DEFAULT_TIME_LIMIT,
      explain: false,
    });
    if (best.status === 'infeasible')
      throw inputError(
        `${file}: no portfolio satisfies the constraints; pass --selected to choose the players`,
      );
    players = best.selected;
  }
  const byId = new Map(portfolio.partners.map((p) => [p.id, p]));
  const index = new Map(players.map((id, i) => [id, i]));
  const net = players.map((id) => {
    const partner = byId.get(id);
    if (!partner) throw inputError(`--selected: ${file} has no partner "${id}"`);
    return netOf(partner, portfolio.netModel).net;
  });
  const synergies = portfolio.synergies.flatMap((s) => {
    const i = index.get(s.between[0]);
    const j = index.get(s.between[1]);
    return i === undefined || j === undefined ? [] : [{ i, j, value: expectedValue(s.value) }];
  });
  return { kind: 'synergy', players: [...players], net, synergies };
}
