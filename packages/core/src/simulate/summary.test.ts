import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from './prng.js';
import { fillSamples } from './samplers.js';
import { percentileInPlace, type SimulationSummary, summarize } from './summary.js';

/** The definitions at the top of summary.ts, computed the slow way: by sorting. */
function reference(values: Float64Array): SimulationSummary {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const at = (i: number) => sorted[i] as number;
  const type7 = (p: number) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    return h === k ? at(k) : at(k) + (h - k) * (at(k + 1) - at(k));
  };
  const mean = sorted.reduce((s, x) => s + x, 0) / n;
  const squares = sorted.reduce((s, x) => s + (x - mean) ** 2, 0);
  const m = Math.ceil(0.05 * n);
  return {
    scenarios: n,
    mean,
    sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0,
    p5: type7(0.05),
    p50: type7(0.5),
    p95: type7(0.95),
    probLoss: sorted.filter((x) => x < 0).length / n,
    cvar5: sorted.subarray(0, m).reduce((s, x) => s + x, 0) / m,
    min: at(0),
    max: at(n - 1),
  };
}

function expectMatchesReference(values: Float64Array): void {
  const got = summarize(values);
  const want = reference(values);
  const scale = Math.max(1, ...Array.from(values, Math.abs));
  // Order statistics are the same numbers combined the same way: equal up to the sign of 0.
  for (const key of ['p5', 'p50', 'p95', 'min', 'max', 'probLoss', 'scenarios'] as const) {
    expect(got[key] + 0).toBe(want[key] + 0);
  }
  // Sums may be accumulated in another order.
  for (const key of ['mean', 'sd', 'cvar5'] as const) {
    expect(Math.abs(got[key] - want[key])).toBeLessThanOrEqual(1e-9 * scale);
  }
}

describe('summarize', () => {
  it('follows the stated definitions on 1..10', () => {
    const s = summarize(Float64Array.from({ length: 10 }, (_, i) => i + 1));
    expect(s.p5).toBeCloseTo(1.45, 12);
    expect(s.p50).toBeCloseTo(5.5, 12);
    expect(s.p95).toBeCloseTo(9.55, 12);
    expect(s.mean).toBe(5.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(110 / 12), 12);
    expect(s.cvar5).toBe(1); // ⌈0.05 · 10⌉ = 1 value
    expect(s.probLoss).toBe(0);
    expect([s.min, s.max]).toEqual([1, 10]);
  });

  it('counts strict losses and averages the worst ⌈5%⌉', () => {
    const values = Float64Array.from({ length: 41 }, (_, i) => i - 10); // −10 … 30
    const s = summarize(values);
    expect(s.probLoss).toBe(10 / 41);
    expect(s.cvar5).toBe((-10 + -9 + -8) / 3); // ⌈2.05⌉ = 3 values
  });

  it('handles a single sample', () => {
    const s = summarize(Float64Array.of(-2));
    expect(s).toEqual({
      scenarios: 1,
      mean: -2,
      sd: 0,
      p5: -2,
      p50: -2,
      p95: -2,
      probLoss: 1,
      cvar5: -2,
      min: -2,
      max: -2,
    });
  });

  it('leaves its input untouched and refuses an empty one', () => {
    const values = Float64Array.of(3, 1, 2);
    summarize(values);
    expect(Array.from(values)).toEqual([3, 1, 2]);
    expect(() => summarize(new Float64Array(0))).toThrow(RangeError);
  });

  it('matches the sort-based reference on random data (fast-check, seeded)', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const tied = fc.integer({ min: -3, max: 3 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(finite, { minLength: 1, maxLength: 2000 }),
          fc.array(tied, { minLength: 1, maxLength: 2000 }),
        ),
        (values) => expectMatchesReference(Float64Array.from(values)),
      ),
      { seed: 20240601, numRuns: 300 },
    );
  });

  it('matches the reference on large skewed and heavily tied samples', () => {
    const skewed = new Float64Array(100_001);
    fillSamples(skewed, { kind: 'lognormal', mu: 0, sigma: 1 }, createRng(1));
    expectMatchesReference(skewed);
    const tied = new Float64Array(100_000);
    fillSamples(tied, { kind: 'uniform', min: 0, max: 10 }, createRng(2));
    expectMatchesReference(tied.map(Math.floor));
    expectMatchesReference(new Float64Array(50_000).fill(7));
  });
});

describe('percentileInPlace', () => {
  it('gives the extremes at p = 0 and p = 1', () => {
    const values = new Float64Array(5000);
    fillSamples(values, { kind: 'normal', mean: 0, sd: 1 }, createRng(3));
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    expect(percentileInPlace(values.slice(), 0)).toBe(lo);
    expect(percentileInPlace(values.slice(), 1)).toBe(hi);
  });
});
