/**
 * The contracts of DESIGN.md "More methods" on the built binary: rank --method
 * promethee|vikor, weights --method entropy|critic and smaa, on fixtures/methods.yaml
 * (whose header gives the reference) and the demo.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RankJson, WeightsJson } from './contract.js';
import { fixture, runBin, runJson } from './run-cli.js';

const METHODS = fixture('methods.yaml');
const DEMO = 'examples/demo.yaml';
const num = z.number();

const PrometheeJson = RankJson.extend({
  method: z.literal('promethee'),
  ranking: z.array(
    z.object({ id: z.string(), score: num, rank: z.number().int(), phiPlus: num, phiMinus: num }),
  ),
});
const VikorJson = RankJson.extend({
  method: z.literal('vikor'),
  ranking: z.array(
    z.object({ id: z.string(), score: num, rank: z.number().int(), S: num, R: num }),
  ),
  acceptance: z.object({
    acceptableAdvantage: z.boolean(),
    acceptableStability: z.boolean(),
    dq: num,
    compromise: z.array(z.string()),
  }),
});
const SmaaJson = z.object({
  samples: z.number().int(),
  rankAcceptability: z.record(z.string(), z.array(num)),
  centralWeights: z.record(z.string(), z.record(z.string(), num)),
  confidence: z.record(z.string(), num),
});

describe.concurrent('more methods (built CLI)', () => {
  it('rank --method promethee: net flows 0.2, 0.1, −0.3 best first, with φ⁺ and φ⁻', async () => {
    const r = await runJson(PrometheeJson, ['rank', METHODS, '--method', 'promethee']);
    expect(r.ranking.map((e) => e.id)).toEqual(['a3', 'a1', 'a2']);
    [0.2, 0.1, -0.3].forEach((phi, k) => {
      expect(r.ranking[k]?.score).toBeCloseTo(phi, 12);
    });
    for (const e of r.ranking) expect(e.phiPlus - e.phiMinus).toBeCloseTo(e.score, 12);
  });

  it('rank --method vikor: lowest Q first, S and R as by hand, v settable', async () => {
    const [r, v0] = await Promise.all([
      runJson(VikorJson, ['rank', METHODS, '--method', 'vikor']),
      runJson(VikorJson, ['rank', METHODS, '--method', 'vikor', '--v', '0']),
    ]);
    // f* = (5, 3, 4), f⁻ = (3, 1, 2): S(a1) = 0.5·½ + 0 + 0.2·1 = 0.45, R(a1) = 0.25;
    // S(a2) = 0.5·1 + 0.3·½ + 0 = 0.65, R = 0.5; S(a3) = 0 + 0.3·1 + 0.2·½ = 0.4, R = 0.3.
    const byId = new Map(r.ranking.map((e) => [e.id, e]));
    expect(byId.get('a1')?.S).toBeCloseTo(0.45, 12);
    expect(byId.get('a2')?.R).toBeCloseTo(0.5, 12);
    expect(byId.get('a3')?.S).toBeCloseTo(0.4, 12);
    // Q (v = ½): a3 ½·0 + ½·0.2 = 0.1, a1 ½·0.2 + 0 = 0.1, a2 1: a1 and a3 tie, listed by id.
    expect(r.ranking.map((e) => [e.id, e.rank])).toEqual([
      ['a1', 1],
      ['a3', 1],
      ['a2', 3],
    ]);
    expect(r.acceptance.acceptableAdvantage).toBe(false);
    // v = 0 is pure regret: a1's R = 0.25 is the lowest.
    expect(v0.ranking[0]?.id).toBe('a1');
    const bad = await runBin(['rank', METHODS, '--method', 'vikor', '--v', '1.5', '--json']);
    expect(bad.code).toBe(2);
  });

  it('weights --method entropy|critic: one weight per criterion summing to 1', async () => {
    const [entropy, critic] = await Promise.all([
      runJson(WeightsJson, ['weights', DEMO, '--method', 'entropy']),
      runJson(WeightsJson, ['weights', DEMO, '--method', 'critic']),
    ]);
    for (const w of [entropy, critic]) {
      expect(Object.keys(w.weights)).toEqual([
        'tech',
        'market',
        'support',
        'fit',
        'risk',
        'culture',
      ]);
      const total = Object.values(w.weights).reduce((s, x) => s + x, 0);
      expect(total).toBeCloseTo(1, 12);
    }
    expect(entropy.weights).not.toEqual(critic.weights);
  });

  it('smaa: acceptabilities per rank, central weights within the stated order, seeded', async () => {
    const args = ['smaa', METHODS, '--samples', '4000', '--seed', '5'];
    // 4,000 samples are four blocks of 1,024 (the last one short).
    const [s, again, other] = await Promise.all([
      runJson(SmaaJson, [...args, '--workers', '1']),
      // Blocks on three worker threads: the same answer, bit for bit.
      runJson(SmaaJson, [...args, '--workers', '3']),
      runJson(SmaaJson, ['smaa', METHODS, '--samples', '4000', '--seed', '6']),
    ]);
    expect(s.samples).toBe(4000);
    expect(again).toEqual(s);
    expect(other).not.toEqual(s);
    for (const b of Object.values(s.rankAcceptability)) {
      expect(b).toHaveLength(3);
      expect(b.reduce((t, x) => t + x, 0)).toBeCloseTo(1, 12);
    }
    // order: [c1, c2, c3] holds for every sample, so for every central weight vector too.
    for (const w of Object.values(s.centralWeights)) {
      expect(w.c1).toBeGreaterThanOrEqual(w.c2 ?? 0);
      expect(w.c2).toBeGreaterThanOrEqual(w.c3 ?? 0);
      expect((w.c1 ?? 0) + (w.c2 ?? 0) + (w.c3 ?? 0)).toBeCloseTo(1, 12);
    }
    for (const [id, p] of Object.entries(s.confidence)) {
      expect(p === 0 || p === 1, id).toBe(true);
      if ((s.rankAcceptability[id]?.[0] ?? 0) === 0) expect(s.centralWeights[id]).toBeUndefined();
    }
  });

  it('smaa with uncertain scores: a confidence factor between 0 and 1, the same on any number of workers', async () => {
    const args = ['smaa', fixture('uncertain-scores.yaml'), '--samples', '3000', '--seed', '2'];
    const [one, three] = await Promise.all([
      runJson(SmaaJson, [...args, '--workers', '1']),
      runJson(SmaaJson, [...args, '--workers', '3']),
    ]);
    expect(three).toEqual(one);
    // a is first when its drawn tech score beats 5: about two thirds of the samples.
    const first = one.rankAcceptability.a?.[0] ?? 0;
    expect(first).toBeGreaterThan(0.55);
    expect(first).toBeLessThan(0.8);
    const confidence = one.confidence.a ?? 0;
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThan(1);
  });

  it('smaa --portfolio: membership of the optimal portfolio per partner', async () => {
    const s = await runJson(
      SmaaJson.extend({
        portfolio: z.object({
          samples: z.number().int(),
          membership: z.record(z.string(), num),
          optimal: z.array(z.string()),
          infeasible: z.number().int(),
        }),
      }),
      ['smaa', METHODS, '--samples', '50', '--portfolio'],
    );
    // Every partner returns 2 for a cost of 1 and nothing limits the selection: all are
    // in the optimum in every sample, whatever the weights.
    expect(s.portfolio).toEqual({
      samples: 50,
      membership: { a1: 1, a2: 1, a3: 1 },
      optimal: ['a1', 'a2', 'a3'],
      infeasible: 0,
    });
  });
});
