import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORMALIZATIONS, type Portfolio } from '../model/types.js';
import { sameScore } from './order-ranks.js';
import { rank } from './rank.js';
import type { RankMethod } from './rank-matrix.js';
import { sensitivity, type WeightSensitivity } from './sensitivity.js';
import { tablePortfolio } from './test-support/portfolio.js';
import { weightsAlong } from './weight-path.js';

function rows(p: Portfolio, method: RankMethod, weights?: number[]): WeightSensitivity[] {
  const r = sensitivity(p, weights === undefined ? { method } : { method, weights });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
}

/** Scores by id (through the public `rank`) when criterion k's weight is t. */
function scoresAt(
  p: Portfolio,
  method: RankMethod,
  base: number[],
  k: number,
  t: number,
): Map<string, number> {
  const weights = Array.from(weightsAlong(base, k, t, new Float64Array(base.length)));
  // A single criterion at weight 0 leaves no weight at all: every partner ties.
  if (weights.every((w) => w === 0)) return new Map(p.partners.map((q) => [q.id, 0]));
  const r = rank(p, { method, weights });
  if (!r.ok) throw new Error('rank failed');
  return new Map(r.value.ranking.map((x) => [x.id, x.score]));
}

/**
 * Whether every pair keeps its order: the one listed first is not behind beyond the tie
 * tolerance. Scores that only meet (ties) do not count as overtaking, as documented.
 */
function keepsOrder(scores: Map<string, number>, pairs: [string, string][]): boolean {
  return pairs.every(([p, q]) => {
    const sp = scores.get(p) ?? Number.NaN;
    const sq = scores.get(q) ?? Number.NaN;
    return sp >= sq || sameScore(sp, sq);
  });
}

// Two partners, two criteria, raw scores: a = (1, 0), b = (0, 1). With weight t on the first
// criterion, a scores t and b scores 1 − t, so a leads exactly while t ≥ 0.5.
const SWAP = tablePortfolio({
  criteria: [
    ['x', 'benefit', 0.6],
    ['y', 'benefit', 0.4],
  ],
  partners: { a: [1, 0], b: [0, 1] },
  normalization: 'none',
});

describe('sensitivity: hand-worked', () => {
  it('finds the crossing of two lines exactly (weighted sum)', () => {
    const [x, y] = rows(SWAP, 'weighted-sum');
    expect(x).toMatchObject({
      criterion: 'x',
      top: { low: 0.5, high: 1 },
      ranking: { low: 0.5, high: 1 },
    });
    expect(x?.weight).toBeCloseTo(0.6, 15);
    expect(y?.top.low).toBe(0);
    expect(y?.top.high).toBeCloseTo(0.5, 15);
  });

  it('finds the same crossing within 1e-9 by scanning (TOPSIS)', () => {
    // TOPSIS closeness of a is t/(t + (1 − t)) here, so the swap is again at 0.5.
    const [x] = rows(SWAP, 'topsis');
    expect(Math.abs((x?.top.low ?? 0) - 0.5)).toBeLessThan(1e-9);
    expect(x?.top.high).toBe(1);
  });

  it('separates the first choice from the whole ranking', () => {
    // a dominates on x; b and c swap on y vs x, which never threatens a.
    const p = tablePortfolio({
      criteria: [
        ['x', 'benefit', 0.5],
        ['y', 'benefit', 0.5],
      ],
      partners: { a: [10, 10], b: [4, 0], c: [0, 6] },
      normalization: 'none',
    });
    const [x] = rows(p, 'weighted-sum');
    // b: 4t, c: 6(1 − t): b ahead of c while t ≥ 0.6; currently (t = 0.5) c is second.
    expect(x?.top).toEqual({ low: 0, high: 1 });
    expect(x?.ranking.low).toBe(0);
    expect(x?.ranking.high).toBeCloseTo(0.6, 15);
  });

  it('handles a weight of 1 (the others then share the rest equally)', () => {
    const [x] = rows(SWAP, 'weighted-sum', [1, 0]);
    expect(x?.weight).toBe(1);
    expect(x?.top.low).toBeCloseTo(0.5, 15);
    expect(x?.top.high).toBe(1);
  });

  it('handles a single criterion and a single partner', () => {
    const single = tablePortfolio({
      criteria: [['x', 'benefit', 2]],
      partners: { a: [1], b: [3] },
    });
    for (const method of ['weighted-sum', 'topsis'] as const) {
      expect(rows(single, method)).toEqual([
        { criterion: 'x', weight: 1, top: { low: 0, high: 1 }, ranking: { low: 0, high: 1 } },
      ]);
    }
    const alone = tablePortfolio({
      criteria: [
        ['x', 'benefit', 1],
        ['y', 'cost', 1],
      ],
      partners: { a: [1, 2] },
    });
    expect(rows(alone, 'topsis').map((r) => r.ranking)).toEqual([
      { low: 0, high: 1 },
      { low: 0, high: 1 },
    ]);
  });

  it('keeps a current tie only on the side where the first-listed partner does not fall behind', () => {
    // At t = 0.5 a and b tie (listed a, b); a leads for t > 0.5, b for t < 0.5.
    const p = tablePortfolio({
      ...{ criteria: SWAP.criteria.map((c) => [c.id, c.kind, 1] as const) },
      partners: { a: [1, 0], b: [0, 1] },
      normalization: 'none',
    });
    const [x, y] = rows(p, 'weighted-sum');
    expect(x?.top).toEqual({ low: 0.5, high: 1 });
    expect(y?.top).toEqual({ low: 0, high: 0.5 });
    // Different rows, the same score line when d varies: (0.1 + 0.2) + 0.3 and (0.3 + 0.2) + 0.1
    // differ in the last bit, which must not read as a crossing at the current weight.
    const sameLine = tablePortfolio({
      criteria: ['a', 'b', 'c', 'd'].map((id) => [id, 'benefit', 1] as const),
      partners: { p: [0.1, 0.2, 0.3, 0], q: [0.3, 0.2, 0.1, 0] },
      normalization: 'none',
    });
    expect(rows(sameLine, 'weighted-sum')[3]?.ranking).toEqual({ low: 0, high: 1 });
    const identical = tablePortfolio({
      criteria: [
        ['x', 'benefit', 1],
        ['y', 'benefit', 1],
      ],
      partners: { a: [1, 2], b: [1, 2] },
    });
    expect(rows(identical, 'topsis')[0]?.ranking).toEqual({ low: 0, high: 1 });
  });
});

