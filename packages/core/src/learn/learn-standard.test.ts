import { describe, expect, it } from 'vitest';
import { createRng } from '../simulate/prng.js';
import { midRanks, rankCorrelation } from '../util/rank-correlation.js';
import { learnStandard, MAX_HISTORY, MIN_REVIEWED } from './learn-standard.js';

describe('spearman', () => {
  it("matches Wikipedia's worked example (IQ against hours of TV a week: ρ = −29/165)", () => {
    // https://en.wikipedia.org/wiki/Spearman%27s_rank_correlation_coefficient, "Example".
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    expect(rankCorrelation(iq, tv)).toBeCloseTo(-29 / 165, 12);
  });
  it('gives ties their mid-rank, and null for a constant side', () => {
    expect([...midRanks([10, 20, 20, 30])]).toEqual([1, 2.5, 2.5, 4]);
    expect(rankCorrelation([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

/** n partners: success follows `quality` (plus small noise); `noise` is unrelated; cost is cheaper-is-better. */
function history(n: number, seed: number) {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const quality = 1 + 9 * rng.next();
    return {
      id: `p${i}`,
      scores: { quality, noise: 1 + 9 * rng.next(), price: 1 + 9 * rng.next() },
      success: 10 * quality + rng.next(),
    };
  });
}

const criteria = [
  { id: 'quality', kind: 'benefit' as const, weight: 0.2 },
  { id: 'noise', kind: 'benefit' as const, weight: 0.6 },
  { id: 'price', kind: 'cost' as const, weight: 0.2 },
];

describe('learnStandard', () => {
  it('says there is not enough evidence below 8 reviewed partnerships', () => {
    const r = learnStandard(criteria, history(MIN_REVIEWED - 1, 1), { rng: createRng(1) });
    expect(r.ok && r.value).toEqual({
      status: 'insufficient',
      reviewed: 7,
      needed: 8,
      reason: 'too_few_reviewed',
    });
  });

  it('finds the criterion that predicted success, and moves the weight onto it', () => {
    const r = learnStandard(criteria, history(30, 2), {
      rng: createRng(7),
      bootstrap: 500,
      samples: 200,
    });
    if (!r.ok || r.value.status !== 'ok') throw new Error('expected a standard');
    const v = r.value;
    const quality = v.criteria.find((c) => c.criterion === 'quality');
    expect(quality?.rho).toBeGreaterThan(0.95);
    expect(quality?.ci?.[0]).toBeGreaterThan(0.8);
    const noise = v.criteria.find((c) => c.criterion === 'noise');
    expect(noise?.ci?.[0]).toBeLessThan(0);
    expect(noise?.ci?.[1]).toBeGreaterThan(0);
    expect(v.proposed.weights.quality).toBeGreaterThan(0.8);
    expect(v.proposed.rho).toBeGreaterThan(v.today.rho ?? 1);
    // Validated out of sample: each partner scored by weights fit without it.
    expect(v.proposed.looRho).toBeGreaterThan(0.9);
    expect(v.changes.length).toBeGreaterThan(0);
    for (const c of v.changes) expect(c.today).not.toBe(c.proposed);
  });

  it('is reproducible with the same seed', () => {
    const run = () =>
      learnStandard(criteria, history(12, 3), { rng: createRng(5), bootstrap: 200, samples: 50 });
    expect(run()).toEqual(run());
  });

  it('refuses a history without variation in success', () => {
    const flat = history(10, 4).map((p) => ({ ...p, success: 1 }));
    const r = learnStandard(criteria, flat, { rng: createRng(1) });
    expect(r.ok && r.value.status === 'insufficient' && r.value.reason).toBe('no_variation');
  });

  it('refuses a history longer than it can validate in bounded time', () => {
    const r = learnStandard(criteria, history(MAX_HISTORY + 1, 5), { rng: createRng(1) });
    expect(r.ok ? '' : r.issues[0]?.code).toBe('too_much_history');
  });
});
