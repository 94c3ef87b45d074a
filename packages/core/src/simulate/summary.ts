/**
 * Summary statistics of simulated values of S. Definitions, for n samples with order
 * statistics x_(0) ≤ … ≤ x_(n−1):
 * - mean: arithmetic mean (compensated summation);
 * - sd: sample standard deviation with divisor n − 1 (0 when n = 1);
 * - p5, p50, p95: percentiles by linear interpolation between order statistics
 *   (Hyndman & Fan type 7, the default of R and NumPy): h = (n − 1)·p,
 *   q = x_(⌊h⌋) + (h − ⌊h⌋)·(x_(⌊h⌋+1) − x_(⌊h⌋));
 * - probLoss: P(S < 0), the share of samples strictly below 0;
 * - cvar5: mean of the m = ⌈0.05·n⌉ smallest samples (expected value in the worst 5%;
 *   a loss is a negative value here, as S is a gain);
 * - min, max.
 * Order statistics come from selection on one copy, never from sorting.
 */
import { minOf, selectInPlace } from './select.js';

export interface SimulationSummary {
  readonly scenarios: number;
  readonly mean: number;
  readonly sd: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly probLoss: number;
  readonly cvar5: number;
  readonly min: number;
  readonly max: number;
}

export function summarize(samples: Float64Array): SimulationSummary {
  const n = samples.length;
  if (n === 0) throw new RangeError('cannot summarise zero samples');

  let sum = 0;
  let carry = 0;
  let losses = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const x = samples[i] as number;
    // Neumaier summation: the error stays O(ε) instead of O(n·ε) at 10^8 samples.
    const t = sum + x;
    carry += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
    if (x < 0) losses++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = (sum + carry) / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = (samples[i] as number) - mean;
    squares += d * d;
  }
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;

  const work = samples.slice();
  const p50 = percentileInPlace(work, 0.5);
  const p5 = percentileInPlace(work, 0.05);
  const p95 = percentileInPlace(work, 0.95);
  const cvar5 = meanOfSmallestInPlace(work, Math.ceil(0.05 * n));

  return { scenarios: n, mean, sd, p5, p50, p95, probLoss: losses / n, cvar5, min, max };
}

/**
 * Type 7 percentile of `a` for p in [0, 1], reordering `a`. Earlier selections leave
 * `a` partly ordered, which makes later ones cheaper.
 */
export function percentileInPlace(a: Float64Array, p: number): number {
  const n = a.length;
  const h = (n - 1) * p;
  const k = Math.floor(h);
  selectInPlace(a, k);
  const low = a[k] as number;
  const fraction = h - k;
  if (fraction === 0) return low;
  // After selection the next order statistic is the smallest value to the right of k.
  const high = minOf(a, k + 1, n - 1);
  return low + fraction * (high - low);
}

/** Mean of the m smallest values of `a` (1 ≤ m ≤ a.length), reordering `a`. */
export function meanOfSmallestInPlace(a: Float64Array, m: number): number {
  selectInPlace(a, m - 1);
  let sum = 0;
  for (let i = 0; i < m; i++) sum += a[i] as number;
  return sum / m;
}
