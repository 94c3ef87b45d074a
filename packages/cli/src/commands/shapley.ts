import { type Issue, parseGameOrSpecText, type ShapleyReport } from '@partnerfolio/core';
import { type EngineOptions, runShapleyGame } from '@partnerfolio/core/commands';
import type { CommandContext } from '../context.js';
import { usageError } from '../errors.js';
import { formatNumber, renderTable } from '../format/table.js';
import { formatOf, readInput } from '../load.js';
import { runHere } from '../run-here.js';
import { analysis, openSpec } from '../source.js';
import { addEngineFlags, engineOptionsOf } from './engine-flags.js';
import { type Register, unwrap } from './shared.js';

export const registerShapley: Register = (program, ctx, emit) => {
  addEngineFlags(
    program
      .command('shapley')
      .description(
        'fair shares: the Shapley value of a game file, or of a spec’s selected partners, and whether it is in the core',
      )
      .argument('[file]', 'game file or portfolio spec (YAML or JSON); omit with --server'),
    'shapley',
  ).action(async (file: string | undefined, flags: object) => {
    const opts = engineOptionsOf('shapley', flags);
    const result = ctx.remote ? await onServer(ctx, opts) : await locally(ctx, file, opts);
    const { style } = ctx;
    const total = Object.values(result.shapley).reduce((a, b) => a + b, 0);
    const rows = result.players.map((p) => {
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
    emit({ json: result, text: text2 });
  });
};

type ShapleyOptions = EngineOptions<'shapley'>;

async function locally(
  ctx: CommandContext,
  file: string | undefined,
  opts: ShapleyOptions,
): Promise<ShapleyReport> {
  if (file === undefined)
    throw usageError("missing required argument 'file' (or use --server URL --token T)");
  const { text, name } = readInput(file, ctx.io.cwd);
  const parsed = unwrap(
    parseGameOrSpecText(text, { file: name, format: formatOf(name) }),
    `${name} is neither a valid game file nor a valid portfolio spec`,
    name,
  );
  // Through core's command table: a spec runs the table's `shapley` (its selected
  // partners' synergy game); a game file the same options on its own players.
  if (parsed.kind === 'game') {
    const report = await runShapleyGame(parsed.game, opts, { solver: ctx.solver });
    return unwrap(report, 'cannot analyse the game', name, ctx);
  }
  const report = await runHere(ctx, 'shapley', parsed.portfolio, opts);
  return unwrap(report, report.ok ? '' : failedStep(report.issues), name, ctx);
}

/** Which of the runner's steps stopped it, in the words the command has always used. */
function failedStep(issues: readonly Issue[]): string {
  if (issues.some((i) => i.path[0] === 'selected')) return 'cannot build the game';
  if (issues.some((i) => i.code === 'infeasible')) return 'cannot choose the players';
  return 'cannot analyse the game';
}

/** On a server the game is always the workspace's portfolio game. */
async function onServer(ctx: CommandContext, opts: ShapleyOptions): Promise<ShapleyReport> {
  const source = await openSpec(ctx, undefined);
  const { samples, seed, selected } = opts;
  return analysis(
    ctx,
    source,
    'shapley',
    { seed, ...(samples === undefined ? {} : { samples }), ...(selected ? { selected } : {}) },
    () => {
      throw usageError('unreachable: shapley on a server without --server');
    },
  );
}
