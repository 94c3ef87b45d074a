import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../model/types.js';
import { formatPath } from '../util/issues.js';
import { sameScore } from './order-ranks.js';
import { partnerScores } from './partner-scores.js';
import { type Ranking, rank } from './rank.js';
import { tablePortfolio, WORKED } from './test-support/portfolio.js';

function ranked(r: ReturnType<typeof rank>): Ranking['ranking'] {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value.ranking;
}

describe('weighted sum', () => {
  it('ranks the worked table (vector normalisation, weights 0.5 / 0.3 / 0.2)', () => {
    // a: 0.5·3/5 + 0.3·1/3 + 0.2·(1 − 2/6); b: 0.5·4/5 + 0.3·2/3 + 0.2·(1 − 4/6); c: 0 + 0.2 + 0.2/3
    const r = ranked(rank(tablePortfolio(WORKED), { method: 'weighted-sum' }));
    expect(r.map((x) => [x.id, x.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
    expect(r[0]?.score).toBeCloseTo(0.4 + 0.2 + 0.2 / 3, 14);
    expect(r[1]?.score).toBeCloseTo(0.3 + 0.1 + 0.4 / 3, 14);
    expect(r[2]?.score).toBeCloseTo(0.2 + 0.2 / 3, 14);
  });

  it('takes what-if weights, rescaled to sum 1', () => {
    const r = ranked(rank(tablePortfolio(WORKED), { method: 'weighted-sum', weights: [0, 0, 2] }));
    // Only risk counts: a has the lowest risk.
    expect(r.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(r[0]?.score).toBeCloseTo(1 - 2 / 6, 14);
    expect(r[1]?.rank).toBe(2);
    expect(r[2]?.rank).toBe(2);
  });

  it('partnerScores gives the same scores in partner order', () => {
    const s = partnerScores(tablePortfolio(WORKED));
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(Array.from(s.value)).toEqual(
      ['a', 'b', 'c'].map(
        (id) =>
          ranked(rank(tablePortfolio(WORKED), { method: 'weighted-sum' })).find((x) => x.id === id)
            ?.score,
      ),
    );
  });
});

describe('TOPSIS', () => {
  it('matches a hand-worked example', () => {
    // Weighted normalised matrix (vector; risk not reversed):
    //   a: 0.3 0.1 1/15   ideal:      0.4 0.2 1/15 (risk is a cost: its minimum)
    //   b: 0.4 0.2 2/15   anti-ideal: 0   0.1 2/15
    //   c: 0   0.2 2/15
    const dA = [Math.sqrt(0.01 + 0.01), Math.sqrt(0.09 + 1 / 225)];
    const dB = [Math.sqrt(1 / 225), Math.sqrt(0.16 + 0.01)];
    const dC = [Math.sqrt(0.16 + 1 / 225), Math.sqrt(0.01)];
    const closeness = ([plus = 0, minus = 0]: number[]) => minus / (plus + minus);
    const r = ranked(rank(tablePortfolio(WORKED), { method: 'topsis' }));
    expect(r.map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(r[0]?.score).toBeCloseTo(closeness(dB), 14);
    expect(r[1]?.score).toBeCloseTo(closeness(dA), 14);
    expect(r[2]?.score).toBeCloseTo(closeness(dC), 14);
    expect(r[0]?.score).toBeCloseTo(0.86081454, 7);
  });

  it('gives 0.5 to partners that are the ideal and the anti-ideal at once', () => {
    const p = tablePortfolio({ criteria: [['x', 'benefit', 1]], partners: { a: [2], b: [2] } });
    expect(ranked(rank(p, { method: 'topsis' }))).toEqual([
      { id: 'a', score: 0.5, rank: 1 },
      { id: 'b', score: 0.5, rank: 1 },
    ]);
  });

  it('uses the minimum of a cost column as the ideal under every normalisation', () => {
    for (const normalization of ['vector', 'minmax', 'max', 'sum', 'none'] as const) {
      const p = tablePortfolio({
        criteria: [['risk', 'cost', 1]],
        partners: { hi: [9], lo: [1], mid: [4] },
        normalization,
      });
      const r = ranked(rank(p, { method: 'topsis' }));
      expect(r.map((x) => x.id)).toEqual(['lo', 'mid', 'hi']);
      expect(r[0]?.score).toBe(1);
      expect(r[2]?.score).toBe(0);
    }
  });
});

describe('ties', () => {
  const tied = (scores: Record<string, number>): Portfolio =>
    tablePortfolio({
      criteria: [['x', 'benefit', 1]],
      partners: Object.fromEntries(Object.entries(scores).map(([id, x]) => [id, [x]])),
      normalization: 'none',
    });

  it('share a rank (1, 2, 2, 4) and are listed by id', () => {
    for (const method of ['weighted-sum', 'topsis'] as const) {
      const r = ranked(rank(tied({ d: 10, c: 5, a: 1, b: 5 }), { method }));
      expect(r.map((x) => [x.id, x.rank])).toEqual([
        ['d', 1],
        ['b', 2],
        ['c', 2],
        ['a', 4],
      ]);
    }
  });

  it('counts scores within 1e-12 (relative) as equal, and no further', () => {
    const near = ranked(rank(tied({ z: 5 * (1 + 1e-13), y: 5 }), { method: 'weighted-sum' }));
    expect(near.map((x) => [x.id, x.rank])).toEqual([
      ['y', 1],
      ['z', 1],
    ]);
    const far = ranked(rank(tied({ z: 5 * (1 + 1e-10), y: 5 }), { method: 'weighted-sum' }));
    expect(far.map((x) => [x.id, x.rank])).toEqual([
      ['z', 1],
      ['y', 2],
    ]);
  });
});

describe('input issues', () => {
  const paths = (r: ReturnType<typeof rank>) =>
    r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`);

  it('names the partner and criterion of a missing score', () => {
    const base = tablePortfolio(WORKED);
    const [first, ...rest] = base.partners;
    if (first === undefined) throw new Error('no partner');
    const p = { ...base, partners: [{ ...first, scores: { tech: 3, risk: 2 } }, ...rest] };
    expect(paths(rank(p, { method: 'weighted-sum' }))).toEqual([
      'missing_score@partners[0].scores.market',
    ]);
  });

  it('refuses negative scores under max and sum, and bad what-if weights', () => {
    const p = tablePortfolio({ ...WORKED, partners: { a: [3, -1, 2] }, normalization: 'sum' });
    expect(paths(rank(p, { method: 'topsis' }))).toEqual([
      'negative_score@partners[0].scores.market',
    ]);
    const q = tablePortfolio(WORKED);
    expect(paths(rank(q, { method: 'topsis', weights: [1, 2] }))).toEqual([
      'weights_length@weights',
    ]);
    expect(paths(rank(q, { method: 'topsis', weights: [1, -2, 1] }))).toEqual([
      'negative_weight@weights[1]',
    ]);
  });

  it('ranks an empty portfolio as an empty list', () => {
    const p = tablePortfolio({ ...WORKED, partners: {} });
    expect(ranked(rank(p, { method: 'topsis' }))).toEqual([]);
  });
});

describe('sameScore', () => {
  it('is relative for large scores and 1e-12 absolute near zero', () => {
    expect(sameScore(1e6, 1e6 + 1e-7)).toBe(true);
    expect(sameScore(1e6, 1e6 + 1e-5)).toBe(false);
    // 0.1·3 − 0.2·1.5 is 5.55e-17 in binary floating point, and means 0.
    expect(sameScore(0.1 * 3 - 0.2 * 1.5, 0)).toBe(true);
    expect(sameScore(0, 1e-11)).toBe(false);
  });
});
