/**
 * Milestones pay once: when the first event reporting one falls in the period. A later
 * report (a duplicate, or one after a period that already paid) pays nothing, and says so.
 */

import { type Message, message } from '../util/message.js';
import type { LedgerEvent } from './event-schema.js';
import { roundCents } from './money.js';
import { type CentLine, centLine } from './report.js';
import { exactOf } from './schema-parts.js';
import { moneyParam } from './settle-messages.js';
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
  const line = (party: string, cents: bigint, because: Message): CentLine =>
    centLine(name, 'milestone', party, cents, because);
  if (first < from) {
    const again = { id: term.id, dates: inPeriod.join(', '), first };
    return [line(term.payee, 0n, message('settle.milestone.again', again))];
  }
  const cents = roundCents(exactOf(term.amount));
  const reached =
    inPeriod.length > 1
      ? message('settle.milestone.reached_repeated', {
          id: term.id,
          date: first,
          times: inPeriod.length,
        })
      : message('settle.milestone.reached', { id: term.id, date: first });
  const amount = moneyParam(cents);
  return [
    line(
      term.payee,
      cents,
      message('settle.milestone.paid', { reached, payer: term.payer, amount }),
    ),
    line(
      term.payer,
      -cents,
      message('settle.milestone.pays', { reached, payee: term.payee, amount }),
    ),
  ];
}
