import { describe, expect, it } from 'vitest';
import { portfolioValue } from '../model/value.js';
import {
  BLOCK_SIZE,
  blockCount,
  blockSpan,
  simulate,
  simulateBlock,
  simulateRange,
} from './engine.js';
import { compileSimulation, planMoments, type SimulationPlan } from './plan.js';
import { createRng } from './prng.js';
import {
  cltTolerance,
  makePortfolio,
  moments,
  type PartnerInput,
  seedExample,
  triangular,
} from './test-support/portfolio.js';

function planOf(result: ReturnType<typeof compileSimulation>): SimulationPlan {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** First index where the two vectors differ in any bit (−1: identical); faster than toEqual. */
function firstBitDifference(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length * 2);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return i >> 1;
  return -1;
}

/** Random triangular partners, drawn from a seeded generator. */
function triangularPartners(count: number, seed: number): PartnerInput[] {
  const rng = createRng(seed);
  const tri = (lo: number, spread: number) => {
    const a = lo + rng.next();
    const b = a + spread * (0.1 + rng.next());
    return triangular(a, a + (b - a) * rng.next(), b);
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    cost: tri(0.5, 1),
    return: tri(0.8, 1.5),
  }));
}

const mixed = makePortfolio(
  [
    { id: 'a', cost: triangular(1, 2, 4), return: { kind: 'pert', min: 2, mode: 3, max: 6 } },
    {
      id: 'b',
      cost: { kind: 'uniform', min: 0, max: 1 },
      return: { kind: 'lognormal', mu: 0, sigma: 0.3 },
    },
    { id: 'c', cost: { kind: 'normal', mean: 1, sd: 0.2 }, return: 2 },
  ],
  {
    synergies: [{ between: ['a', 'c'], value: { kind: 'normal', mean: 0.1, sd: 0.3 } }],
    coordinationCost: 0.05,
  },
);
const mixedPlan = planOf(compileSimulation(mixed, ['a', 'b', 'c']));

describe('block decomposition', () => {
  const scenarios = 3 * BLOCK_SIZE + 1234;
  const whole = simulate(mixedPlan, { scenarios, seed: 31 });

  it('gives the same bits when blocks are computed one by one in reverse order', () => {
    const out = new Float64Array(scenarios);
    for (let b = blockCount(scenarios) - 1; b >= 0; b--) {
      const { start, end } = blockSpan(scenarios, b, 1);
      simulateBlock(mixedPlan, 31, b, out.subarray(start, end));
    }
    expect(firstBitDifference(out, whole)).toBe(-1);
  });

  it('gives the same bits from separate ranges, separate buffers and a cloned plan', () => {
    const plan = structuredClone(mixedPlan);
    const parts = [
      [3, 1],
      [1, 2],
      [0, 1],
    ] as const;
    const out = new Float64Array(scenarios);
    for (const [first, count] of parts) {
      const { start, end } = blockSpan(scenarios, first, count);
      const own = new Float64Array(end - start);
      simulateRange(plan, 31, scenarios, first, count, own);
      out.set(own, start);
    }
    expect(firstBitDifference(out, whole)).toBe(-1);
  });

  it('draws each block from its own stream', () => {
    const first = whole.subarray(0, BLOCK_SIZE);
    const second = whole.subarray(BLOCK_SIZE, 2 * BLOCK_SIZE);
    let same = 0;
    for (let k = 0; k < BLOCK_SIZE; k++) if (first[k] === second[k]) same++;
    expect(same).toBe(0);
  });

  it('keeps whole blocks when the run grows, and changes with the seed', () => {
    const shorter = simulate(mixedPlan, { scenarios: 2 * BLOCK_SIZE, seed: 31 });
    expect(firstBitDifference(shorter, whole.subarray(0, 2 * BLOCK_SIZE))).toBe(-1);
    const other = simulate(mixedPlan, { scenarios: 100, seed: 32 });
    expect(other[0]).not.toBe(whole[0]);
  });
});

