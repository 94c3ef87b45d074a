import { describe, expect, it } from 'vitest';
import { deliveryOf, weightSpecByTrust } from './trust-weights';

const summary = (partner: string, kept: number, broken: number) => ({
  partner,
  score: 0.5,
  uncertainty: 0.2,
  counted: kept + broken,
  kept,
  broken,
  direction: 'steady' as const,
});

describe('trust weights in the browser (core’s delivery model)', () => {
  it('centre every partner on the workspace record', () => {
    // K = 1, B = 0 → m = 2/3; a: Beta(4/3 + 1, 2/3); b (no record): Beta(4/3, 2/3).
    const d = deliveryOf(['a', 'b'], [summary('a', 1, 0)]);
    expect(d.a?.mean).toBeCloseTo(7 / 9, 14);
    expect(d.b?.mean).toBeCloseTo(2 / 3, 14);
  });

  it('write the posteriors into the spec', () => {
    const spec = {
      version: 1,
      partners: [
        { id: 'a', cost: 10, return: 20 },
        { id: 'b', cost: 10, return: 30 },
      ],
    };
    const weighted = weightSpecByTrust(spec, []) as { partners: { delivery?: unknown }[] };
    expect(weighted.partners.map((p) => p.delivery)).toEqual([{ beta: [1, 1] }, { beta: [1, 1] }]);
  });
});
