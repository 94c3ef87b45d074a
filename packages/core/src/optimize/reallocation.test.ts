import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incumbentIds } from '../model/reallocation.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { createPrng } from '../solver/test-support/prng.js';
import { optimize } from './optimize.js';
import {
  bruteForce,
  isFeasibleChoice,
  keepOnlyConstraints,
  valueOfChoice,
} from './test-support/brute-force.js';
import { randomLifecyclePortfolio } from './test-support/random-portfolio.js';

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

const INSTANCES = 200;

describe('reallocation agrees with brute force on random instances', () => {
  it(`statuses, exit and onboarding costs, overhead bands and every constraint (${INSTANCES} seeds, n ≤ 12)`, () => {
    let infeasible = 0;
    let reallocations = 0;
    let banded = 0;
    for (let seed = 1; seed <= INSTANCES; seed++) {
      const { portfolio, scores } = randomLifecyclePortfolio(createPrng(seed));
      const reference = bruteForce(portfolio, scores);
      const r = optimize(portfolio, solver, { scores });
      const where = `seed ${seed}`;
      const incumbents = incumbentIds(portfolio);
      const reallocating = portfolio.objective === 'net' && incumbents.length > 0;
      if (reallocating) reallocations++;
      if (portfolio.coordination !== undefined) banded++;
      if (reallocating) {
        expect(r.current?.selected, where).toEqual(incumbents);
        const inc = new Set(incumbents);
        const currentOk = isFeasibleChoice(portfolio, scores, inc);
        if (currentOk) {
          expect(r.current?.objective, where).toBeCloseTo(valueOfChoice(portfolio, scores, inc), 9);
        } else {
          expect(r.current?.objective, where).toBeNull();
        }
      } else {
        expect(r.current, where).toBeUndefined();
      }
      if (!reference.feasible) {
        infeasible++;
        expect(r.status, where).toBe('infeasible');
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
      expect(r.objective ?? Number.NaN, where).toBeCloseTo(
        valueOfChoice(portfolio, scores, chosen),
        9,
      );
      if (reallocating) {
        const changes = r.changes;
        expect(changes, where).toBeDefined();
        const inc = new Set(incumbents);
        expect(changes?.keep, where).toEqual(r.selected.filter((id) => inc.has(id)));
        expect(changes?.add, where).toEqual(r.selected.filter((id) => !inc.has(id)));
        expect(changes?.exit, where).toEqual(incumbents.filter((id) => !chosen.has(id)));
      }
    }
    expect(infeasible).toBeGreaterThanOrEqual(INSTANCES / 20);
    expect(infeasible).toBeLessThanOrEqual(INSTANCES / 2);
    expect(reallocations).toBeGreaterThanOrEqual(INSTANCES / 2);
    expect(banded).toBeGreaterThanOrEqual(INSTANCES / 4);
  });

  it('computes regrets equal to brute-force differences (25 seeded instances, n ≤ 9)', () => {
    let checked = 0;
    for (let seed = 5000; checked < 25; seed++) {
      const { portfolio, scores } = randomLifecyclePortfolio(createPrng(seed), 9);
      const r = optimize(portfolio, solver, { scores, explain: true });
      if (r.status !== 'optimal' || r.objective === null) continue;
      checked++;
      for (const entry of r.regret ?? []) {
        const forced = bruteForce(portfolio, scores, new Map([[entry.id, !entry.selected]]));
        const where = `seed ${seed}, ${entry.id}`;
        if (!forced.feasible) expect(entry.regret, where).toBeNull();
        else {
          expect(
            Math.abs((entry.regret ?? Number.NaN) - (r.objective - forced.best)),
            where,
          ).toBeLessThanOrEqual(1e-6);
        }
      }
    }
  });
});
