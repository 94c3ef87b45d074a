import { describe, expect, test } from 'vitest';
import type { Weighting } from '../model/types.js';
import { createRng } from '../simulate/prng.js';
import { criteriaMatrix } from './criteria-matrix.js';
import { SMAA_BLOCK, smaa, smaaBlock } from './smaa.js';
import { createScorer, scorerOptions } from './smaa-scorer.js';
import { WeightSampler } from './smaa-weights.js';
import { tablePortfolio } from './test-support/portfolio.js';

const sampler = (
  n: number,
  order: number[] = [],
  ranges: Record<number, [number, number]> = {},
) => {
  const low = new Float64Array(n);
  const high = new Float64Array(n).fill(1);
  for (const [k, [lo, hi]] of Object.entries(ranges)) {
    low[Number(k)] = lo;
    high[Number(k)] = hi;
  }
  return new WeightSampler({ order, low, high });
};

function means(s: WeightSampler, n: number, draws: number, seed = 1) {
  const rng = createRng(seed);
  const w = new Float64Array(n);
  const sum = new Float64Array(n);
  const all: number[][] = [];
  for (let d = 0; d < draws; d++) {
    if (!s.draw(rng, w, 1e6)) throw new Error('a draw was rejected 10⁶ times');
    all.push([...w]);
    for (let k = 0; k < n; k++) sum[k] = (sum[k] ?? 0) + (w[k] ?? 0);
  }
  return { mean: [...sum].map((x) => x / draws), all };
}

describe('weight sampling', () => {
  test('uniform on the simplex: each weight is Beta(1, n − 1), mean 1/n, P(w < ½) = ¾ for n = 3', () => {
    const { mean, all } = means(sampler(3), 3, 40_000);
    for (const x of mean) expect(x).toBeCloseTo(1 / 3, 2);
    const worst = Math.max(
      ...all.map((w) => Math.abs((w[0] ?? 0) + (w[1] ?? 0) + (w[2] ?? 0) - 1)),
    );
    expect(worst).toBeLessThan(1e-12);
    const below = all.filter((w) => (w[0] ?? 0) < 0.5).length / all.length;
    // 40,000 draws: the standard error of a share of 0.75 is 0.0022.
    expect(Math.abs(below - 0.75)).toBeLessThan(0.01);
  });

  test('a full order gives the rank-order centroid as the mean: 11/18, 5/18, 2/18', () => {
    // The centroid of {w1 ≥ w2 ≥ w3} on the simplex is w_k = (1/n) Σ_{j≥k} 1/j (Barron &
    // Barrett 1996, rank-order centroid weights).
    const { mean, all } = means(sampler(3, [2, 0, 1]), 3, 40_000);
    expect(mean[2]).toBeCloseTo(11 / 18, 2);
    expect(mean[0]).toBeCloseTo(5 / 18, 2);
    expect(mean[1]).toBeCloseTo(2 / 18, 2);
    expect(all.every(([a = 0, b = 0, c = 0]) => c >= a && a >= b)).toBe(true);
  });

  test('order plus ranges: every draw fits, and the mean matches plain rejection from the simplex', () => {
    const ranges: Record<number, [number, number]> = { 1: [0.2, 0.5], 2: [0.1, 0.3] };
    const fast = means(sampler(3, [0, 1], ranges), 3, 30_000, 2);
    const fits = ([a = 0, b = 0, c = 0]: number[]) =>
      a >= b && b >= 0.2 && b <= 0.5 && c >= 0.1 && c <= 0.3;
    expect(fast.all.every(fits)).toBe(true);
    // Reference: the same region by rejection from unconstrained uniform draws.
    const plain = sampler(3);
    const rng = createRng(3);
    const w = new Float64Array(3);
    const sum = new Float64Array(3);
    let kept = 0;
    while (kept < 30_000) {
      plain.draw(rng, w, 1);
      const [a = 0, b = 0, c = 0] = w;
      if (a < b || b < 0.2 || b > 0.5 || c < 0.1 || c > 0.3) continue;
      kept++;
      sum.set([(sum[0] ?? 0) + a, (sum[1] ?? 0) + b, (sum[2] ?? 0) + c]);
    }
    fast.mean.forEach((x, k) => {
      expect(Math.abs(x - (sum[k] ?? 0) / kept)).toBeLessThan(0.006);
    });
  });
});

