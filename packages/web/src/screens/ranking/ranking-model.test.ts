import { describe, expect, it } from 'vitest';
import { rank, sensitivity } from '../../engine';
import {
  agreesWith,
  buildModel,
  partnerCount,
  rankChanges,
  rerank,
  sameWeights,
  serverChecks,
} from './ranking-model';

const partner = (id: string, tech: number, market: number, risk: number) => ({
  id,
  name: `Partner ${id}`,
  kind: 'enterprise',
  scores: { tech, market, risk },
  cost: 1,
  return: 2,
});

/** A spec as plain data, as GET /spec?format=json sends it. */
const spec: unknown = {
  version: 1,
  organization: 'Test',
  unit: 'USD',
  criteria: [
    { id: 'tech', name: 'Technical strength', kind: 'benefit' },
    { id: 'market', name: 'Market potential', kind: 'benefit' },
    { id: 'risk', name: 'Risk', kind: 'cost' },
  ],
  weighting: {
    method: 'ahp',
    matrix: [
      [1, 3, 5],
      ['1/3', 1, 2],
      ['1/5', '1/2', 1],
    ],
  },
  normalization: 'minmax',
  partners: [
    partner('a', 9, 2, 5),
    partner('b', 6, 8, 3),
    partner('c', 4, 9, 2),
    partner('d', 7, 5, 8),
    partner('e', 3, 3, 1),
  ],
};

describe('the ranking model', () => {
  const built = buildModel(spec);
  if (!built.ok) throw new Error(built.issues.join('\n'));
  const { model } = built;

  it('reads the spec: five partners, three criteria, AHP weights summing to 1', () => {
    expect(partnerCount(spec)).toBe(5);
    expect(model.matrix.m).toBe(5);
    expect(model.matrix.n).toBe(3);
    expect(model.savedWeights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it.each(['weighted-sum', 'topsis'] as const)('agrees with the engine’s rank() (%s)', (method) => {
    const ours = rerank(model, model.savedWeights, method).ranking;
    const theirs = rank(model.portfolio, { method });
    if (!theirs.ok) throw new Error('rank failed');
    expect(agreesWith(model, ours, theirs.value.ranking)).toBe(true);
    const shuffled = theirs.value.ranking.map((r, i) => (i === 0 ? { ...r, rank: 2 } : r));
    expect(agreesWith(model, ours, shuffled)).toBe(false);
  });

  it('changes the order when a weight leaves its stability interval', () => {
    const rows = sensitivity(model.portfolio, {
      method: 'weighted-sum',
      weights: model.savedWeights,
    });
    if (!rows.ok) throw new Error('sensitivity failed');
    const tech = rows.value[0];
    expect(tech?.criterion).toBe('tech');
    const before = rerank(model, model.savedWeights, 'weighted-sum').ranking;
    const w = [...model.savedWeights];
    const target = Math.min(1, (tech?.ranking.high ?? 1) + 0.05);
    const others = 1 - (w[0] ?? 0);
    const moved = w.map((x, k) => (k === 0 ? target : (x * (1 - target)) / others));
    const after = rerank(model, moved, 'weighted-sum').ranking;
    expect(rankChanges(before.ranks, after.ranks).some((d) => d !== 0)).toBe(true);
    expect(sameWeights(moved, model.savedWeights)).toBe(false);
  });

  it('reports what is wrong with an invalid spec', () => {
    const result = buildModel({ version: 1, partners: [{ id: 'x' }] });
    expect(result.ok).toBe(false);
  });

  it('times the re-rank with the clock it is given', () => {
    let clock = 0;
    const timed = rerank(model, model.savedWeights, 'topsis', () => (clock += 2));
    expect(timed.ms).toBe(2);
  });
});

describe('serverChecks', () => {
  /** A spec of `partners` partners on two criteria, Gaussian preferences when `gaussian`. */
  const wide = (partners: number, gaussian: boolean) => {
    const preference = gaussian ? { preference: { type: 'gaussian', s: 5 } } : {};
    const built = buildModel({
      version: 1,
      organization: 'Wide',
      unit: 'points',
      criteria: [
        { id: 'a', name: 'A', kind: 'benefit', weight: 1, ...preference },
        { id: 'b', name: 'B', kind: 'cost', weight: 1, ...preference },
      ],
      partners: Array.from({ length: partners }, (_, i) => ({
        id: `p${i}`,
        name: `P${i}`,
        kind: 'enterprise',
        scores: { a: i % 97, b: i % 89 },
        cost: 1,
        return: 2,
      })),
    });
    if (!built.ok) throw new Error(built.issues.join('; '));
    return built.model;
  };

  it('asks the server unless it would rank as a job (PROMETHEE past 5·10⁷ Gaussian pairs)', () => {
    // 5,000² × 2 = 5·10⁷: answered at once, so checked; one partner more runs as a job.
    expect(serverChecks(wide(5_000, true), 'promethee')).toBe(true);
    const past = wide(5_001, true);
    expect(serverChecks(past, 'promethee')).toBe(false);
    // Other methods, and PROMETHEE without Gaussian criteria, are always checked.
    for (const method of ['weighted-sum', 'topsis', 'vikor'] as const) {
      expect(serverChecks(past, method)).toBe(true);
    }
    expect(serverChecks(wide(5_001, false), 'promethee')).toBe(true);
  });
});
