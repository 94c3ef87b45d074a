import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MilpSolver } from '../solver/milp-model.js';
import { createPrng } from '../solver/test-support/prng.js';
import { optimize } from './optimize.js';
import {
  bruteForce,
  isFeasibleChoice,
  keepOnlyConstraints,
  valueOfChoice,
} from './test-support/brute-force.js';
import { randomPortfolio } from './test-support/random-portfolio.js';

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

const INSTANCES = 200;

describe('optimize agrees with brute force on random instances', () => {
  it(`finds the same feasibility and optimum on ${INSTANCES} seeded instances (n ≤ 14)`, () => {
    let infeasible = 0;
    for (let seed = 1; seed <= INSTANCES; seed++) {
      const { portfolio, scores } = randomPortfolio(createPrng(seed));
      const reference = bruteForce(portfolio, scores);
      const r = optimize(portfolio, solver, { scores });
      const where = `seed ${seed}`;
      if (!reference.feasible) {
        infeasible++;
        expect(r.status, where).toBe('infeasible');
        // The conflict set is infeasible on its own and every member is needed.
        const paths = (r.conflicts ?? []).map((c) => c.constraint);
        expect(paths.length, where).toBeGreaterThan(0);
        expect(bruteForce(keepOnlyConstraints(portfolio, paths), scores).feasible, where).toBe(
          false,
        );
        for (const drop of paths) {
          const rest = paths.filter((p) => p !== drop);
          expect(
            bruteForce(keepOnlyConstraints(portfolio, rest), scores).feasible,
            `${where} without ${drop}`,
          ).toBe(true);
        }
        continue;
      }
      expect(r.status, where).toBe('optimal');
      expect(Math.abs((r.objective ?? Number.NaN) - reference.best), where).toBeLessThanOrEqual(
        1e-6,
      );
      const chosen = new Set(r.selected);
      expect(isFeasibleChoice(portfolio, scores, chosen), where).toBe(true);
      expect(r.objective, where).toBe(valueOfChoice(portfolio, scores, chosen));
    }
    // Both kinds of instance must be common enough for the comparison to mean something.
    expect(infeasible).toBeGreaterThanOrEqual(INSTANCES / 10);
    expect(infeasible).toBeLessThanOrEqual(INSTANCES / 2);
  });

  it('computes regrets equal to brute-force differences on 25 seeded instances (n ≤ 10)', () => {
    let checked = 0;
    for (let seed = 1000; checked < 25; seed++) {
      const { portfolio, scores } = randomPortfolio(createPrng(seed), 10);
      const r = optimize(portfolio, solver, { scores, explain: true });
      if (r.status !== 'optimal' || r.objective === null) continue;
      checked++;
      for (const entry of r.regret ?? []) {
        const forced = bruteForce(portfolio, scores, new Map([[entry.id, !entry.selected]]));
        const where = `seed ${seed}, ${entry.id}`;
        if (!forced.feasible) {
          expect(entry.regret, where).toBeNull();
        } else {
          expect(
            Math.abs((entry.regret ?? Number.NaN) - (r.objective - forced.best)),
            where,
          ).toBeLessThanOrEqual(1e-6);
        }
      }
    }
  });
});
