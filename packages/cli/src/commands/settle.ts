import {
  isIsoDate,
  Money,
  parseAgreementText,
  type Result,
  type SettleReport,
  settleAgreementText,
} from '@partnerfolio/core';
import { usageError } from '../errors.js';
import { renderTable } from '../format/table.js';
import { formatOf, readInput } from '../load.js';
import { type Register, unwrap } from './shared.js';

/** A date option: a calendar day written YYYY-MM-DD, or a usage error (exit 2). */
const parseDate = (name: string) => (value: string) => {
  if (!isIsoDate(value)) {
    throw usageError(`${name} must be a date written YYYY-MM-DD, not "${value}"`);
  }
  return value;
};

/** `settle FILE --from D --to D`: who owes whom under an agreement for a period. */
export const registerSettle: Register = (program, ctx, emit) => {
  program
    .command('settle')
    .description(
      'settle an agreement over a period: each term’s lines with their arithmetic, the balances and the transfers',
    )
    .argument('<file>', 'agreement file with its events (YAML or JSON)')
    .requiredOption(
      '--from <date>',
      'first day of the period (YYYY-MM-DD, inclusive)',
      parseDate('--from'),
    )
    .requiredOption(
      '--to <date>',
      'last day of the period (YYYY-MM-DD, inclusive)',
      parseDate('--to'),
    )
    .action((file: string, opts: { from: string; to: string }) => {
      if (ctx.remote) throw usageError('settle works on an agreement file; drop --server');
      const { from, to } = opts;
      if (from > to) throw usageError(`--from ${from} is after --to ${to}; give a period in order`);
      const { text, name } = readInput(file, ctx.io.cwd);
      const format = formatOf(name);
      // Validate first, so that a broken file and a period that cannot be settled (costs
      // but no usage to split them by) are told apart; both are exit 1.
      const parsed = parseAgreementText(text, { file: name, format });
      unwrap(parsed, `${name} is not a valid agreement file (${problems(parsed)})`, name);
      const result = settleAgreementText(text, { file: name, format, from, to });
      const report = unwrap(
        result,
        `${name}: cannot settle ${from} to ${to} (${problems(result)})`,
        name,
        ctx,
      );
      emit({ json: report, text: renderSettlement(report) });
    });
};

const problems = (result: Result<unknown>): string => {
  const n = result.ok ? 0 : result.issues.length;
  return `${n} problem${n === 1 ? '' : 's'}`;
};

/** Amounts as "60,000.00": the report's numbers are whole cents, exact as doubles. */
const money = (amount: number): string => Money.format(BigInt(Math.round(amount * 100)));

function renderSettlement(report: SettleReport): string {
  const { period } = report;
  const currency = report.currency === undefined ? '' : `, amounts in ${report.currency}`;
  const heading = `Settlement of ${report.agreement} from ${period.from} to ${period.to} (${report.events} event${report.events === 1 ? '' : 's'}${currency})\n\n`;
  const lines =
    report.lines.length === 0
      ? 'No terms fall due in this period.\n'
      : renderTable(
          [
            { header: 'term' },
            { header: 'party' },
            { header: 'amount', align: 'right' },
            { header: 'explanation' },
          ],
          report.lines.map((l) => [l.term, l.party, money(l.amount), l.explain]),
        );
  const balances = renderTable(
    [{ header: 'party' }, { header: 'balance', align: 'right' }],
    Object.entries(report.balances).map(([party, amount]) => [party, money(amount)]),
  );
  const transfers =
    report.transfers.length === 0
      ? 'Nothing to transfer.\n'
      : renderTable(
          [{ header: 'from' }, { header: 'to' }, { header: 'amount', align: 'right' }],
          report.transfers.map((t) => [t.from, t.to, money(t.amount)]),
        );
  return `${heading}${lines}\nBalances (positive: the party receives)\n${balances}\nTransfers\n${transfers}`;
}