describe('simulate', () => {
  it('matches the analytic mean and variance of a sum of triangulars', () => {
    const p = makePortfolio(triangularPartners(20, 9), { coordinationCost: 0.02 });
    const plan = planOf(
      compileSimulation(
        p,
        p.partners.map((x) => x.id),
      ),
    );
    const { mean, variance } = planMoments(plan);
    expect(mean).toBeCloseTo(portfolioValue(p), 10);
    const n = 200_000;
    const m = moments(simulate(plan, { scenarios: n, seed: 123 }));
    const tol = cltTolerance(n, variance, m.m4);
    expect(Math.abs(m.mean - mean)).toBeLessThanOrEqual(tol.mean);
    expect(Math.abs(m.variance - variance)).toBeLessThanOrEqual(tol.variance);
  });

  it('samples the seed model with mean Σ((1 − β)R − αC) + synergies − overhead', () => {
    const p = makePortfolio(
      [
        {
          id: 'A',
          cost: triangular(0.6, 0.8, 1.1),
          return: triangular(1, 1.2, 1.5),
          alpha: 0.5,
          beta: 0.5,
        },
        {
          id: 'B',
          cost: { kind: 'pert', min: 0.5, mode: 0.7, max: 1 },
          return: { kind: 'uniform', min: 1, max: 2 },
          alpha: 0.3,
          beta: 0.1,
        },
        { id: 'C', cost: 0.6, return: { kind: 'normal', mean: 1, sd: 0.2 }, alpha: 0.5 },
      ],
      {
        netModel: 'seed',
        synergies: [{ between: ['A', 'B'], value: triangular(-0.1, 0.1, 0.4) }],
        coordinationCost: 0.05,
      },
    );
    // N_i = (1 − β_i)·E[R_i] − α_i·E[C_i]; C has no β, so its return counts in full.
    const nA = 0.5 * ((1 + 1.2 + 1.5) / 3) - 0.5 * ((0.6 + 0.8 + 1.1) / 3);
    const nB = 0.9 * 1.5 - 0.3 * ((0.5 + 4 * 0.7 + 1) / 6);
    const nC = 1 - 0.5 * 0.6;
    const synergyAB = (-0.1 + 0.1 + 0.4) / 3;
    const expected = nA + nB + nC + synergyAB - 3 * 0.05;
    expect(portfolioValue(p)).toBeCloseTo(expected, 12);
    const plan = planOf(compileSimulation(p, ['A', 'B', 'C']));
    const n = 200_000;
    const m = moments(simulate(plan, { scenarios: n, seed: 5 }));
    const tol = cltTolerance(n, planMoments(plan).variance, m.m4);
    expect(Math.abs(m.mean - expected)).toBeLessThanOrEqual(tol.mean);
    expect(Math.abs(m.variance - planMoments(plan).variance)).toBeLessThanOrEqual(tol.variance);
  });

  it('returns the constant in every scenario when nothing is random', () => {
    const plan = planOf(compileSimulation(seedExample(), ['A', 'B', 'C']));
    const s = simulate(plan, { scenarios: 1000, seed: 1 });
    expect(new Set(s)).toEqual(new Set([plan.constant]));
  });

  it('runs 100 triangular partners over several blocks (a sanity check, not a timing)', () => {
    const p = makePortfolio(triangularPartners(100, 4));
    const plan = planOf(
      compileSimulation(
        p,
        p.partners.map((x) => x.id),
      ),
    );
    const n = 4 * BLOCK_SIZE;
    const m = moments(simulate(plan, { scenarios: n, seed: 8 }));
    const { mean, variance } = planMoments(plan);
    expect(Math.abs(m.mean - mean)).toBeLessThanOrEqual(cltTolerance(n, variance, m.m4).mean);
  });

  it('reports progress after each block', () => {
    const calls: [number, number][] = [];
    const scenarios = 2 * BLOCK_SIZE + 10;
    simulate(mixedPlan, {
      scenarios,
      seed: 2,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [BLOCK_SIZE, scenarios],
      [2 * BLOCK_SIZE, scenarios],
      [scenarios, scenarios],
    ]);
  });

  it('refuses impossible shapes', () => {
    expect(() => simulate(mixedPlan, { scenarios: 0, seed: 1 })).toThrow(RangeError);
    expect(() => simulate(mixedPlan, { scenarios: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => simulate(mixedPlan, { scenarios: 10, seed: 0.5 })).toThrow(RangeError);
    expect(() => simulateBlock(mixedPlan, 1, 0, new Float64Array(BLOCK_SIZE + 1))).toThrow(
      RangeError,
    );
    expect(() => simulateRange(mixedPlan, 1, 100, 0, 2, new Float64Array(100))).toThrow(RangeError);
    expect(() => simulateRange(mixedPlan, 1, 100, 0, 1, new Float64Array(99))).toThrow(RangeError);
  });
});

describe('blockSpan', () => {
  it('clips the last block to the number of scenarios', () => {
    expect(blockCount(BLOCK_SIZE)).toBe(1);
    expect(blockCount(BLOCK_SIZE + 1)).toBe(2);
    expect(blockSpan(BLOCK_SIZE + 5, 1, 1)).toEqual({ start: BLOCK_SIZE, end: BLOCK_SIZE + 5 });
    expect(blockSpan(BLOCK_SIZE + 5, 0, 2)).toEqual({ start: 0, end: BLOCK_SIZE + 5 });
  });
});
