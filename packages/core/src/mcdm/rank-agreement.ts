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

/** Kendall's τ_b = (C − D) / √((n₀ − T_x)(n₀ − T_y)), ties counted per ranking. */
export function kendallTau(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((x[i] ?? 0) - (x[j] ?? 0));
      const dy = Math.sign((y[i] ?? 0) - (y[j] ?? 0));
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
