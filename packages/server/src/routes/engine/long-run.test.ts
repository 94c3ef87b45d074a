import { describe, expect, it } from 'vitest';
import { isLongRun } from './long-run.js';

/** A workspace of `partners` partners, `gaussianCriteria` of its criteria Gaussian. */
const at = (partners: number, gaussianCriteria = 0) => ({ partners, gaussianCriteria });

describe('isLongRun', () => {
  it('draws the line where a request would hold a connection for long', () => {
    expect(isLongRun('simulate', { scenarios: 200_000 }, at(10))).toBe(false);
    expect(isLongRun('simulate', { scenarios: 200_001 }, at(10))).toBe(true);
    expect(isLongRun('frontier', { points: 21 }, at(10))).toBe(false);
    expect(isLongRun('frontier', { points: 22 }, at(10))).toBe(true);
    // With cvar: scenarios × partners over 20,000 (the default is 1,000 scenarios).
    expect(isLongRun('frontier', { cvar: true }, at(20))).toBe(false);
    expect(isLongRun('frontier', { cvar: true }, at(21))).toBe(true);
    expect(isLongRun('frontier', { cvar: true, scenarios: 500 }, at(40))).toBe(false);
    expect(isLongRun('frontier', { cvar: true, scenarios: 500, points: 22 }, at(10))).toBe(true);
    expect(isLongRun('shapley', { samples: 10_000, selected: ['a', 'b'] }, at(10))).toBe(false);
    expect(isLongRun('shapley', { samples: 100_001 }, at(10))).toBe(true);
    expect(
      isLongRun('shapley', { selected: Array.from({ length: 21 }, (_, i) => `p${i}`) }, at(30)),
    ).toBe(true);
    expect(isLongRun('optimize', { explain: true }, at(50))).toBe(false);
    expect(isLongRun('optimize', { explain: true }, at(51))).toBe(true);
    expect(isLongRun('optimize', { explain: false }, at(10_000))).toBe(false);
    expect(isLongRun('rank', { method: 'topsis', sensitivity: true }, at(10_000))).toBe(false);
  });

  it('sends a PROMETHEE rank past 50 million Gaussian pairs to a job, and no other rank', () => {
    // 5,000² × 2 = 50,000,000 pairs: at the line; one more partner is past it.
    expect(isLongRun('rank', { method: 'promethee' }, at(5_000, 2))).toBe(false);
    expect(isLongRun('rank', { method: 'promethee' }, at(5_001, 2))).toBe(true);
    // Without a Gaussian criterion every preference function sorts: never long.
    expect(isLongRun('rank', { method: 'promethee' }, at(100_000, 0))).toBe(false);
    for (const method of ['weighted-sum', 'topsis', 'vikor']) {
      expect(isLongRun('rank', { method }, at(100_000, 10))).toBe(false);
    }
  });
});
