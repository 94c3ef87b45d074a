import { describe, expect, it } from 'vitest';
import { groupDirectWeights } from './group-direct-weights.js';

describe('the group’s direct weights', () => {
  it('average each assessor’s shares (by hand)', () => {
    // A: 5/3/2 → 0.5/0.3/0.2; B: 0.2/0.2/0.6 → the same shares. Mean: 0.35/0.25/0.4.
    const w = groupDirectWeights(
      ['tech', 'market', 'risk'],
      [
        { tech: 5, market: 3, risk: 2 },
        { tech: 0.2, market: 0.2, risk: 0.6 },
      ],
    );
    expect(w[0]).toBeCloseTo(0.35, 12);
    expect(w[1]).toBeCloseTo(0.25, 12);
    expect(w[2]).toBeCloseTo(0.4, 12);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('leave out an assessor who weighs nothing; none left gives nothing', () => {
    expect(
      groupDirectWeights(
        ['a', 'b'],
        [
          { a: 1, b: 3 },
          { a: 0, b: 0 },
        ],
      ),
    ).toEqual([0.25, 0.75]);
    expect(groupDirectWeights(['a'], [{ a: 0 }])).toEqual([]);
  });
});
