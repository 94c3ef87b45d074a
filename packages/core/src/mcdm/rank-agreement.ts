/**
 * How far rankings of the same partners agree: Spearman's ρ, Kendall's τ_b and the
 * weighted Spearman r_w (Pinto da Costa & Soares 2005), which counts disagreements near the
 * top more. Ranks are 1 = best, tied partners sharing a rank.
 */

import { rankCorrelation } from '../util/rank-correlation.js';

/**
 * Spearman's ρ of two rankings (util/rank-correlation.ts); where it is undefined (a side
 * is constant), 1 when both are and 0 otherwise.
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const rho = rankCorrelation(x, y);
  if (rho !== null) return rho;
  const constant = (v: readonly number[]) => v.every((r) => r === v[0]);
  return constant(x) && constant(y) ? 1 : 0;
}

/**
 * Kendall's τ_b = (C − D) / √((n₀ − T_x)(n₀ − T_y)), ties counted per ranking, in
 * O(n log n) by Knight's (1966) method, as SciPy's `kendalltau` computes it: sort the
 * pairs by x then y; the pairs out of order in y are the discordant ones (counted by a
 * merge sort), so C − D = n₀ − T_x − T_y + T_xy − 2·D, with T_xy the pairs tied in both.
 * On 100,000 partners 90 ms, where the pair-by-pair definition took about 20 s (for
 * each pair of methods the agreement table compares; bench/mcdm-more.mjs).
 */
export function kendallTau(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const xs = Float64Array.from({ length: n }, (_, i) => x[i] ?? 0);
  const ys = Float64Array.from({ length: n }, (_, i) => y[i] ?? 0);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (xs[a] as number) - (xs[b] as number) || (ys[a] as number) - (ys[b] as number),
  );
  const sorted = Float64Array.from(order, (i) => ys[i] as number);
  // Ties in x, and in x and y together, as runs of the sorted order.
  let tiesX = 0;
  let tiesXY = 0;
  for (let i = 0, runX = 1, runXY = 1; i < n; i++) {
    const a = order[i] as number;
    const b = order[i + 1];
    const sameX = b !== undefined && xs[a] === xs[b];
    const sameXY = sameX && ys[a] === ys[b as number];
    if (sameXY) runXY++;
    else {
      tiesXY += (runXY * (runXY - 1)) / 2;
      runXY = 1;
    }
    if (sameX) runX++;
    else {
      tiesX += (runX * (runX - 1)) / 2;
      runX = 1;
    }
  }
  const discordant = mergeCountingInversions(sorted);
  // `sorted` is now y ascending: its runs are the ties in y.
  let tiesY = 0;
  for (let i = 0, run = 1; i < n; i++) {
    if (i + 1 < n && sorted[i] === sorted[i + 1]) run++;
    else {
      tiesY += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiesX) * (pairs - tiesY));
  if (denominator === 0) return tiesX === tiesY ? 1 : 0;
  return (pairs - tiesX - tiesY + tiesXY - 2 * discordant) / denominator;
}

/**
 * τ_b by its definition, pair by pair, O(n²): the oracle of `kendallTau` in its tests and
 * its baseline in the bench (as PROMETHEE keeps its pairwise path).
 */
export function kendallTauByPairs(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((x[i] as number) - (x[j] as number));
      const dy = Math.sign((y[i] as number) - (y[j] as number));
      if (dx === 0) tiesX++;
      if (dy === 0) tiesY++;
      if (dx * dy > 0) concordant++;
      else if (dx * dy < 0) discordant++;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiesX) * (pairs - tiesY));
  if (denominator === 0) return tiesX === tiesY ? 1 : 0;
  return (concordant - discordant) / denominator;
}

/**
 * Sorts `values` ascending in place (a bottom-up merge sort) and returns the pairs i < j
 * with values[i] > values[j] it put right: equal values are never counted.
 */
function mergeCountingInversions(values: Float64Array<ArrayBuffer>): number {
  const n = values.length;
  let from: Float64Array<ArrayBuffer> = values;
  let to = new Float64Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if ((from[j] as number) < (from[i] as number)) {
          // Every value left in the left run is larger than this one.
          inversions += mid - i;
          to[k++] = from[j++] as number;
        } else to[k++] = from[i++] as number;
      }
      while (i < mid) to[k++] = from[i++] as number;
      while (j < hi) to[k++] = from[j++] as number;
    }
    [from, to] = [to, from];
  }
  if (from !== values) values.set(from);
  return inversions;
}

/**
 * r_w = 1 − 6 Σ (x_i − y_i)² ((n − x_i + 1) + (n − y_i + 1)) / (n⁴ + n³ − n² − n).
 */
export function weightedSpearman(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n < 2) return 1;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i] ?? 0;
    const b = y[i] ?? 0;
    sum += (a - b) ** 2 * (n - a + 1 + (n - b + 1));
  }
  return 1 - (6 * sum) / (n ** 4 + n ** 3 - n ** 2 - n);
}

export interface MethodAgreement {
  readonly methods: [string, string];
  readonly spearman: number;
  readonly kendall: number;
  readonly weightedSpearman: number;
}

export interface Disagreement {
  readonly id: string;
  /** The partner's rank under each method. */
  readonly ranks: Record<string, number>;
  /** Its best and worst rank over the methods, apart. */
  readonly spread: number;
}

/**
 * Every pair of methods' correlations, and the partners ranked most differently (largest
 * rank spread first, then by id; at most `top`, only spreads > 0).
 */
export function methodAgreement(
  ids: readonly string[],
  rankings: Readonly<Record<string, readonly number[]>>,
  top = 5,
): { pairs: MethodAgreement[]; disagreements: Disagreement[] } {
  const methods = Object.keys(rankings);
  const pairs: MethodAgreement[] = [];
  for (let i = 0; i < methods.length; i++) {
    for (let j = i + 1; j < methods.length; j++) {
      const a = rankings[methods[i] ?? ''] ?? [];
      const b = rankings[methods[j] ?? ''] ?? [];
      pairs.push({
        methods: [methods[i] ?? '', methods[j] ?? ''],
        spearman: spearman(a, b),
        kendall: kendallTau(a, b),
        weightedSpearman: weightedSpearman(a, b),
      });
    }
  }
  const disagreements = ids
    .map((id, p) => {
      const ranks: Record<string, number> = {};
      for (const method of methods) ranks[method] = rankings[method]?.[p] ?? 0;
      const values = Object.values(ranks);
      return { id, ranks, spread: Math.max(...values) - Math.min(...values) };
    })
    .filter((d) => d.spread > 0)
    .sort((a, b) => b.spread - a.spread || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, top);
  return { pairs, disagreements };
}
