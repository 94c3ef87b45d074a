import { describe, expect, it } from 'vitest';
import { isLongRun } from './long-run.js';

describe('isLongRun', () => {
  it('draws the line where a request would hold a connection for long', () => {
    expect(isLongRun('simulate', { scenarios: 200_000 }, 10)).toBe(false);
    expect(isLongRun('simulate', { scenarios: 200_001 }, 10)).toBe(true);
    expect(isLongRun('frontier', { points: 21 }, 10)).toBe(false);
    expect(isLongRun('frontier', { points: 22 }, 10)).toBe(true);
    // With cvar: scenarios × partners over 20,000 (the default is 1,000 scenarios).
    expect(isLongRun('frontier', { cvar: true }, 20)).toBe(false);
    expect(isLongRun('frontier', { cvar: true }, 21)).toBe(true);
    expect(isLongRun('frontier', { cvar: true, scenarios: 500 }, 40)).toBe(false);
    expect(isLongRun('frontier', { cvar: true, scenarios: 500, points: 22 }, 10)).toBe(true);
    expect(isLongRun('shapley', { samples: 10_000, selected: ['a', 'b'] }, 10)).toBe(false);
    expect(isLongRun('shapley', { samples: 100_001 }, 10)).toBe(true);
    expect(
      isLongRun('shapley', { selected: Array.from({ length: 21 }, (_, i) => `p${i}`) }, 30),
    ).toBe(true);
    expect(isLongRun('optimize', { explain: true }, 50)).toBe(false);
    expect(isLongRun('optimize', { explain: true }, 51)).toBe(true);
    expect(isLongRun('optimize', { explain: false }, 10_000)).toBe(false);
    expect(isLongRun('rank', { method: 'topsis', sensitivity: true }, 10_000)).toBe(false);
  });
});