const portfolios = fc
  .record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 1, max: 4 }) })
  .chain(({ m, n }) =>
    fc.record({
      scores: fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
      kinds: fc.array(fc.constantFrom('benefit' as const, 'cost' as const), {
        minLength: n,
        maxLength: n,
      }),
      weights: fc
        .array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n })
        .filter((w) => w.some((x) => x > 0)),
      normalization: fc.constantFrom(...NORMALIZATIONS),
    }),
  )
  .map(({ scores, kinds, weights, normalization }) =>
    tablePortfolio({
      criteria: kinds.map((kind, k) => [`c${k}`, kind, weights[k]] as const),
      partners: Object.fromEntries(scores.map((row, i) => [`p${i}`, row])),
      normalization,
    }),
  );

describe('sensitivity: re-ranking just inside and just outside each bound', () => {
  const DELTA = 1e-6;
  for (const method of ['weighted-sum', 'topsis'] as const) {
    it(method, () => {
      fc.assert(
        fc.property(portfolios, (p) => {
          const now = rank(p, { method });
          if (!now.ok) throw new Error('rank failed');
          const ranks = now.value.ranking.map((r) => r.rank);
          // Current ties make one side of an interval end at the weight itself (tested by hand above).
          fc.pre(new Set(ranks).size === ranks.length);
          const ids = now.value.ranking.map((x) => x.id);
          const topPairs = ids.slice(1).map((id) => [ids[0] ?? '', id] as [string, string]);
          // Every pair, not only neighbours: this checks the claim that neighbours suffice.
          const allPairs = ids.flatMap((p1, i) =>
            ids.slice(i + 1).map((p2) => [p1, p2] as [string, string]),
          );
          const result = rows(p, method);
          const base = result.map((r) => r.weight);
          result.forEach((row, k) => {
            for (const [pairs, { low, high }] of [
              [topPairs, row.top],
              [allPairs, row.ranking],
            ] as const) {
              const holds = (t: number) => keepsOrder(scoresAt(p, method, base, k, t), pairs);
              expect(low).toBeLessThanOrEqual(row.weight + 1e-12);
              expect(high).toBeGreaterThanOrEqual(row.weight - 1e-12);
              expect(holds(low)).toBe(true);
              expect(holds(high)).toBe(true);
              expect(holds((low + high) / 2)).toBe(true);
              if (high - low > 2 * DELTA) {
                expect(holds(low + DELTA)).toBe(true);
                expect(holds(high - DELTA)).toBe(true);
              }
              if (low > DELTA) expect(holds(low - DELTA)).toBe(false);
              if (high < 1 - DELTA) expect(holds(high + DELTA)).toBe(false);
            }
          });
        }),
        { seed: method === 'topsis' ? 11 : 5, numRuns: method === 'topsis' ? 150 : 400 },
      );
    });
  }
});
