import { describe, expect, it } from 'vitest';
import type { SmaaDocument } from '../../api/types';
import { membershipRows } from './membership';

describe('membershipRows', () => {
  it('keeps partners ever in the optimum or in it at expected values, most often first', () => {
    const document = {
      samples: 10,
      rankAcceptability: {},
      centralWeights: {},
      confidence: {},
      portfolio: {
        samples: 10,
        membership: { a: 0.3, b: 1, c: 0, d: 0.3, e: 0 },
        optimal: ['b', 'e'],
        infeasible: 0,
      },
    } as SmaaDocument;
    expect(membershipRows(document)).toStrictEqual([
      { id: 'b', share: 1, optimal: true },
      { id: 'a', share: 0.3, optimal: false },
      { id: 'd', share: 0.3, optimal: false },
      { id: 'e', share: 0, optimal: true },
    ]);
  });
});
