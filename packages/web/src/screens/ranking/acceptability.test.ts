import { describe, expect, it } from 'vitest';
import { acceptabilityRows } from './acceptability';

describe('acceptabilityRows', () => {
  it('orders by first-rank share, then second and third, and keeps the rest as "lower"', () => {
    const rows = acceptabilityRows(
      {
        samples: 10,
        seed: 1,
        method: 'weighted-sum',
        rankAcceptability: {
          a: [0.2, 0.5, 0.3, 0],
          b: [0.6, 0.2, 0.1, 0.1],
          c: [0.2, 0.3, 0.1, 0.4],
          d: [0, 0, 0.5, 0.5],
        },
        centralWeights: {},
        confidence: {},
      },
      3,
    );
    expect(rows.map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(rows[2]?.lower).toBeCloseTo(0.4, 12);
  });
});
