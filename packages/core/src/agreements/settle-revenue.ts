/**
 * Revenue share: marginal tiers over the period's revenue R on one source. Each party
 * gets Σ share × (the part of R inside the tier's band), capped, rounded to the cent;
 * the collector pays what the parties get, so the term's lines add up to 0.
 */

import { type Message, type MessageParam, message } from '../util/message.js';
import type { LedgerEvent } from './event-schema.js';
import { cmp, type Exact, min, sign, sub, sum, ZERO } from './exact.js';
import { type Cents, isWholeCents, mul, roundCents } from './money.js';
import { type CentLine, centLine } from './report.js';
import { exactOf, ownEntry } from './schema-parts.js';
import { amountParam, exactParam, moneyParam, percentParam } from './settle-messages.js';
import type { RevenueShareTerm } from './terms-schema.js';

/** `10% × 600,000.00 (tier 0 – 1,000,000)` pieces and their exact sum. */
function tiered(term: RevenueShareTerm, party: string, revenue: Exact) {
  const pieces: Message[] = [];
  const amounts: Exact[] = [];
  let lower = ZERO;
  for (const tier of term.tiers) {
    const upper = tier.upTo === null ? undefined : exactOf(tier.upTo);
    const top = upper === undefined ? revenue : min(revenue, upper);
    const portion = sub(top, lower);
    const written = ownEntry(tier.shares, party);
    if (sign(portion) > 0 && written !== undefined && sign(exactOf(written)) > 0) {
      const share = exactOf(written);
      amounts.push(mul(share, portion));
      const piece = {
        share: percentParam(share),
        portion: amountParam(portion),
        from: exactParam(lower),
      };
      pieces.push(
        upper === undefined
          ? message('settle.revenue.tier_open', piece)
          : message('settle.revenue.tier', { ...piece, to: exactParam(upper) }),
      );
    }
    if (upper === undefined || cmp(revenue, upper) <= 0) break;
    lower = upper;
  }
  return { pieces, amount: sum(amounts) };
}

/** The exact amount, and its rounding when it has fractions of a cent. */
const exactly = (amount: Exact): MessageParam =>
  isWholeCents(amount)
    ? moneyParam(roundCents(amount))
    : message('settle.amount.rounded', {
        exact: exactParam(amount),
        rounded: moneyParam(roundCents(amount)),
      });

export function settleRevenueShare(
  term: RevenueShareTerm,
  name: string,
  parties: readonly string[],
  events: readonly LedgerEvent[],
): CentLine[] {
  const revenues = events.flatMap((e) =>
    e.kind === 'revenue' && e.source === term.source ? [exactOf(e.amount)] : [],
  );
  if (revenues.length === 0) return [];
  const revenue = sum(revenues);
  const line = (party: string, cents: Cents, because: Message): CentLine =>
    centLine(name, 'revenueShare', party, cents, because);
  const counted = {
    revenue: moneyParam(roundCents(revenue)),
    source: term.source,
    events: revenues.length,
  };
  if (sign(revenue) <= 0) {
    return [line(term.collector, 0n, message('settle.revenue.nothing_to_share', counted))];
  }
  const lines: CentLine[] = [];
  for (const party of parties) {
    const { pieces, amount } = tiered(term, party, revenue);
    if (pieces.length === 0) continue;
    const written = ownEntry(term.cap, party);
    const cap = written === undefined ? undefined : exactOf(written);
    const capped = cap !== undefined && cmp(amount, cap) > 0;
    const cents = roundCents(capped ? cap : amount);
    const shared = { pieces: { list: pieces, join: 'sum' as const }, amount: exactly(amount) };
    const because = capped
      ? message('settle.revenue.share_capped', { ...shared, cap: moneyParam(cents) })
      : message('settle.revenue.share', shared);
    if (cents !== 0n) lines.push(line(party, cents, because));
  }
  if (lines.length === 0) {
    return [line(term.collector, 0n, message('settle.revenue.none_due', counted))];
  }
  const paid = lines.reduce((total, l) => total + l.cents, 0n);
  const to = lines.map((l) =>
    message('settle.revenue.to_party', { amount: moneyParam(l.cents), party: l.party }),
  );
  const pays = { ...counted, to: { list: to, join: 'sum' as const } };
  const because =
    lines.length > 1
      ? message('settle.revenue.collector_pays_total', { ...pays, total: moneyParam(paid) })
      : message('settle.revenue.collector_pays', pays);
  return [...lines, line(term.collector, -paid, because)];
}
