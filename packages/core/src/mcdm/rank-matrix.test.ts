import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORMALIZATIONS } from '../model/types.js';
import { rank } from './rank.js';
import { rankMatrix } from './rank-matrix.js';
import { tablePortfolio } from './test-support/portfolio.js';

const table = fc
  .record({ m: fc.integer({ min: 1, max: 8 }), n: fc.integer({ min: 1, max: 4 }) })
  .chain(({ m, n }) =>
    fc.record({
      m: fc.constant(m),
      n: fc.constant(n),
      values: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: m * n, maxLength: m * n }),
      kinds: fc.array(fc.constantFrom('benefit' as const, 'cost' as const), {
        minLength: n,
        maxLength: n,
      }),
      weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }),
      normalization: fc.constantFrom(...NORMALIZATIONS),
      method: fc.constantFrom('weighted-sum' as const, 'topsis' as const),
    }),
  );

describe('rankMatrix', () => {
  it('agrees with rank() and never yields NaN', () => {
    fc.assert(
      fc.property(table, ({ m, n, values, kinds, weights, normalization, method }) => {
        const total = weights.reduce((s, w) => s + w, 0);
        const w = weights.map((x) => x / total);
        const fast = rankMatrix(Float64Array.from(values), m, n, kinds, w, normalization, method);
        expect(Array.from(fast.scores).every(Number.isFinite)).toBe(true);
        const partners = Object.fromEntries(
          Array.from({ length: m }, (_, i) => [
            `p${String(i).padStart(2, '0')}`,
            values.slice(i * n, i * n + n),
          ]),
        );
        const p = tablePortfolio({
          criteria: kinds.map((kind, k) => [`c${k}`, kind, weights[k]] as const),
          partners,
          normalization,
        });
        const slow = rank(p, { method });
        if (!slow.ok) throw new Error('rank failed');
        // Ids sort like indices here, so the orders must match exactly.
        expect(slow.value.ranking.map((r) => Number(r.id.slice(1)))).toEqual(
          Array.from(fast.order),
        );
        for (const r of slow.value.ranking) {
          const i = Number(r.id.slice(1));
          expect(r.rank).toBe(fast.ranks[i]);
          expect(r.score).toBeCloseTo(fast.scores[i] ?? Number.NaN, 12);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('ranks by the given weights without rescaling them', () => {
    const values = Float64Array.from([1, 0, 0, 1]);
    const r = rankMatrix(values, 2, 2, ['benefit', 'benefit'], [3, 1], 'none', 'weighted-sum');
    expect(Array.from(r.scores)).toEqual([3, 1]);
    expect(Array.from(r.order)).toEqual([0, 1]);
    expect(Array.from(r.ranks)).toEqual([1, 2]);
  });

  it('throws on a shape mismatch (a programming error, not a user error)', () => {
    expect(() => rankMatrix(new Float64Array(5), 2, 3, ['benefit'], [1], 'none', 'topsis')).toThrow(
      RangeError,
    );
  });
});
