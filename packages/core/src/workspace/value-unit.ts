/**
 * The workspace's value unit (`unit` in the spec: "USD k", "EUR thousand", "CNY 10k",
 * "points") and the one rule for meeting the ledger: agreements and their ledger hold
 * amounts in a currency in whole units (the agreement's `currency`; none named: the
 * workspace's own), while plans, estimates and reviews are in the workspace's unit. A
 * ledger amount converts to the unit when the currencies match (÷ the unit's scale); a
 * workspace in points, in an unknown unit, or an agreement in another currency cannot be
 * compared, and says so as a message (never a wrong number). A workspace with no unit
 * stated takes ledger amounts as they are.
 */
import { type Message, message } from '../util/message.js';

export type ValueUnit =
  | {
      readonly kind: 'money';
      readonly text: string;
      readonly currency: string;
      readonly scale: number;
    }
  | { readonly kind: 'points'; readonly text: string }
  | { readonly kind: 'unstated'; readonly text: string }
  | { readonly kind: 'unknown'; readonly text: string };

const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  thousands: 1e3,
  '000': 1e3,
  千: 1e3,
  '10k': 1e4,
  万: 1e4,
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  百万: 1e6,
  '100m': 1e8,
  亿: 1e8,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
};
const SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const POINTS = new Set(['points', 'point', 'pts', 'pt', 'score', 'scores', '分']);

/** Reads a spec's `unit`: a currency and a scale, points, nothing stated, or unknown. */
export function parseValueUnit(text: string): ValueUnit {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'unstated', text: trimmed };
  if (POINTS.has(trimmed.toLowerCase())) return { kind: 'points', text: trimmed };
  // "USD k", "k EUR", "USD thousand", "CNY 10k", "USDk", "$m", "EUR 千".
  const words = trimmed
    .replace(/^([A-Za-z]{3}|[$€£])(?=(k|m|mn|bn|10k|千|万|百万|亿)$)/i, '$1 ')
    .replace(/^([$€£])(?=\S)/, '$1 ')
    .split(/\s+/);
  let currency: string | undefined;
  let scale = 1;
  let scaled = false;
  for (const word of words) {
    const lower = word.toLowerCase();
    const factor = SCALES[lower];
    if (factor !== undefined && !scaled) {
      scale = factor;
      scaled = true;
    } else if (currency === undefined && /^[A-Za-z]{3}$/.test(word)) {
      currency = word.toUpperCase();
    } else if (currency === undefined && SYMBOLS[word] !== undefined) {
      currency = SYMBOLS[word];
    } else {
      return { kind: 'unknown', text: trimmed };
    }
  }
  if (currency === undefined) return { kind: 'unknown', text: trimmed };
  return { kind: 'money', text: trimmed, currency, scale };
}

/** How a ledger in one currency reads in the unit: a divisor, or why it cannot. */
export type LedgerConversion =
  | { readonly ok: true; readonly scale: number }
  | { readonly ok: false; readonly because: Message };

/**
 * The one rule where plan and ledger meet. `currency` is the agreement's (absent: the
 * workspace's own currency).
 */
export function ledgerConversion(unit: ValueUnit, currency: string | undefined): LedgerConversion {
  switch (unit.kind) {
    case 'unstated':
      return { ok: true, scale: 1 };
    case 'points':
      return { ok: false, because: message('unit.incomparable.points', { unit: unit.text }) };
    case 'unknown':
      return { ok: false, because: message('unit.incomparable.unknown', { unit: unit.text }) };
    case 'money':
      if (currency !== undefined && currency.toUpperCase() !== unit.currency) {
        return {
          ok: false,
          because: message('unit.incomparable.currency', { unit: unit.text, currency }),
        };
      }
      return { ok: true, scale: unit.scale };
  }
}

/** Whole cents of the ledger's currency as an amount in the unit, exact to the cent. */
export function centsInUnit(cents: number, scale: number): number {
  const decimals = 2 + Math.round(Math.log10(scale));
  return Number((cents / (100 * scale)).toFixed(Math.max(2, Math.min(decimals, 12))));
}

/** An amount in the unit as whole cents of the ledger's currency. */
export const unitToCents = (amount: number, scale: number): number =>
  Math.round(amount * scale * 100);

/** The divisor from the ledger's currency to the unit (1 when the unit is not money). */
export const unitScale = (unit: ValueUnit | undefined): number =>
  unit?.kind === 'money' ? unit.scale : 1;

/** An amount in the unit rounded to a cent of the ledger's currency. */
export const roundInUnit = (amount: number, scale: number): number =>
  centsInUnit(unitToCents(amount, scale), scale);

/** A ledger amount (whole currency units) in the unit, or why it cannot be compared. */
export function ledgerAmountInUnit(
  amount: number,
  unit: ValueUnit,
  currency?: string,
):
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly because: Message } {
  const conversion = ledgerConversion(unit, currency);
  if (!conversion.ok) return conversion;
  return { ok: true, value: centsInUnit(Math.round(amount * 100), conversion.scale) };
}

/** The English of the unit messages (messages/english.ts gathers every family). */
export const UNIT_ENGLISH = {
  'unit.incomparable.points': (p: { text(name: string): string }) =>
    `the workspace's value unit is ${p.text('unit')}, not money: the ledger's amounts cannot be compared with it`,
  'unit.incomparable.unknown': (p: { text(name: string): string }) =>
    `the workspace's value unit "${p.text('unit')}" names no currency: the ledger's amounts cannot be compared with it (write it as a currency and a scale, e.g. "USD k")`,
  'unit.incomparable.currency': (p: { text(name: string): string }) =>
    `the ledger is in ${p.text('currency')} and the workspace's value unit is ${p.text('unit')}: amounts in different currencies are not converted`,
} as const;
