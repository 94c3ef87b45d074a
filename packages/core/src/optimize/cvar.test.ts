import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedValue } from '../model/distributions.js';
import type { Portfolio } from '../model/types.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { createPrng } from '../solver/test-support/prng.js';
import { tailMean } from './cvar-value.js';
import { optimize } from './optimize.js';
import { enumerateCvarChoices } from './test-support/brute-force.js';
import { randomLifecyclePortfolio } from './test-support/random-portfolio.js';

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

/** Risk worth trading: some returns become wide uniforms around their mean. */
function riskier(portfolio: Portfolio, seed: number): Portfolio {
  const rng = createPrng(seed + 5000);
  return {
    ...portfolio,
    partners: portfolio.partners.map((p) => {
      if (rng.next() < 0.4) return p;
      const m = expectedValue(p.return) + rng.next();
      const w = 2 + rng.next() * 8;
      return { ...p, return: { kind: 'uniform', min: m - w, max: m + w } };
    }),
  };
}

const withCvar = (portfolio: Portfolio, floor: number): Portfolio => ({
  ...portfolio,
  objective: 'net',
  constraints: {
    ...portfolio.constraints,
    cvar: { floor, level: 0.05, scenarios: 100, seed: 9 },
  },
});

/** Every feasible subset with its value and scenario CVaR (the reference). */
const enumerate = (portfolio: Portfolio, scores: number[]) =>
  enumerateCvarChoices(portfolio, scores);

describe('the CVaR floor (Rockafellar–Uryasev on HiGHS) agrees with enumeration', () => {
  it('tailMean weighs the boundary scenario fractionally', () => {
    // Worst 25% of 6 values = 1.5 values: (1 + 0.5·2)/1.5.
    expect(tailMean(Float64Array.from([5, 2, 1, 9, 7, 3]), 0.25)).toBeCloseTo(4 / 3, 14);
  });

  it('finds the best portfolio whose 5% CVaR stays above the floor (60 seeded instances, n ≤ 8)', () => {
    let binding = 0;
    let infeasible = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const generated = randomLifecyclePortfolio(createPrng(seed), 8);
      const base = riskier(generated.portfolio, seed);
      const scores = generated.scores;
      const free = enumerate(withCvar(base, Number.NEGATIVE_INFINITY), scores);
      if (free.length === 0) continue;
      // Mostly a floor just above the unconstrained optimum's CVaR (so that it binds when a
      // safer portfolio exists), else one between the CVaRs of the feasible subsets.
      const cvars = free.map((f) => f.cvar).sort((a, b) => a - b);
      const top = free.reduce((a, b) => (b.value > a.value ? b : a));
      const pick = createPrng(seed + 1000).next();
      const floor =
        pick < 0.7 ? top.cvar + 1e-4 : (cvars[Math.floor(cvars.length * pick)] as number);
      const portfolio = withCvar(base, floor);
      const allowed = free.filter((f) => f.cvar >= floor - 1e-7);
      const r = optimize(portfolio, solver, { scores });
      const where = `seed ${seed}, floor ${floor}`;
      if (allowed.length === 0) {
        infeasible++;
        expect(r.status, where).toBe('infeasible');
        continue;
      }
      const best = Math.max(...allowed.map((f) => f.value));
      if (best < Math.max(...free.map((f) => f.value)) - 1e-9) binding++;
      expect(r.status, where).toBe('optimal');
      expect(r.objective ?? Number.NaN, where).toBeCloseTo(best, 6);
      expect(r.cvar?.value ?? Number.NaN, where).toBeGreaterThanOrEqual(floor - 1e-6);
    }
    expect(binding).toBeGreaterThanOrEqual(10);
    expect(infeasible).toBeGreaterThanOrEqual(1);
  });

  it('names constraints.cvar when only the floor is out of reach', () => {
    let seed = 3;
    let found = randomLifecyclePortfolio(createPrng(seed), 6);
    let free = enumerate(withCvar(found.portfolio, Number.NEGATIVE_INFINITY), found.scores);
    while (free.length === 0) {
      seed++;
      found = randomLifecyclePortfolio(createPrng(seed), 6);
      free = enumerate(withCvar(found.portfolio, Number.NEGATIVE_INFINITY), found.scores);
    }
    const { portfolio: base, scores } = found;
    const above = Math.max(...free.map((f) => f.cvar)) + 1;
    const r = optimize(withCvar(base, above), solver, { scores });
    expect(r.status).toBe('infeasible');
    expect(r.conflicts?.map((c) => c.constraint)).toEqual(['constraints.cvar']);
  });
});
