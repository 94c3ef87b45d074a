/**
 * Exact rational numbers on BigInt. Money must add up to the cent, and binary floating
 * point cannot even hold 0.1, so every amount and share is computed as a fraction n/d.
 * A number from a file enters through its shortest decimal string (`String(0.1)` is
 * "0.1"): what the user wrote is what is computed with.
 */
export interface Exact {
  /** Numerator; the sign lives here. */
  readonly n: bigint;
  /** Denominator, always positive and coprime with `n`. */
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function exact(n: bigint, d = 1n): Exact {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO = exact(0n);
export const ONE = exact(1n);

export const add = (a: Exact, b: Exact): Exact => exact(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Exact, b: Exact): Exact => exact(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Exact, b: Exact): Exact => exact(a.n * b.n, a.d * b.d);
export const div = (a: Exact, b: Exact): Exact => exact(a.n * b.d, a.d * b.n);
export const neg = (a: Exact): Exact => ({ n: -a.n, d: a.d });
export const sign = (a: Exact): -1 | 0 | 1 => (a.n < 0n ? -1 : a.n > 0n ? 1 : 0);
export const cmp = (a: Exact, b: Exact): -1 | 0 | 1 => sign(sub(a, b));
export const min = (a: Exact, b: Exact): Exact => (cmp(a, b) <= 0 ? a : b);
export const sum = (xs: Iterable<Exact>): Exact => {
  let total = ZERO;
  for (const x of xs) total = add(total, x);
  return total;
};

/** The integer part towards −∞ and the non-negative rest below 1. */
export function floorParts(a: Exact): { floor: bigint; rest: Exact } {
  let q = a.n / a.d;
  if (a.n < 0n && q * a.d !== a.n) q -= 1n;
  return { floor: q, rest: exact(a.n - q * a.d, a.d) };
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** "12.5", "-3e-7", ".5" → exact; undefined for anything else. */
function parseDecimal(text: string): Exact | undefined {
  const match = DECIMAL.exec(text);
  if (match === null) return undefined;
  const [, minus = '', whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  const power = Number(exponent) - fraction.length;
  // A bound on the exponent keeps a hostile "1e999999999" from allocating a huge BigInt.
  if (Math.abs(power) > 400) return undefined;
  const digits = BigInt(`${minus}${whole || '0'}${fraction}`);
  return power >= 0 ? exact(digits * 10n ** BigInt(power)) : exact(digits, 10n ** BigInt(-power));
}

/**
 * A number (through its shortest decimal string), a decimal string, or a fraction
 * string such as "1/3"; undefined when it is none of these or divides by zero.
 */
export function parseExact(value: number | string): Exact | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? parseDecimal(String(value)) : undefined;
  }
  const [top, bottom, ...rest] = value.trim().split('/');
  if (top === undefined || rest.length > 0) return undefined;
  const n = parseDecimal(top.trim());
  if (bottom === undefined || n === undefined) return n;
  const d = parseDecimal(bottom.trim());
  return d === undefined || d.n === 0n ? undefined : div(n, d);
}

/** For display and JSON only (a double near the exact value), never for arithmetic. */
export const toNumber = (a: Exact): number => Number(a.n) / Number(a.d);
