/**
 * The frontier of E[S] against the 5% scenario CVaR (issue 9 §5) against enumeration:
 * every subset's E[S] (brute-force.ts, apart from the engine) and CVaR on the frontier's
 * own seeded scenarios; each point must be the best subset at its floor, the ends the
 * unconstrained optimum and the best reachable CVaR, and the curve monotone.
 */
import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedValue } from '../model/distributions.js';
import type { Portfolio } from '../model/types.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { createPrng } from '../solver/test-support/prng.js';
import { CVAR_FRONTIER_LEVEL, cvarFrontier } from './cvar-frontier.js';
import { enumerateCvarChoices } from './test-support/brute-force.js';
import { portfolio as makePortfolio, partner } from './test-support/fixtures.js';
import { randomLifecyclePortfolio } from './test-support/random-portfolio.js';

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

const SCENARIOS = 100;
const SEED = 4;

/** Some returns become wide uniforms around their mean: risk worth trading. */
function riskier(portfolio: Portfolio, seed: number): Portfolio {
  const rng = createPrng(seed + 5000);
  return {
    ...portfolio,
    objective: 'net',
    partners: portfolio.partners.map((p) => {
      if (rng.next() < 0.4) return p;
      const m = expectedValue(p.return) + rng.next();
      const w = 2 + rng.next() * 8;
      return { ...p, return: { kind: 'uniform', min: m - w, max: m + w } };
    }),
  };
}

/** Every feasible subset's E[S] and CVaR on the frontier's scenarios. */
function enumerate(portfolio: Portfolio, scores: number[]) {
  const sampled: Portfolio = {
    ...portfolio,
    constraints: {
      ...portfolio.constraints,
      cvar: {
        floor: Number.NEGATIVE_INFINITY,
        level: CVAR_FRONTIER_LEVEL,
        scenarios: SCENARIOS,
        seed: SEED,
      },
    },
  };
  return enumerateCvarChoices(sampled, scores);
}

describe('cvarFrontier', () => {
  it('every point is the best subset at its floor; the curve is monotone (40 seeded instances, n ≤ 8)', () => {
    let traded = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const generated = randomLifecyclePortfolio(createPrng(seed), 8);
      const portfolio = riskier(generated.portfolio, seed);
      const { scores } = generated;
      const subsets = enumerate(portfolio, scores);
      const where = `seed ${seed}`;
      const f = cvarFrontier(portfolio, solver, {
        scores,
        points: 5,
        scenarios: SCENARIOS,
        seed: SEED,
      });
      if (!f.ok) throw new Error(JSON.stringify(f.issues));
      if (subsets.length === 0) {
        expect(f.value.status, where).toBe('infeasible');
        expect(f.value.points).toEqual([]);
        continue;
      }
      const { points } = f.value;
      expect(points).toHaveLength(5);
      const best = Math.max(...subsets.map((s) => s.value));
      const safest = Math.max(...subsets.map((s) => s.cvar));
      expect(points[0]?.expected ?? Number.NaN, where).toBeCloseTo(best, 6);
      expect(points.at(-1)?.floor ?? Number.NaN, where).toBeCloseTo(safest, 6);
      for (const [k, point] of points.entries()) {
        expect(point.status, `${where} point ${k}`).toBe('optimal');
        const allowed = subsets.filter((s) => s.cvar >= point.floor - 1e-7);
        const top = Math.max(...allowed.map((s) => s.value));
        expect(point.expected ?? Number.NaN, `${where} point ${k}`).toBeCloseTo(top, 6);
        expect(point.cvar5 ?? Number.NaN).toBeGreaterThanOrEqual(point.floor - 1e-6);
        if (k === 0) continue;
        const before = points[k - 1];
        expect(point.floor).toBeGreaterThanOrEqual(before?.floor ?? Number.NaN);
        expect(point.expected ?? Number.NaN).toBeLessThanOrEqual(
          (before?.expected ?? Number.NaN) + 1e-9,
        );
      }
      if ((points.at(-1)?.expected ?? best) < best - 1e-9) traded++;
    }
    // The sweep has something to trade on most instances.
    expect(traded).toBeGreaterThanOrEqual(5);
  });

  it('a sure partner and a risky one: from the risky optimum to the sure partner alone', () => {
    // Hand-checked: "safe" nets 5 for sure; "wild" nets 8 on average, its return uniform
    // on [−40, 60] (cost 2), so its worst 5% of scenarios lose far more than the safe
    // partner gains. Best E[S]: both (13); best CVaR: "safe" alone (CVaR 5 exactly).
    const spec = makePortfolio({
      partners: [
        partner('safe', { cost: 1, return: 6 }),
        { ...partner('wild', { cost: 2 }), return: { kind: 'uniform', min: -40, max: 60 } },
      ],
    });
    const f = cvarFrontier(spec, solver, { scores: [0, 0], points: 3, scenarios: 400, seed: 7 });
    if (!f.ok) throw new Error(JSON.stringify(f.issues));
    const [first, , last] = f.value.points;
    expect(first?.selected).toEqual(['safe', 'wild']);
    expect(first?.expected).toBeCloseTo(13, 12);
    expect(last?.selected).toEqual(['safe']);
    expect(last?.expected).toBeCloseTo(5, 12);
    expect(last?.cvar5).toBeCloseTo(5, 9);
    expect(last?.floor).toBeCloseTo(5, 9);
  });

  it('refuses points and scenarios out of range, and objective score', () => {
    const spec = makePortfolio({ partners: [partner('a', { cost: 1, return: 2 })] });
    const issueOf = (r: ReturnType<typeof cvarFrontier>) => (r.ok ? null : r.issues[0]);
    expect(issueOf(cvarFrontier(spec, solver, { scores: [0], points: 1 }))?.path).toEqual([
      'points',
    ]);
    expect(issueOf(cvarFrontier(spec, solver, { scores: [0], scenarios: 50_000 }))?.path).toEqual([
      'scenarios',
    ]);
    expect(
      issueOf(cvarFrontier({ ...spec, objective: 'score' }, solver, { scores: [0] }))?.code,
    ).toBe('cvar_needs_net');
  });
});
