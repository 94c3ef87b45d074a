import { describe, expect, it } from 'vitest';
import type { Distribution } from '../model/types.js';
import { bivariateExcess, normalQuantile } from '../risk/normal.js';
import { parseSpecText } from '../spec/parse-spec.js';
import { BLOCK_SIZE, simulate, simulateWithAndWithoutRisks } from './engine.js';
import { compileSimulation, planMoments } from './plan.js';
import { createRng } from './prng.js';
import { type RiskPlan, subtractRiskLosses } from './risk-plan.js';
import { summarize } from './summary.js';
import { subtractRiskLossesReference } from './test-support/risk-reference.js';

/** Two partners, each with a risk of the given loading on one shared factor. */
const spec = (loading: number, extra = '') => `
version: 1
partners:
  - { id: a, kind: academic, scores: {}, cost: 0, return: 10 }
  - { id: b, kind: enterprise, scores: {}, cost: 0, return: 10 }
  - { id: c, kind: other, scores: {}, cost: 0, return: 1 }
risks:
  - { id: ra, category: dependency, partners: [a], likelihood: 0.1, impact: 8, factors: { cloud: ${loading} } }
  - { id: rb, category: ip, partners: [b], likelihood: 0.1, impact: { uniform: [6, 10] }, factors: { cloud: ${loading} } }
${extra}`;

function planOf(text: string, selected = ['a', 'b']) {
  const parsed = parseSpecText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const plan = compileSimulation(parsed.value.portfolio, selected);
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  return plan.value;
}

describe('the normal pieces', () => {
  it('Φ⁻¹ is right at known points', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326347874, 7);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('P(Z1 < 0, Z2 < 0) = 1/4 + asin(ρ)/2π', () => {
    for (const rho of [-0.8, 0.3, 0.9]) {
      expect(0.25 + bivariateExcess(0, 0, rho)).toBeCloseTo(
        0.25 + Math.asin(rho) / (2 * Math.PI),
        8,
      );
    }
  });
});

describe('risks in the Monte Carlo', () => {
  it('enter only with a selected partner', () => {
    expect(planOf(spec(0.5), ['c']).risks).toBeUndefined();
    expect(planOf(spec(0.5), ['a', 'c']).risks?.risks.map((r) => r.id)).toEqual(['ra']);
  });

  it('draw each event with its likelihood; mean and variance agree with the exact moments', () => {
    const plan = planOf(spec(0.8));
    const exact = planMoments(plan);
    // By hand: E[S] = 20 − 0.1·8 − 0.1·8 = 18.4.
    expect(exact.mean).toBeCloseTo(18.4, 12);
    const xs = simulate(plan, { scenarios: 200_000, seed: 11 });
    let sum = 0;
    let hitsA = 0;
    for (const x of xs) {
      sum += x;
      if (x < 12.5 && x > 11.5) hitsA += 1; // only ra: 20 − 8
    }
    const mean = sum / xs.length;
    let v = 0;
    for (const x of xs) v += (x - mean) ** 2;
    v /= xs.length - 1;
    expect(Math.abs(mean - exact.mean)).toBeLessThan(0.03);
    expect(Math.abs(v - exact.variance) / exact.variance).toBeLessThan(0.03);
    expect(hitsA / xs.length).toBeGreaterThan(0);
  });

  it('a shared factor makes losses come together: same mean, worse tail', () => {
    const independent = summarize(simulate(planOf(spec(0)), { scenarios: 100_000, seed: 3 }));
    const together = summarize(simulate(planOf(spec(0.95)), { scenarios: 100_000, seed: 3 }));
    expect(Math.abs(independent.mean - together.mean)).toBeLessThan(0.05);
    // Both events at once (S ≤ 20 − 8 − 6) is rare alone (~1%) and common together.
    expect(together.cvar5).toBeLessThan(independent.cvar5 - 1);
    const both = (xs: Float64Array) => xs.filter((x) => x <= 6.0001).length / xs.length;
    expect(both(simulate(planOf(spec(0)), { scenarios: 100_000, seed: 3 }))).toBeCloseTo(0.01, 2);
    expect(both(simulate(planOf(spec(0.95)), { scenarios: 100_000, seed: 3 }))).toBeGreaterThan(
      0.04,
    );
  });

  it('is reproducible for a seed', () => {
    const plan = planOf(spec(0.5));
    expect(simulate(plan, { scenarios: 1000, seed: 5 })).toEqual(
      simulate(plan, { scenarios: 1000, seed: 5 }),
    );
  });

  it('gives, in one pass, exactly the scenarios with the risks and without them', () => {
    // Over more than one block, with a partial last block: evaluate's `risks.without`.
    const plan = planOf(spec(0.5));
    const { risks: _drawn, ...bare } = plan;
    const scenarios = 2 * BLOCK_SIZE + 123;
    const both = simulateWithAndWithoutRisks(plan, { scenarios, seed: 9 });
    expect(both.withRisks).toEqual(simulate(plan, { scenarios, seed: 9 }));
    expect(both.without).toEqual(simulate(bare, { scenarios, seed: 9 }));
    expect(both.without).not.toEqual(both.withRisks); // the risks did draw
  });
});

