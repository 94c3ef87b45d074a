import { describe, expect, it } from 'vitest';
import { scaleDistribution, trustWeightsOf, weightSpecByTrust } from './trust-weights';

describe('trust weights', () => {
  it('weigh only partners with a record, by their score', () => {
    expect(
      trustWeightsOf([
        { partner: 'a', score: 1 / 3, uncertainty: 0.2, counted: 1, direction: 'falling' },
        { partner: 'b', score: 0.5, uncertainty: 0.29, counted: 0, direction: 'steady' },
      ]),
    ).toEqual({ a: 1 / 3 });
  });

  it('scale every form of distribution', () => {
    expect(scaleDistribution(300, 0.5)).toBe(150);
    expect(scaleDistribution({ triangular: [230, 300, 380] }, 0.5)).toEqual({
      triangular: [115, 150, 190],
    });
    expect(scaleDistribution({ uniform: [10, 20] }, 2)).toEqual({ uniform: [20, 40] });
    expect(scaleDistribution({ pert: [1, 2, 3] }, 2)).toEqual({ pert: [2, 4, 6] });
    expect(scaleDistribution({ normal: [100, 10] }, 0.5)).toEqual({ normal: [50, 5] });
    expect(scaleDistribution({ lognormal: [1, 0.5] }, Math.E)).toEqual({ lognormal: [2, 0.5] });
  });

  it('scale the returns of the weighted partners only', () => {
    const spec = {
      version: 1,
      partners: [
        { id: 'a', cost: 10, return: { uniform: [10, 20] } },
        { id: 'b', cost: 10, return: 30 },
      ],
    };
    expect(weightSpecByTrust(spec, { a: 0.5 })).toEqual({
      version: 1,
      partners: [
        { id: 'a', cost: 10, return: { uniform: [5, 10] } },
        { id: 'b', cost: 10, return: 30 },
      ],
    });
  });
});