const tradeOff = (weighting?: Weighting) =>
  tablePortfolio({
    criteria: [
      ['tech', 'benefit'],
      ['market', 'benefit'],
    ],
    // a is best on tech, b on market; c is dominated by both.
    partners: { a: [10, 0], b: [0, 10], c: [0, 0] },
    normalization: 'minmax',
    weighting: weighting ?? { method: 'smaa' },
  });

describe('SMAA-2', () => {
  test('a wins exactly when w_tech > ½: b¹ ≈ ½, central weights ≈ (¾, ¼), confidence 1', () => {
    const r = smaa(tradeOff(), { samples: 20_000, seed: 4, method: 'weighted-sum' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const { acceptability: b, central, confidence } = r.value;
    expect(Math.abs((b[0] ?? 0) - 0.5)).toBeLessThan(0.015);
    expect((b[0] ?? 0) + (b[3] ?? 0)).toBeCloseTo(1, 12);
    // E[w_tech | w_tech > ½] for w_tech ~ U(0, 1) is ¾.
    expect(central[0]).toBeCloseTo(0.75, 2);
    expect([...confidence]).toStrictEqual([1, 1, 0]);
    // The dominated partner is always last and has no central weights.
    expect([b[6], b[7], b[8]]).toStrictEqual([0, 0, 1]);
    expect(Number.isNaN(central[4] ?? 0)).toBe(true);
  });

  test('"tech ≥ market" makes a the first choice in every sample', () => {
    const r = smaa(tradeOff({ method: 'smaa', order: ['tech', 'market'] }), {
      samples: 5_000,
      seed: 1,
      method: 'promethee',
    });
    if (!r.ok) throw new Error('expected a result');
    // Ties (w_tech = w_market exactly) have probability 0 under a continuous draw.
    expect(r.value.acceptability[0]).toBe(1);
  });

  test('every method gives rows summing to 1; dominance holds in every sample', () => {
    for (const method of ['weighted-sum', 'topsis', 'promethee', 'vikor'] as const) {
      const r = smaa(tradeOff(), { samples: 3_000, seed: 9, method });
      if (!r.ok) throw new Error(method);
      const { acceptability: b, m } = r.value;
      for (let i = 0; i < m; i++) {
        const row = b.subarray(i * m, (i + 1) * m).reduce((s, x) => s + x, 0);
        expect(row).toBeCloseTo(1, 12);
      }
      expect(b[0 * m + 2], method).toBe(0); // a is never last: it dominates c
    }
  });

  test('blocks are independent streams: summing them by hand gives the same counts', () => {
    const p = tradeOff();
    const samples = SMAA_BLOCK + 300;
    const r = smaa(p, { samples, seed: 12, method: 'weighted-sum' });
    const x = criteriaMatrix(p);
    if (!r.ok || !x.ok) throw new Error('expected a result');
    const scorer = createScorer(scorerOptions(p), x.value, 'weighted-sum', 0.5);
    const s = sampler(2);
    const first = smaaBlock(scorer, s, 3, 2, 12, 0, SMAA_BLOCK, 1e9);
    const second = smaaBlock(scorer, s, 3, 2, 12, 1, 300, 1e9);
    const wins = (first?.counts[0] ?? 0) + (second?.counts[0] ?? 0);
    expect(r.value.acceptability[0]).toBe(wins / samples);
    const again = smaa(p, { samples, seed: 12, method: 'weighted-sum' });
    expect(again.ok && [...again.value.acceptability]).toStrictEqual([...r.value.acceptability]);
  });

  test('constraints almost nothing fits are an issue, not an endless loop', () => {
    const p = tradeOff({
      method: 'smaa',
      order: ['tech', 'market'],
      ranges: { tech: [0, 0.3], market: [0.6, 1] },
    });
    const r = smaa(p, { samples: 100, seed: 1, method: 'weighted-sum' });
    expect(r.ok || r.issues[0]?.code).toBe('smaa_constraints_too_narrow');
  });
});
