import { describe, expect, it } from 'vitest';
import { analyseGroup } from './group-ahp';

describe('the group AHP', () => {
  it('combines two assessors by the geometric mean and keeps each one’s consistency', () => {
    const a = [
      [1, 4],
      [1 / 4, 1],
    ];
    const b = [
      [1, 1],
      [1, 1],
    ];
    const g = analyseGroup([a, b]);
    // sqrt(4 · 1) = 2: the group judges the first criterion twice as important.
    expect(g.matrix[0]?.[1]).toBeCloseTo(2, 12);
    expect(g.matrix[1]?.[0]).toBeCloseTo(0.5, 12);
    expect(g.group.result?.weights[0]).toBeCloseTo(2 / 3, 9);
    expect(g.assessors[0]?.result?.weights[0]).toBeCloseTo(0.8, 9);
    expect(g.assessors[1]?.result?.weights[0]).toBeCloseTo(0.5, 9);
    expect(g.assessors.every((x) => x.result?.cr === 0)).toBe(true);
  });

  it('gives each assessor their own CR, the group its own', () => {
    const consistent = [
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ];
    const inconsistent = [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ];
    const g = analyseGroup([consistent, inconsistent]);
    expect(g.assessors[0]?.result?.consistent).toBe(true);
    expect(g.assessors[1]?.result?.consistent).toBe(false);
    expect(g.group.result?.cr).toBeGreaterThan(0);
    expect(g.group.result?.cr).not.toBeCloseTo(g.assessors[1]?.result?.cr ?? 0, 6);
  });

  it('is the one matrix itself for one assessor', () => {
    const m = [
      [1, 3],
      [1 / 3, 1],
    ];
    const g = analyseGroup([m]);
    expect(g.matrix).toBe(m);
    expect(g.group.result?.weights[0]).toBeCloseTo(0.75, 9);
  });
});
