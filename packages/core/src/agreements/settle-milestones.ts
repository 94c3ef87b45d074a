/**
 * Milestones pay once: when the first event reporting one falls in the period. A later
 * report (a duplicate, or one after a period that already paid) pays nothing, and says so.
 */
import type { LedgerEvent } from './event-schema.js';
import { format as formatMoney, roundCents } from './money.js';
import type { CentLine } from './report.js';
import { exactOf } from './schema-parts.js';
import type { MilestoneTerm } from './terms-schema.js';

export function settleMilestone(
  term: MilestoneTerm,
  name: string,
  allEvents: readonly LedgerEvent[],
  from: string,
  to: string,
): CentLine[] {
  const dates = allEvents
    .flatMap((e) => (e.kind === 'milestone' && e.id === term.id ? [e.date] : []))
    .sort();
  const inPeriod = dates.filter((d) => d >= from && d <= to);
  const [first] = dates;
  if (first === undefined || inPeriod.length === 0) return [];
  const line = (party: string, cents: bigint, explain: string): CentLine => ({
    term: name,
    kind: 'milestone',
    party,
    cents,
    explain,
  });
  if (first < from) {
    const explain = `milestone ${term.id} reported again on ${inPeriod.join(', ')}, but it was reached on ${first}, before this period, and pays once`;
    return [line(term.payee, 0n, explain)];
  }
  const cents = roundCents(exactOf(term.amount));
  const again = inPeriod.length > 1 ? ` (reported ${inPeriod.length} times; pays once)` : '';
  const reached = `milestone ${term.id} reached on ${first}${again}`;
  return [
    line(term.payee, cents, `${reached}: paid by ${term.payer}, ${formatMoney(cents)}`),
    line(term.payer, -cents, `${reached}: pays ${term.payee} ${formatMoney(cents)}`),
  ];
}
