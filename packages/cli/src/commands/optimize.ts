import { CVAR_DEFAULTS, type OptimizeResult, type Portfolio } from '@partnerfolio/core';
import { type CommandContext, printWarnings } from '../context.js';
import { formatNumber, formatPercent, renderTable } from '../format/table.js';
import { runHere } from '../run-here.js';
import { analysis, openSpec } from '../source.js';
import { addEngineFlags, engineOptionsOf } from './engine-flags.js';
import { parseFiniteNumber, parseIntOption, type Register, unwrap } from './shared.js';

export const registerOptimize: Register = (program, ctx, emit) => {
  addEngineFlags(
    program
      .command('optimize')
      .description(
        'the best partner portfolio under the spec’s resources and rules (MILP on HiGHS)',
      )
      .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server'),
    'optimize',
  )
    .option(
      '--max-cvar <floor>',
      'keep the 5% CVaR of S over sampled scenarios at or above this floor (overrides constraints.cvar)',
      parseFiniteNumber('--max-cvar'),
    )
    .option(
      '--scenarios <n>',
      'scenarios for the CVaR floor (default: the spec’s, else 1000)',
      parseIntOption('--scenarios', 20, 20_000),
    )
    .option(
      '--seed <s>',
      'seed of the CVaR scenarios (default: the spec’s, else 1)',
      parseIntOption('--seed', 0),
    )
    .action(async (file: string | undefined, flags: OptimizeFlags) => {
      const opts = { ...flags, ...engineOptionsOf('optimize', flags) };
      prefetchSolver(ctx);
      const source = await openSpec(ctx, file);
      const { file: name, warnings } = source;
      const portfolio = withCvarFlags(source.portfolio, opts);
      printWarnings(ctx, warnings);
      const { explain, timeLimit } = opts;
      const result = await analysis(ctx, source, 'optimize', { explain, timeLimit }, () =>
        solvePortfolio(ctx, portfolio, name, { timeLimit, explain }),
      );
      emit({ json: result, text: renderOptimize(ctx, portfolio, result) });
    });
};

/** The CLI's own flags beside the engine's: a CVaR floor over the spec's. */
interface OptimizeFlags {
  readonly maxCvar?: number;
  readonly scenarios?: number;
  readonly seed?: number;
}

/** `--max-cvar` (with `--scenarios`, `--seed`) sets or overrides the spec's `constraints.cvar`. */
function withCvarFlags(portfolio: Portfolio, opts: OptimizeFlags): Portfolio {
  const given = portfolio.constraints.cvar;
  if (opts.maxCvar === undefined && given === undefined) return portfolio;
  const floor = opts.maxCvar ?? given?.floor ?? 0;
  const cvar = {
    floor,
    level: given?.level ?? CVAR_DEFAULTS.level,
    scenarios: opts.scenarios ?? given?.scenarios ?? CVAR_DEFAULTS.scenarios,
    seed: opts.seed ?? given?.seed ?? CVAR_DEFAULTS.seed,
  };
  return { ...portfolio, constraints: { ...portfolio.constraints, cvar } };
}

/**
 * Starts loading HiGHS before the spec is read: its WebAssembly compiles on V8's
 * background threads while this one parses the file. A failed load is reported where the
 * solver is awaited.
 */
export function prefetchSolver(ctx: CommandContext): void {
  if (ctx.remote === undefined) ctx.solver().catch(() => {});
}

export async function solvePortfolio(
  ctx: CommandContext,
  portfolio: Portfolio,
  file: string,
  options: { timeLimit: number; explain: boolean },
): Promise<OptimizeResult> {
  return unwrap(await runHere(ctx, 'optimize', portfolio, options), 'cannot optimize', file, ctx);
}

export function renderOptimize(
  ctx: CommandContext,
  portfolio: Portfolio,
  r: OptimizeResult,
): string {
  const { style } = ctx;
  const lines: string[] = [];
  if (r.status === 'infeasible') {
    lines.push(
      style.red('No portfolio satisfies every rule.'),
      'These constraints conflict (relax any one of them):',
    );
    for (const c of r.conflicts ?? []) lines.push(`  • ${style.bold(c.constraint)}: ${c.message}`);
    return `${lines.join('\n')}\n`;
  }
  const proven = r.status === 'optimal' ? style.green('optimal') : style.yellow(r.status);
  lines.push(
    `${proven}: objective (${portfolio.objective}) = ${style.bold(formatNumber(r.objective))}${portfolio.unit ? ` ${portfolio.unit}` : ''}, gap ${r.gap === null ? '—' : formatPercent(r.gap)}`,
  );
  const byId = new Map(portfolio.partners.map((p) => [p.id, p]));
  lines.push(`\nSelected ${r.selected.length} of ${portfolio.partners.length}:`);
  lines.push(
    renderTable(
      [{ header: 'partner' }, { header: 'name' }, { header: 'kind' }],
      r.selected.map((id) => [id, byId.get(id)?.name ?? '', byId.get(id)?.kind ?? '']),
    ).trimEnd(),
  );
  const resources = Object.entries(r.resources);
  if (resources.length > 0) {
    lines.push('\nResources:');
    for (const [id, { used, capacity }] of resources) {
      const share = capacity > 0 ? used / capacity : 0;
      const filled = Math.round(Math.min(1, share) * 20);
      lines.push(
        `  ${id.padEnd(12)} ${'█'.repeat(filled)}${'░'.repeat(20 - filled)} ${formatNumber(used)} / ${formatNumber(capacity)}`,
      );
    }
  }
  if (r.regret) {
    lines.push('\nRegret (objective lost by forcing the opposite choice):');
    lines.push(
      renderTable(
        [
          { header: 'partner' },
          { header: 'selected' },
          { header: 'regret', align: 'right' },
          { header: 'note' },
        ],
        r.regret.map((g) => [g.id, g.selected ? 'yes' : 'no', formatNumber(g.regret), g.message]),
      ).trimEnd(),
    );
  }
  return `${lines.join('\n')}\n`;
}
