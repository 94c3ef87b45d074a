/**
 * The per-criterion sums of PROMETHEE, Σ_b P(x_a − x_b) for every partner a, in
 * O(m log m) for the piecewise-linear preference functions: sort the column once, then
 * each partner's sum is a few binary searches and a prefix-sum difference. Gaussian falls
 * back to the O(m²) pairwise sum. Hot loop kept in one file on purpose.
 *
 * Thresholds are tested on the same floating-point difference `x − v` the pairwise
 * definition uses (`x − v` is monotone in v), so a pair exactly on a threshold lands on the
 * same side in both; only the linear parts differ, by summation rounding.
 */
import type { PreferenceFunction } from '../model/types.js';
import { preferenceOf } from './preference.js';

/** Number of leading entries v of ascending `sorted` with x − v > t (or ≥ t when `inclusive`). */
function countBelow(sorted: Float64Array, x: number, t: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = x - (sorted[mid] as number);
    if (inclusive ? d >= t : d > t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** out[a] = Σ_b P(column[a] − column[b]) over all b (P(0) = 0, so b = a adds nothing). */
export function preferenceSums(
  column: Float64Array,
  f: PreferenceFunction,
  out: Float64Array,
): Float64Array {
  const m = column.length;
  if (f.type === 'gaussian') return pairwiseSums(column, f, out);
  const sorted = Float64Array.from(column).sort();
  const base = sorted[0] ?? 0;
  // Prefix sums of the shifted values keep the linear parts exact to ~1 ulp of the range.
  const prefix = new Float64Array(m + 1);
  for (let i = 0; i < m; i++)
    prefix[i + 1] = (prefix[i] as number) + ((sorted[i] as number) - base);
  const q = f.q ?? 0;
  const p = f.p ?? 0;
  for (let a = 0; a < m; a++) {
    const x = column[a] as number;
    let sum: number;
    switch (f.type) {
      case 'usual':
        sum = countBelow(sorted, x, 0, false);
        break;
      case 'ushape':
        sum = countBelow(sorted, x, q, false);
        break;
      case 'level': {
        const kp = countBelow(sorted, x, p, false);
        sum = kp + 0.5 * (countBelow(sorted, x, q, false) - kp);
        break;
      }
      case 'vshape':
      case 'linear': {
        // Entries with d > p count 1; entries with q < d ≤ p count (d − q)/(p − q).
        const low = f.type === 'vshape' ? 0 : q;
        const full = countBelow(sorted, x, p, false);
        const part = countBelow(sorted, x, low, false);
        sum = full;
        if (part > full && p > low) {
          const range = (prefix[part] as number) - (prefix[full] as number);
          sum += ((part - full) * (x - base - low) - range) / (p - low);
        }
        break;
      }
    }
    out[a] = sum;
  }
  return out;
}

/** The O(m²) definition: the baseline for tests and the bench, and the Gaussian path. */
export function pairwiseSums(
  column: Float64Array,
  f: PreferenceFunction,
  out: Float64Array,
): Float64Array {
  const m = column.length;
  for (let a = 0; a < m; a++) {
    const x = column[a] as number;
    let sum = 0;
    for (let b = 0; b < m; b++) sum += preferenceOf(f, x - (column[b] as number));
    out[a] = sum;
  }
  return out;
}