describe('the spec', () => {
  it('names an unknown partner and loadings too large by path', () => {
    const parsed = parseSpecText(
      spec(0.8)
        .replace('partners: [a]', 'partners: [zz]')
        .replace('cloud: 0.8 } }\n', 'cloud: 0.8, ai: 0.8 } }\n'),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('risks.0.partners.0');
    expect(paths).toContain('risks.0.factors');
  });
});

describe('the fast risk kernel', () => {
  /** A register of every impact kind, several loadings, own = 0 and likelihood 1. */
  function randomPlan(seed: number): RiskPlan {
    const rng = createRng(seed, 0);
    const impacts: Distribution[] = [
      { kind: 'fixed', value: 7 },
      { kind: 'uniform', min: 1, max: 9 },
      { kind: 'triangular', min: 1, mode: 5, max: 40 },
      { kind: 'triangular', min: 2, mode: 2, max: 6 },
      { kind: 'normal', mean: 5, sd: 2 },
      { kind: 'lognormal', mu: 1, sigma: 0.5 },
      { kind: 'pert', min: 1, mode: 3, max: 12 },
    ];
    const factors = ['f0', 'f1', 'f2'];
    const risks = Array.from({ length: 30 }, (_, i) => {
      const loadings = factors.map(() => (rng.next() < 0.4 ? 0 : rng.next() - 0.5));
      if (i === 3) loadings.splice(0, 3, 0.6, 0.8, 0); // own = 0: the factors decide alone
      const squares = loadings.reduce((s, a) => s + a * a, 0);
      const likelihood = i === 5 ? 1 : 0.01 + rng.next() * 0.6;
      return {
        id: `r${i}`,
        likelihood,
        threshold: normalQuantile(likelihood),
        impact: impacts[i % impacts.length] as Distribution,
        loadings,
        own: Math.sqrt(Math.max(0, 1 - squares)),
      };
    });
    return { factors, risks };
  }

  it('gives the bits of the reference implementation', () => {
    for (const seed of [1, 2, 3]) {
      const plan = randomPlan(seed);
      for (const n of [1, 777, BLOCK_SIZE]) {
        const fast = new Float64Array(n).fill(100);
        const slow = new Float64Array(n).fill(100);
        subtractRiskLosses(plan, fast, n, createRng(seed, 9), new Float64Array(n));
        subtractRiskLossesReference(plan, slow, n, createRng(seed, 9), new Float64Array(n));
        expect(fast).toEqual(slow);
        expect(fast.some((x) => x !== 100)).toBe(true);
      }
    }
  });
});
