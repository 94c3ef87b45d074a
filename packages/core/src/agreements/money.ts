/**
 * Money: exact amounts (`Exact`) while computing, whole cents (`bigint`) once rounded.
 * Rounding happens once per amount, half away from zero; an amount shared among parties
 * is split by the largest-remainder method so that the parts add up to it exactly.
 */
import { cmp, type Exact, exact, floorParts, mul, parseExact, sign, sum } from './exact.js';

export type { Exact } from './exact.js';
/** `add`, `sub`, `mul` (an amount by a decimal share), `cmp`, `min`, `sum` are exact. */
export { add, cmp, min, mul, sub, sum } from './exact.js';

/** Whole cents: −1234n is −12.34. */
export type Cents = bigint;

/** A number (via its shortest decimal string), "12.50" or "1/3"; undefined if none. */
export const parse = (value: number | string): Exact | undefined => parseExact(value);

export const fromCents = (cents: Cents): Exact => exact(cents, 100n);

/** True when the amount is a whole number of cents (at most two decimals). */
export const isWholeCents = (amount: Exact): boolean => (amount.n * 100n) % amount.d === 0n;

/** Rounds to the cent, half away from zero (2.345 → 2.35, −2.345 → −2.35). */
export function roundCents(amount: Exact): Cents {
  const scaled = amount.n * 100n;
  const magnitude = scaled < 0n ? -scaled : scaled;
  let cents = magnitude / amount.d;
  if (2n * (magnitude % amount.d) >= amount.d) cents += 1n;
  return scaled < 0n ? -cents : cents;
}

/**
 * Splits `total` cents in proportion to `weights` (non-negative, not all zero) so that
 * the parts add up to `total` exactly: each part is its exact quota rounded down (in
 * magnitude), and the cents left over go one each to the largest remainders, ties to
 * the lower index (the party listed first).
 */
export function largestRemainderSplit(total: Cents, weights: readonly Exact[]): Cents[] {
  const totalWeight = sum(weights);
  if (weights.some((w) => sign(w) < 0) || sign(totalWeight) <= 0) {
    throw new RangeError('largestRemainderSplit needs non-negative weights with a positive sum');
  }
  const magnitude = total < 0n ? -total : total;
  const quotas = weights.map((w) =>
    floorParts(mul(exact(magnitude), exact(w.n * totalWeight.d, w.d * totalWeight.n))),
  );
  const parts = quotas.map((q) => q.floor);
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  const order = quotas
    .map((q, index) => ({ rest: q.rest, index }))
    .sort((a, b) => cmp(b.rest, a.rest) || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return total < 0n ? parts.map((p) => -p) : parts;
}

/** A JSON number for cents: exact for |cents| < 2^53 (the quotient is correctly rounded). */
export const toNumber = (cents: Cents): number => Number(cents) / 100;

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 6000000n → "60,000.00"; −5n → "-0.05". */
export function format(cents: Cents): string {
  const minus = cents < 0n ? '-' : '';
  const digits = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return `${minus}${group(digits.slice(0, -2))}.${digits.slice(-2)}`;
}

/**
 * Any exact value for reading: grouped, with as many decimals as it has (up to `places`;
 * a value that needs more ends in "…"). 1000000 → "1,000,000"; 1/3 → "0.333333…".
 */
export function formatExact(value: Exact, places = 6): string {
  const minus = value.n < 0n ? '-' : '';
  const magnitude = value.n < 0n ? -value.n : value.n;
  const scale = 10n ** BigInt(places);
  const scaled = (magnitude * scale) / value.d;
  const inexact = (magnitude * scale) % value.d !== 0n;
  const whole = group((scaled / scale).toString());
  const fraction = (scaled % scale).toString().padStart(places, '0').replace(/0+$/, '');
  const text = `${whole}${fraction === '' ? '' : `.${fraction}`}${inexact ? '…' : ''}`;
  return `${minus}${text}`;
}

/** A share as a percentage: 0.1 → "10%", 1/3 → "33.3333…%". */
export const formatPercent = (share: Exact): string =>
  `${formatExact(mul(share, exact(100n)), 4)}%`;
