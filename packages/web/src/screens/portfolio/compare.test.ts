import { describe, expect, it } from 'vitest';
import { asFrontier, asOptimize, asSimulate, bestPoint, partnerDiff } from './compare';

describe('partnerDiff', () => {
  it('splits two selections into shared and own partners', () => {
    expect(partnerDiff(['a', 'b', 'c'], ['c', 'd', 'a'])).toEqual({
      both: ['a', 'c'],
      onlyA: ['b'],
      onlyB: ['d'],
    });
    expect(partnerDiff([], ['x'])).toEqual({ both: [], onlyA: [], onlyB: ['x'] });
  });
});

describe('reading scenario results', () => {
  const optimize = { status: 'optimal', selected: ['a'], objective: 3, gap: 0, resources: {} };
  const simulate = { scenarios: 10, mean: 1, sd: 0, p5: 1, p50: 1, p95: 1, probLoss: 0, cvar5: 1 };
  const frontier = {
    resource: 'budget',
    points: [
      { capacity: 1, status: 'infeasible', objective: null, selected: [] },
      { capacity: 2, status: 'optimal', objective: 5, selected: ['a'] },
      { capacity: 3, status: 'optimal', objective: 4, selected: ['b'] },
    ],
  };

  it('recognises each kind and nothing else', () => {
    expect(asOptimize(optimize)).toBe(optimize);
    expect(asOptimize(simulate)).toBeUndefined();
    expect(asSimulate(simulate)).toBe(simulate);
    expect(asSimulate({ ...simulate, mean: '1' })).toBeUndefined();
    expect(asFrontier(frontier)).toBe(frontier);
    expect(asFrontier(null)).toBeUndefined();
  });

  it('finds the best feasible frontier point', () => {
    expect(bestPoint(frontier as never)?.capacity).toBe(2);
    expect(bestPoint({ resource: 'r', points: [] })).toBeUndefined();
  });
});
