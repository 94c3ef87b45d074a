import { describe, expect, it } from 'vitest';
import { tablePortfolio } from '../mcdm/test-support/portfolio.js';
import { rankReport, weightsReport } from './analysis.js';

const portfolio = tablePortfolio({
  criteria: [
    ['a', 'benefit', 0.5],
    ['b', 'benefit', 0.3],
    ['c', 'benefit', 0.2],
  ],
  // Zhao, Peng & Li (2013): PROMETHEE II net flows 0.1, −0.3, 0.2 (see promethee.test.ts).
  partners: { p1: [4, 3, 2], p2: [3, 2, 4], p3: [5, 1, 3] },
});

describe('rank and weights by the further methods', () => {
  it('promethee: best net flow first, with φ⁺ and φ⁻ and the GAIA plane', () => {
    const r = rankReport(portfolio, { method: 'promethee' });
    if (!r.ok || r.value.method !== 'promethee') throw new Error('expected a PROMETHEE ranking');
    expect(r.value.ranking.map((e) => [e.id, e.rank])).toStrictEqual([
      ['p3', 1],
      ['p1', 2],
      ['p2', 3],
    ]);
    expect(r.value.ranking[0]?.score).toBeCloseTo(0.2, 15);
    const first = r.value.ranking[0];
    expect((first?.phiPlus ?? 0) - (first?.phiMinus ?? 0)).toBeCloseTo(first?.score ?? 0, 15);
    expect(Object.keys(r.value.gaia.partners)).toStrictEqual(['p1', 'p2', 'p3']);
  });

  it('vikor: lowest Q first, with S, R and the acceptance conditions', () => {
    const r = rankReport(portfolio, { method: 'vikor', v: 0.5 });
    if (!r.ok || r.value.method !== 'vikor') throw new Error('expected a VIKOR ranking');
    const qs = r.value.ranking.map((e) => e.score);
    expect([...qs].sort((x, y) => x - y)).toStrictEqual(qs);
    expect(r.value.acceptance.compromise.length).toBeGreaterThan(0);
    expect(rankReport(portfolio, { method: 'vikor', v: 2 }).ok).toBe(false);
  });

  it('sensitivity with an outranking method is an issue, not silently dropped', () => {
    const r = rankReport(portfolio, { method: 'promethee', sensitivity: true });
    expect(r.ok || r.issues[0]?.code).toBe('sensitivity_unsupported');
  });

  it('weights --method critic answers one weight per criterion, summing to 1', () => {
    const r = weightsReport(portfolio, { method: 'critic' });
    if (!r.ok) throw new Error('expected weights');
    expect(Object.keys(r.value.weights)).toStrictEqual(['a', 'b', 'c']);
    const total = Object.values(r.value.weights).reduce((s, w) => s + w, 0);
    expect(total).toBeCloseTo(1, 15);
  });
});
