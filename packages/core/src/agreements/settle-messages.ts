/**
 * The codes of a settlement line's explanation (`SettleLine.because`) and their English,
 * which is the `explain` text the CLI prints. Money travels as exact decimal strings.
 */
import type { EnglishRenderer, ExactParam, MoneyParam, PercentParam } from '../util/message.js';
import type { Exact } from './exact.js';
import { type Cents, isWholeCents, roundCents } from './money.js';

/** Whole cents as a decimal string with two places: 6000000n → "60000.00". */
export function moneyParam(cents: Cents): MoneyParam {
  const minus = cents < 0n ? '-' : '';
  const digits = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return { money: `${minus}${digits.slice(0, -2)}.${digits.slice(-2)}` };
}

/** A terminating decimal when the value has one, the fraction "n/d" otherwise. */
export function exactText(x: Exact): string {
  let d = x.d;
  let places = 0;
  for (const p of [2n, 5n]) {
    while (d % p === 0n) d /= p;
  }
  if (d !== 1n) return `${x.n}/${x.d}`;
  while (10n ** BigInt(places) % x.d !== 0n) places += 1;
  const scaled = x.n * (10n ** BigInt(places) / x.d);
  const minus = scaled < 0n ? '-' : '';
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(places + 1, '0');
  return places === 0
    ? `${minus}${digits}`
    : `${minus}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

export const exactParam = (x: Exact): ExactParam => ({ exact: exactText(x) });
export const percentParam = (share: Exact): PercentParam => ({ percent: exactText(share) });

/** Whole cents as money ("600,000.00"); anything finer as the exact value. */
export const amountParam = (x: Exact): MoneyParam | ExactParam =>
  isWholeCents(x) ? moneyParam(roundCents(x)) : exactParam(x);

const events = (p: Parameters<EnglishRenderer>[0]) =>
  `${p.text('revenue')} of revenue on ${p.text('source')} (${p.text('events')} event${p.count('events') === 1 ? '' : 's'})`;
const reached = (p: Parameters<EnglishRenderer>[0]) => p.text('reached');

export const SETTLEMENT_ENGLISH = {
  'settle.revenue.nothing_to_share': (p) => `${events(p)}: nothing to share`,
  'settle.revenue.none_due': (p) => `${events(p)}: no share falls due`,
  'settle.revenue.tier': (p) =>
    `${p.text('share')} × ${p.text('portion')} (tier ${p.text('from')} – ${p.text('to')})`,
  'settle.revenue.tier_open': (p) =>
    `${p.text('share')} × ${p.text('portion')} (tier ${p.text('from')} – ∞)`,
  'settle.revenue.share': (p) => `${p.text('pieces')} = ${p.text('amount')}`,
  'settle.revenue.share_capped': (p) =>
    `${p.text('pieces')} = ${p.text('amount')}; capped at ${p.text('cap')}`,
  'settle.revenue.to_party': (p) => `${p.text('amount')} to ${p.text('party')}`,
  'settle.revenue.collector_pays': (p) => `pays the share of ${events(p)}: ${p.text('to')}`,
  'settle.revenue.collector_pays_total': (p) =>
    `pays the share of ${events(p)}: ${p.text('to')} = ${p.text('total')}`,
  'settle.amount.rounded': (p) => `${p.text('exact')} ≈ ${p.text('rounded')}`,
  'settle.cost.paid': (p) => `paid ${p.text('amount')} of ${p.text('pool')} costs`,
  'settle.cost.paid_times': (p) =>
    `paid ${p.text('amount')} of ${p.text('pool')} costs in ${p.text('payments')} payments`,
  'settle.cost.usage': (p) => `${p.text('units')} of ${p.text('all')} units (${p.text('share')})`,
  'settle.cost.charge': (p) =>
    `${p.text('basis')} of ${p.text('total')} ${p.text('pool')} costs = ${p.text('part')}`,
  'settle.cost.charge_allotted': (p) =>
    `${p.text('basis')} of ${p.text('total')} ${p.text('pool')} costs = ${p.text('part')} (exactly ${p.text('quota')}; cents allotted by largest remainder)`,
  'settle.milestone.again': (p) =>
    `milestone ${p.text('id')} reported again on ${p.text('dates')}, but it was reached on ${p.text('first')}, before this period, and pays once`,
  'settle.milestone.reached': (p) => `milestone ${p.text('id')} reached on ${p.text('date')}`,
  'settle.milestone.reached_repeated': (p) =>
    `milestone ${p.text('id')} reached on ${p.text('date')} (reported ${p.text('times')} times; pays once)`,
  'settle.milestone.paid': (p) => `${reached(p)}: paid by ${p.text('payer')}, ${p.text('amount')}`,
  'settle.milestone.pays': (p) => `${reached(p)}: pays ${p.text('payee')} ${p.text('amount')}`,
} as const satisfies Record<string, EnglishRenderer>;

export type SettlementMessageCode = keyof typeof SETTLEMENT_ENGLISH;

/** Every code a settlement line's `because` (or a message inside it) can carry. */
export const SETTLEMENT_MESSAGE_CODES = Object.keys(SETTLEMENT_ENGLISH) as SettlementMessageCode[];
