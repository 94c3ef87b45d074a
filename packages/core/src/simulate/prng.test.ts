import { describe, expect, it } from 'vitest';
import { createRng, Xoshiro128StarStar } from './prng.js';

function draws(rng: { next(): number }, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.next();
  return out;
}

describe('Xoshiro128StarStar', () => {
  it('matches the reference C implementation from state (1, 2, 3, 4)', () => {
    // Printed by Blackman & Vigna's xoshiro128starstar.c compiled with gcc.
    const rng = new Xoshiro128StarStar(1, 2, 3, 4);
    const got = Array.from({ length: 6 }, () => rng.nextUint32());
    expect(got).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('fillUniform yields the same values as repeated next()', () => {
    const a = createRng(99, 3);
    const b = createRng(99, 3);
    const filled = new Float64Array(1000);
    a.fillUniform(filled);
    expect(filled).toEqual(draws(b, 1000));
    expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('rejects the all-zero state', () => {
    expect(() => new Xoshiro128StarStar(0, 0, 0, 0)).toThrow(RangeError);
  });
});

describe('createRng', () => {
  it('reproduces a stream from (seed, stream)', () => {
    expect(draws(createRng(42, 7), 100)).toEqual(draws(createRng(42, 7), 100));
  });

  it('gives different sequences for different seeds and streams, all 53 seed bits counting', () => {
    const first = (seed: number, stream: number) => draws(createRng(seed, stream), 4).join();
    const seen = new Set([
      first(0, 0),
      first(1, 0),
      first(0, 1),
      first(2 ** 32, 0),
      first(-1, 0),
      first(Number.MAX_SAFE_INTEGER, 0),
      first(Number.MIN_SAFE_INTEGER, 0),
    ]);
    expect(seen.size).toBe(7);
  });

  it('gives distinct states to the streams of one seed', () => {
    const states = new Set<string>();
    for (let stream = 0; stream < 5000; stream++) states.add(createRng(5, stream).state.join());
    expect(states.size).toBe(5000);
  });

  it('is roughly uniform on [0, 1): range, mean and a 64-bin chi-square', () => {
    const n = 1 << 18;
    const x = draws(createRng(2024), n);
    const bins = new Float64Array(64);
    let sum = 0;
    let outside = 0;
    for (const u of x) {
      if (!(u >= 0 && u < 1)) outside++;
      bins[Math.floor(u * 64)] = (bins[Math.floor(u * 64)] ?? 0) + 1;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    const expected = n / 64;
    let chi2 = 0;
    for (const count of bins) chi2 += (count - expected) ** 2 / expected;
    // 63 degrees of freedom: mean 63, sd √126 ≈ 11.2; 5 sd either side.
    expect(chi2).toBeGreaterThan(63 - 5 * Math.sqrt(126));
    expect(chi2).toBeLessThan(63 + 5 * Math.sqrt(126));
  });

  it('leaves neighbouring streams and successive draws uncorrelated', () => {
    const n = 100_000;
    const a = draws(createRng(11, 0), n);
    const b = draws(createRng(11, 1), n);
    const correlation = (x: Float64Array, y: Float64Array, len: number) => {
      let sxy = 0;
      for (let i = 0; i < len; i++) sxy += ((x[i] as number) - 0.5) * ((y[i] as number) - 0.5);
      return sxy / len / (1 / 12);
    };
    expect(Math.abs(correlation(a, b, n))).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(correlation(a, a.subarray(1), n - 1))).toBeLessThan(5 / Math.sqrt(n));
  });

  it('rejects seeds and streams it cannot represent', () => {
    expect(() => createRng(0.5)).toThrow(RangeError);
    expect(() => createRng(2 ** 53)).toThrow(RangeError);
    expect(() => createRng(1, -1)).toThrow(RangeError);
    expect(() => createRng(1, 2 ** 32)).toThrow(RangeError);
  });
});
