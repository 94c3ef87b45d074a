/**
 * End to end on specs small enough to check by hand: fixtures/small.yaml (its header works
 * out every figure asserted here), the same spec as JSON, and examples/seed-example.yaml.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  EvaluateJson,
  FrontierJson,
  OptimizeJson,
  RankJson,
  ShapleyJson,
  SimulateJson,
} from './contract.js';
import { fixture, once, repoRoot, runJson } from './run-cli.js';

const SMALL = fixture('small.yaml');

const tmp = mkdtempSync(join(tmpdir(), 'partnerfolio-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const evaluateSmall = once(() => runJson(EvaluateJson, ['evaluate', SMALL]));

describe.concurrent('partnerfolio on fixtures/small.yaml', () => {
  it('evaluate: N, scores and S as worked out by hand', async () => {
    const e = await evaluateSmall();
    expect(e.partners.map((p) => p.id)).toEqual(['univ-a', 'corp-b', 'gov-c', 'gov-d', 'other-e']);
    const nets = [3, 2, 1, 0.5, -0.5];
    const scores = [0.8, 0.4, 0.4, 0.4, 0];
    e.partners.forEach((p, i) => {
      expect(p.net).toBeCloseTo(nets[i] ?? Number.NaN, 12);
      expect(p.score).toBeCloseTo(scores[i] ?? Number.NaN, 12);
    });
    expect(e.S).toBeCloseTo(6, 12);
  });

  it('rank: equal scores share a rank and are listed by id', async () => {
    const [r, ties] = await Promise.all([
      runJson(RankJson, ['rank', SMALL]),
      runJson(RankJson, ['rank', fixture('ties.yaml')]),
    ]);
    // corp-b's 0.6·4/6 is 0.39999999999999997 in binary: still a tie at 1e-12.
    expect(r.ranking.map((x) => x.id)).toEqual(['univ-a', 'corp-b', 'gov-c', 'gov-d', 'other-e']);
    expect(r.ranking.map((x) => x.rank).slice(0, 4)).toEqual([1, 2, 2, 2]);
    expect(r.ranking[4]?.rank).toBeGreaterThan(2);
    // ties.yaml lists its partners out of id order (zeta, omega, beta, alpha, kappa).
    expect(ties.ranking.map((x) => x.id)).toEqual(['omega', 'alpha', 'beta', 'zeta', 'kappa']);
    expect(ties.ranking.map((x) => x.rank).slice(0, 4)).toEqual([1, 2, 2, 2]);
    expect(ties.ranking[4]?.rank).toBeGreaterThan(2);
  });

  it('optimize: univ-a, corp-b and gov-d for S = 5.7, the whole budget', async () => {
    const o = await runJson(OptimizeJson, ['optimize', SMALL]);
    expect(o.status).toBe('optimal');
    expect([...o.selected].sort()).toEqual(['corp-b', 'gov-d', 'univ-a']);
    expect(o.objective).toBeCloseTo(5.7, 12);
    expect(o.resources).toEqual({
      budget: { used: 10, capacity: 10 },
      staff: { used: 3, capacity: 5 },
    });
  });

  it('optimize --explain: each regret is the best objective with the choice reversed', async () => {
    const o = await runJson(OptimizeJson, ['optimize', SMALL, '--explain']);
    // Dropping univ-a leaves corp-b, gov-c, gov-d (3.2); dropping corp-b, univ-a, gov-c,
    // gov-d (4.2); dropping gov-d, univ-a and corp-b (5.3); forcing gov-c in gives 4.2;
    // forcing other-e in, univ-a, corp-b, other-e (4.7).
    const expected: Record<string, [boolean, number]> = {
      'univ-a': [true, 2.5],
      'corp-b': [true, 1.5],
      'gov-c': [false, 1.5],
      'gov-d': [true, 0.4],
      'other-e': [false, 1],
    };
    expect(o.regret?.map((g) => g.id)).toEqual(Object.keys(expected));
    for (const g of o.regret ?? []) {
      const [selected, regret] = expected[g.id] ?? [];
      expect(g.selected).toBe(selected);
      expect(g.regret).toBeCloseTo(regret ?? Number.NaN, 9);
    }
  });

  it('frontier: the best S as the budget grows from 0 to Σ uses', async () => {
    const f = await runJson(FrontierJson, [
      'frontier',
      SMALL,
      '--resource',
      'budget',
      '--points',
      '6',
    ]);
    expect(f.points.map((p) => p.capacity)).toEqual(
      [0, 2.6, 5.2, 7.8, 10.4, 13].map((x) => expect.closeTo(x, 9)),
    );
    expect(f.points.map((p) => p.objective)).toEqual(
      [0, 0.9, 3.3, 4.2, 5.7, 6.6].map((x) => expect.closeTo(x, 9)),
    );
    expect(f.points.map((p) => [...p.selected].sort())).toEqual([
      [],
      ['gov-c'],
      ['gov-d', 'univ-a'],
      ['gov-c', 'gov-d', 'univ-a'],
      ['corp-b', 'gov-d', 'univ-a'],
      ['corp-b', 'gov-c', 'gov-d', 'univ-a'],
    ]);
  });

  it('shapley: φ_i = N_i + half of each synergy', async () => {
    const g = await runJson(ShapleyJson, ['shapley', SMALL]);
    expect(Object.keys(g.shapley)).toEqual(['univ-a', 'corp-b', 'gov-d']);
    expect(g.shapley['univ-a']).toBeCloseTo(3.25, 12);
    expect(g.shapley['corp-b']).toBeCloseTo(2.25, 12);
    expect(g.shapley['gov-d']).toBeCloseTo(0.5, 12);
  });

  it('simulate: the sample mean is close to E[S] = 5.7', async () => {
    const s = await runJson(SimulateJson, [
      'simulate',
      SMALL,
      '--scenarios',
      '20000',
      '--seed',
      '5',
    ]);
    expect(s.expected).toBeCloseTo(5.7, 12);
    expect(s.sd).toBeGreaterThan(0);
    expect(Math.abs(s.mean - 5.7)).toBeLessThan((4 * s.sd) / Math.sqrt(s.scenarios));
    // Only corp-b's cost (1..3) and gov-d's cost (0.5..1.5) vary: S lies in [4.2, 7.2].
    expect(s.p5).toBeGreaterThanOrEqual(4.2);
    expect(s.p95).toBeLessThanOrEqual(7.2);
  });

  it('the same spec written as JSON gives the same answer', async () => {
    const json = join(tmp, 'small.json');
    writeFileSync(
      json,
      JSON.stringify(parse(readFileSync(join(repoRoot, SMALL), 'utf8')), null, 2),
    );
    const [fromJson, fromYaml] = await Promise.all([
      runJson(EvaluateJson, ['evaluate', json]),
      evaluateSmall(),
    ]);
    expect(fromJson).toEqual(fromYaml);
  });
});

describe.concurrent('partnerfolio on examples/seed-example.yaml', () => {
  const SEED = 'examples/seed-example.yaml';

  it('evaluate: N = 0.2, 0.4, 0.2 and S = 0.8 (not the document’s 0.9)', async () => {
    const e = await runJson(EvaluateJson, ['evaluate', SEED]);
    expect(e.netModel).toBe('seed');
    expect(e.partners.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    const nets = [0.2, 0.4, 0.2];
    e.partners.forEach((p, i) => {
      expect(Math.abs(p.net - (nets[i] ?? Number.NaN))).toBeLessThan(1e-12);
    });
    expect(Math.abs(e.S - 0.8)).toBeLessThan(1e-12);
  });

  it('optimize: all three, objective 0.8', async () => {
    const o = await runJson(OptimizeJson, ['optimize', SEED]);
    expect(o.status).toBe('optimal');
    expect(o.selected).toEqual(['a', 'b', 'c']);
    expect(Math.abs((o.objective ?? Number.NaN) - 0.8)).toBeLessThan(1e-12);
  });
});
