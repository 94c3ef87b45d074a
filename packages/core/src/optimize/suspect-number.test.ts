import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MilpSolver } from '../solver/milp-model.js';
import { optimize } from './optimize.js';
import { largestNumber } from './suspect-number.js';
import { partner, portfolio } from './test-support/fixtures.js';

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

describe('a solver failure names the partner and field behind it', () => {
  // Issue 10, finding 5: `cost: 1e308` made every analysis fail with "HiGHS status -1".
  const extreme = portfolio({
    resources: { budget: 10 },
    partners: [
      partner('A', { cost: 1, return: 2, uses: { budget: 1 } }),
      partner('huge', { cost: 1, return: 1e308, uses: { budget: 1 } }),
    ],
  });

  // HiGHS solves this small model; on larger ones (the issue's workspace) it stops with
  // status -1. A solver that fails as HiGHS did stands in for it here.
  const failing: MilpSolver = {
    name: 'HiGHS',
    solve: () => ({
      status: 'error',
      objective: null,
      values: null,
      gap: null,
      bound: null,
      seconds: 0,
      message: 'HiGHS stopped with status -1',
    }),
    dispose: () => {},
  };

  it('optimize on a portfolio with return 1e308 says which partner and field', () => {
    expect(optimize(extreme, solver, { scores: [0, 0] }).status).toBe('optimal');
    const r = optimize(extreme, failing, { scores: [0, 0] });
    expect(r.status).toBe('error');
    expect(r.issues?.[0]).toMatchObject({ code: 'solver_failed', path: ['partners', 1, 'return'] });
    expect(r.issues?.[0]?.message).toContain(
      'HiGHS stopped with status -1; the largest number in the model is partner "huge" return = 1e+308',
    );
  });

  it('largestNumber looks at costs, returns, uses and scores', () => {
    const p = portfolio({
      resources: { gpu: 1 },
      partners: [partner('a', { cost: 3, return: -7, uses: { gpu: 2 } })],
    });
    expect(largestNumber(p)).toEqual({ path: ['partners', 0, 'return'], partner: 'a', value: -7 });
  });
});
