/**
 * The coalitions a payoff vector treats worst: excess e(T) = v(T) − x(T), scanned over all
 * 2^n − 1 non-empty coalitions. Hot loop kept together on purpose: x(T) is split as
 * x(high bits) + x(low bits) with a table of the low part, so the scan needs no 2^n
 * scratch array and no allocation per coalition.
 */
const BLOCK_BITS = 12;

export interface Excess {
  readonly mask: number;
  readonly excess: number;
}

/** +1: `values` are the profits v. −1: they are costs c, read as the profit game v = −c. */
export type Sign = 1 | -1;

/**
 * Up to `limit` coalitions with excess above `threshold`, largest first. With `limit` = 1
 * this is the single most violated coalition (the separation step of the core LP).
 * The sign spares cost games a negated copy of a table that may hold 2^25 numbers.
 */
export function largestExcesses(
  values: Float64Array,
  n: number,
  sign: Sign,
  x: ArrayLike<number>,
  threshold: number,
  limit: number,
): Excess[] {
  const lowBits = Math.min(n, BLOCK_BITS);
  const blockSize = 1 << lowBits;
  const blocks = 1 << (n - lowBits);
  const low = new Float64Array(blockSize);
  for (let j = 1; j < blockSize; j++) {
    const bit = j & -j;
    low[j] = (low[j ^ bit] ?? 0) + (x[31 - Math.clz32(bit)] ?? 0);
  }
  // The best `limit` so far, kept sorted in decreasing excess; `cutoff` is the bar to enter.
  const best: Excess[] = [];
  let cutoff = threshold;
  for (let h = 0; h < blocks; h++) {
    let high = 0;
    for (let t = 0, m = h; m !== 0; t++, m >>= 1) if (m & 1) high += x[lowBits + t] ?? 0;
    const base = h * blockSize;
    for (let j = h === 0 ? 1 : 0; j < blockSize; j++) {
      const e = sign * (values[base + j] ?? 0) - high - (low[j] ?? 0);
      if (e > cutoff) {
        let at = best.length;
        while (at > 0 && (best[at - 1]?.excess ?? 0) < e) at--;
        best.splice(at, 0, { mask: base + j, excess: e });
        if (best.length > limit) best.pop();
        if (best.length === limit) cutoff = best[limit - 1]?.excess ?? threshold;
      }
    }
  }
  return best;
}

/**
 * Whether x (profit terms: a cost share is −x) is in the core of the profit game v: efficient (x(N) = v(N)) and x(T) ≥ v(T)
 * for every coalition, both within `tolerance`.
 */
export function isInCore(
  values: Float64Array,
  n: number,
  sign: Sign,
  x: ArrayLike<number>,
  tolerance: number,
): boolean {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i] ?? 0;
  const grand = sign * (values[values.length - 1] ?? 0);
  if (Math.abs(sum - grand) > tolerance) return false;
  return largestExcesses(values, n, sign, x, tolerance, 1).length === 0;
}
