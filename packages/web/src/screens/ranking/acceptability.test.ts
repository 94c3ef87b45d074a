import { describe, expect, it } from 'vitest';
import { acceptabilityRows, uncertainPartners } from './acceptability';
import { buildModel } from './ranking-model';

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

describe('uncertainPartners', () => {
  it('lists the partners whose scores SMAA draws, by criterion name, leaving exact cells out', () => {
    const partner = (id: string, extra: object = {}) => ({
      id,
      kind: 'academic',
      scores: { tech: 6, market: 5 },
      cost: 1,
      return: 2,
      ...extra,
    });
    const built = buildModel({
      version: 1,
      criteria: [
        { id: 'tech', name: 'Technology', kind: 'benefit', weight: 1 },
        { id: 'market', kind: 'benefit', weight: 1 },
      ],
      partners: [
        partner('a', {
          scoreDistributions: { market: { uniform: [4, 6] }, tech: { normal: [6, 1] } },
        }),
        partner('b', { scoreDistributions: { tech: 6 } }),
        partner('c'),
      ],
    });
    if (!built.ok) throw new Error(built.issues.join('; '));
    expect(uncertainPartners(built.model.portfolio)).toEqual([
      { id: 'a', name: 'a', criteria: ['Technology', 'market'] },
    ]);
  });
});
