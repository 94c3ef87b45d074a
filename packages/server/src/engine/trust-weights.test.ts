import { expectedValue, validateSpecDocument } from '@partnerfolio/core';
import { describe, expect, it } from 'vitest';
import { scaleDistribution, weightSpecByTrust } from './trust-weights.js';

describe('trust weights', () => {
  it('scales every distribution form so that its expected value scales by k', () => {
    const k = 0.4;
    const forms = [
      10,
      { uniform: [2, 6] },
      { triangular: [1, 2, 6] },
      { pert: [1, 2, 6] },
      { normal: [5, 1] },
      { lognormal: [1, 0.5] },
    ] as const;
    for (const form of forms) {
      const spec = (value: unknown) => ({
        version: 1,
        criteria: [{ id: 'c', kind: 'benefit', weight: 1 }],
        partners: [{ id: 'a', kind: 'academic', scores: { c: 1 }, cost: 0, return: value }],
      });
      const before = validateSpecDocument(spec(form));
      const after = validateSpecDocument(spec(scaleDistribution(form as never, k)));
      if (!before.ok || !after.ok) throw new Error('invalid spec in test');
      const mean = (r: typeof before) =>
        r.ok
          ? expectedValue(r.value.portfolio.partners[0]?.return ?? { kind: 'fixed', value: 0 })
          : 0;
      expect(mean(after), JSON.stringify(form)).toBeCloseTo(k * mean(before), 9);
    }
  });

  it('leaves partners without a weight as they are', () => {
    const spec = {
      version: 1,
      criteria: [],
      partners: [
        { id: 'a', kind: 'academic', scores: {}, cost: 1, return: 10 },
        { id: 'b', kind: 'academic', scores: {}, cost: 1, return: 10 },
      ],
    } as never;
    const weighted = weightSpecByTrust(spec, { a: 0.5 }) as unknown as {
      partners: { return: number }[];
    };
    expect(weighted.partners.map((p) => p.return)).toEqual([5, 10]);
  });
});
