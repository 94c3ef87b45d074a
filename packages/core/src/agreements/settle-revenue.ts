/**
 * Revenue share: marginal tiers over the period's revenue R on one source. Each party
 * gets Σ share × (the part of R inside the tier's band), capped, rounded to the cent;
 * the collector pays what the parties get, so the term's lines add up to 0.
 */
import type { LedgerEvent } from './event-schema.js';
import { cmp, type Exact, min, sign, sub, sum, ZERO } from './exact.js';
import {
  type Cents,
  formatExact,
  format as formatMoney,
  formatPercent,
  isWholeCents,
  mul,
  roundCents,
} from './money.js';
import type { CentLine } from './report.js';
import { exactOf, ownEntry } from './schema-parts.js';
import type { RevenueShareTerm } from './terms-schema.js';

/** Whole cents as money ("600,000.00"); anything finer as it is. */
const moneyText = (amount: Exact): string =>
  isWholeCents(amount) ? formatMoney(roundCents(amount)) : formatExact(amount);

/** `10% × 600,000.00 (tier 0 – 1,000,000)` pieces and their exact sum. */
function tiered(term: RevenueShareTerm, party: string, revenue: Exact) {
  const pieces: string[] = [];
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
      const band = `${formatExact(lower)} – ${upper === undefined ? '∞' : formatExact(upper)}`;
      pieces.push(`${formatPercent(share)} × ${moneyText(portion)} (tier ${band})`);
    }
    if (upper === undefined || cmp(revenue, upper) <= 0) break;
    lower = upper;
  }
  return { pieces, amount: sum(amounts) };
}

/** The exact amount, and its rounding when it has fractions of a cent. */
const exactly = (amount: Exact): string =>
  isWholeCents(amount)
    ? formatMoney(roundCents(amount))
    : `${formatExact(amount)} ≈ ${formatMoney(roundCents(amount))}`;

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
  const line = (party: string, cents: Cents, explain: string): CentLine => ({
    term: name,
    kind: 'revenueShare',
    party,
    cents,
    explain,
  });
  const counted = `${formatMoney(roundCents(revenue))} of revenue on ${term.source} (${revenues.length} event${revenues.length === 1 ? '' : 's'})`;
  if (sign(revenue) <= 0) {
    return [line(term.collector, 0n, `${counted}: nothing to share`)];
  }
  const lines: CentLine[] = [];
  for (const party of parties) {
    const { pieces, amount } = tiered(term, party, revenue);
    if (pieces.length === 0) continue;
    const written = ownEntry(term.cap, party);
    const cap = written === undefined ? undefined : exactOf(written);
    const capped = cap !== undefined && cmp(amount, cap) > 0;
    const cents = roundCents(capped ? cap : amount);
    const explain = `${pieces.join(' + ')} = ${exactly(amount)}${capped ? `; capped at ${formatMoney(cents)}` : ''}`;
    if (cents !== 0n) lines.push(line(party, cents, explain));
  }
  if (lines.length === 0) return [line(term.collector, 0n, `${counted}: no share falls due`)];
  const paid = lines.reduce((total, l) => total + l.cents, 0n);
  const to = lines.map((l) => `${formatMoney(l.cents)} to ${l.party}`).join(' + ');
  const sumText = lines.length > 1 ? ` = ${formatMoney(paid)}` : '';
  return [...lines, line(term.collector, -paid, `pays the share of ${counted}: ${to}${sumText}`)];
}
