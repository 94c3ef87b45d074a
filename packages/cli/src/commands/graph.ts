import {
  describeFact,
  graphCriticalReport,
  graphGapsReport,
  graphRulesReport,
  matchReport,
  parseNeedText,
} from '@partnerfolio/core';
import { printWarnings } from '../context.js';
import { usageError } from '../errors.js';
import { formatNumber, renderTable } from '../format/table.js';
import { analysis, openSpec } from '../source.js';
import { parseIntOption, type Register, unwrap } from './shared.js';

const where = (domain: string | null): string => domain ?? '(any domain)';

/** `graph gaps`, `graph critical`, `graph rules` and `match`: the partner graph's questions. */
export const registerGraph: Register = (program, ctx, emit) => {
  const graph = program
    .command('graph')
    .description('the partner graph: coverage of needs by incumbents, critical partners');

  graph
    .command('gaps')
    .description('which needs the active partners cover, which are gaps, which hang on one partner')
    .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server')
    .option('--json', 'print one JSON document on stdout')
    .action(async (file: string | undefined) => {
      const source = await openSpec(ctx, file);
      printWarnings(ctx, source.warnings);
      const report = await analysis(ctx, source, 'gaps', {}, () =>
        unwrap(graphGapsReport(source.portfolio), 'cannot compute gaps', source.file, ctx),
      );
      const single = new Set(report.singlePoints.map((s) => `${s.capability}@${s.domain}`));
      let text = renderTable(
        [
          { header: 'capability' },
          { header: 'domain' },
          { header: 'have', align: 'right' },
          { header: 'min', align: 'right' },
          { header: 'providers' },
          { header: '' },
        ],
        report.needs.map((n) => [
          n.capability,
          where(n.domain),
          String(n.have),
          String(n.min),
          n.providers.join(', '),
          n.gap
            ? ctx.style.red('gap')
            : single.has(`${n.capability}@${n.domain}`)
              ? ctx.style.yellow('single point')
              : ctx.style.green('ok'),
        ]),
      );
      const gaps = report.needs.filter((n) => n.gap).length;
      text += `\n${gaps} of ${report.needs.length} needs are gaps; ${report.singlePoints.length} hang on a single partner.\n`;
      emit({ json: report, text });
    });

  graph
    .command('critical')
    .description(
      'incumbents ranked by the gaps their exit would open; concentration by kind and domain',
    )
    .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server')
    .option('--json', 'print one JSON document on stdout')
    .action(async (file: string | undefined) => {
      const source = await openSpec(ctx, file);
      printWarnings(ctx, source.warnings);
      const report = await analysis(ctx, source, 'critical', {}, () =>
        unwrap(
          graphCriticalReport(source.portfolio),
          'cannot rank critical partners',
          source.file,
          ctx,
        ),
      );
      let text = renderTable(
        [
          { header: 'partner' },
          { header: 'status' },
          { header: 'gaps on exit', align: 'right' },
          { header: 'needs served', align: 'right' },
          { header: 'would open' },
        ],
        report.critical.map((c) => [
          c.id,
          c.status,
          String(c.gapsOpened.length),
          String(c.needsServed.length),
          c.gapsOpened.map((n) => `${n.capability}@${where(n.domain)}`).join(', '),
        ]),
      );
      const c = report.concentration;
      const shares = (list: typeof c.byKind) =>
        list
          .filter((s) => s.count > 0)
          .map((s) => `${s.key} ${formatNumber(s.share, 2)}`)
          .join(', ');
      text += `\n${c.incumbents} incumbents. By kind: ${shares(c.byKind)} (HHI ${formatNumber(c.hhiKind, 3)}).`;
      text += `\nBy domain: ${shares(c.byDomain)} (HHI ${formatNumber(c.hhiDomain, 3)}).\n`;
      emit({ json: report, text });
    });

  graph
    .command('rules')
    .description(
      "the spec's rules on the running portfolio, or on a consortium (--selection): which fired and why",
    )
    .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server')
    .option('--selection <ids>', 'comma-separated partner ids to check instead of the incumbents')
    .option('--json', 'print one JSON document on stdout')
    .action(async (file: string | undefined, opts: { selection?: string }) => {
      const selection = opts.selection
        ?.split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const source = await openSpec(ctx, file);
      printWarnings(ctx, source.warnings);
      const report = await analysis(
        ctx,
        source,
        'rules/check',
        selection === undefined ? {} : { selection },
        () =>
          unwrap(
            graphRulesReport(source.portfolio, selection),
            'cannot check the rules',
            source.file,
            ctx,
          ),
      );
      let text = renderTable(
        [{ header: 'rule' }, { header: 'severity' }, { header: '' }, { header: 'why' }],
        report.evaluations.map((e) => [
          e.rule,
          e.severity,
          e.fired ? ctx.style.red('fired') : ctx.style.green('holds'),
          e.message ?? '',
        ]),
      );
      text += `
${report.blocked ? 'Blocked: a gate rule fired.' : 'No gate rule fired.'} Checked on ${report.selection.length} partners.\n`;
      emit({ json: report, text });
    });

  program
    .command('match')
    .description(
      'candidates for a need, ranked by criteria score, gap fill and graph proximity, with reasons',
    )
    .argument('[file]', 'portfolio spec (YAML or JSON); omit with --server')
    .requiredOption('--need <capability[@domain]>', 'the capability wanted, optionally in a domain')
    .option(
      '--top <k>',
      'how many candidates to list (default 10)',
      parseIntOption('--top', 1, 10000),
    )
    .action(async (file: string | undefined, opts: { need: string; top?: number }) => {
      const need = parseNeedText(opts.need);
      if (!need.ok) throw usageError(`--need: ${need.issues[0]?.message ?? 'not a need'}`);
      const source = await openSpec(ctx, file);
      printWarnings(ctx, source.warnings);
      const top = opts.top ?? 10;
      const report = await analysis(ctx, source, 'match', { need: opts.need, top }, () =>
        unwrap(matchReport(source.portfolio, opts.need, top), 'cannot match', source.file, ctx),
      );
      const n = report.need;
      let text = `${n.capability} in ${where(n.domain)}: ${n.have} of ${n.min} incumbent providers${
        n.providers.length > 0 ? ` (${n.providers.join(', ')})` : ''
      }${n.gap ? ', a gap' : ''}.\n\n`;
      report.candidates.forEach((c, i) => {
        text += `${i + 1}. ${c.id} (${c.name}): ${formatNumber(c.score, 3)}  = criteria ${formatNumber(c.parts.criteria, 3)}, gap fill ${formatNumber(c.parts.gapFill, 3)}, proximity ${formatNumber(c.parts.proximity, 3)}\n`;
        for (const f of c.facts) text += `     - ${describeFact(f)}\n`;
      });
      if (report.candidates.length === 0) text += 'No candidate offers this capability.\n';
      if (report.excluded.length > 0) {
        text += `\nNever proposed: ${report.excluded.map((e) => `${e.id} (${e.reason})`).join(', ')}\n`;
      }
      emit({ json: report, text });
    });
};
