/**
 * The risk register in the `net` objective (issue 9 §5): a risk takes likelihood × mean
 * impact off E[S] once when any partner it hangs on is selected, so optimize's objective
 * is the expected S `evaluate` reports for the portfolio it chooses. Checked against
 * enumeration on seeded random instances (brute-force.ts counts the risks from their
 * definition, apart from the engine), and by hand.
 */
import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio, Risk } from '../model/types.js';
import { evaluateReport } from '../reports/evaluate.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { createPrng } from '../solver/test-support/prng.js';
import { optimize } from './optimize.js';
import { bruteForce } from './test-support/brute-force.js';
import { portfolio as makePortfolio, partner } from './test-support/fixtures.js';
import { randomLifecyclePortfolio } from './test-support/random-portfolio.js';

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

/** 1–5 risks on 1–3 partners each, heavy enough to change choices. */
function addRisks(portfolio: Portfolio, seed: number): Portfolio {
  const rng = createPrng(seed + 9000);
  const ids = portfolio.partners.map((p) => p.id);
  const risks: Risk[] = Array.from({ length: rng.int(1, 5) }, (_, r) => {
    const partners = [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(ids)))];
    const top = 2 + rng.next() * 30;
    return {
      id: `risk${r}`,
      category: 'other',
      partners,
      likelihood: rng.next() < 0.1 ? 0 : 0.1 + 0.8 * rng.next(),
      impact: { kind: 'triangular', min: 0, mode: top / 3, max: top },
      factors: rng.next() < 0.5 ? { common: 0.5 } : {},
    };
  });
  return { ...portfolio, objective: 'net', risks };
}

describe('the risk register in the objective', () => {
  it('optimize finds the best E[S] net of risks (80 seeded instances, n ≤ 9)', () => {
    let moved = 0;
    let solved = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const generated = randomLifecyclePortfolio(createPrng(seed), 9);
      const { scores } = generated;
      const portfolio = addRisks(generated.portfolio, seed);
      const want = bruteForce(portfolio, scores);
      const got = optimize(portfolio, solver, { scores });
      const where = `seed ${seed}`;
      if (!want.feasible) {
        expect(got.status, where).toBe('infeasible');
        continue;
      }
      solved++;
      expect(got.status, where).toBe('optimal');
      expect(got.objective ?? Number.NaN, where).toBeCloseTo(want.best, 6);
      const { risks: _, ...bare } = portfolio;
      const without = optimize(bare, solver, { scores });
      if (without.selected.join() !== got.selected.join()) moved++;
    }
    // Seeded: 31 instances solved, 7 where the risks change the choice.
    expect(solved).toBeGreaterThanOrEqual(25);
    expect(moved).toBeGreaterThanOrEqual(5);
  });

  it('by hand: a risk shared by two partners counts once; evaluate agrees', () => {
    // a nets 10, b nets 10, c nets 6. A risk on a and b: 50% × mean 9 = 4.5, once.
    // A risk on c alone: 100% × 7 = 7. Best: a and b, 20 − 4.5 = 15.5 (c would add 6 − 7).
    const spec: Portfolio = {
      ...makePortfolio({
        partners: [
          partner('a', { cost: 1, return: 11 }),
          partner('b', { cost: 1, return: 11 }),
          partner('c', { cost: 1, return: 7 }),
        ],
      }),
      objective: 'net',
      risks: [
        {
          id: 'ip',
          category: 'ip',
          partners: ['a', 'b'],
          likelihood: 0.5,
          impact: { kind: 'uniform', min: 6, max: 12 },
          factors: {},
        },
        {
          id: 'culture',
          category: 'culture',
          partners: ['c'],
          likelihood: 1,
          impact: { kind: 'fixed', value: 7 },
          factors: {},
        },
      ],
    };
    const r = optimize(spec, solver, { scores: [0, 0, 0] });
    expect(r.selected).toEqual(['a', 'b']);
    expect(r.objective).toBeCloseTo(15.5, 12);
    // evaluate's S over exactly the chosen partners is the same number.
    const chosen: Portfolio = {
      ...spec,
      criteria: [{ id: 'fit', name: 'Fit', kind: 'benefit', weight: 1 }],
      partners: spec.partners
        .filter((p) => r.selected.includes(p.id))
        .map((p) => ({ ...p, scores: { fit: 1 } })),
    };
    const e = evaluateReport(chosen, { scenarios: 100 });
    if (!e.ok) throw new Error(JSON.stringify(e.issues));
    expect(e.value.S).toBeCloseTo(r.objective ?? Number.NaN, 12);
  });
});
