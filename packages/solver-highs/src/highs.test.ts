import { MilpBuilder, toLpText } from '@partnerfolio/core';
import { describe, expect, it } from 'vitest';
// The port's contract lives beside the port in core; every adapter runs it.
import { runSolverContract } from '../../core/src/solver/test-support/solver-contract.js';
import { createHighsSolver, loadHighsRuntime } from './highs.js';
import { highsOptionsFor } from './highs-model-data.js';

runSolverContract('highs', () => createHighsSolver());

describe('createHighsSolver', () => {
  it('shares one loaded runtime across solvers', async () => {
    expect(loadHighsRuntime()).toBe(loadHighsRuntime());
    const a = await createHighsSolver();
    const b = await createHighsSolver({ highs: await loadHighsRuntime() });
    expect(a.name).toMatch(/^highs \d+\.\d+/);
    expect(b.name).toBe(a.name);
    a.dispose();
    b.dispose();
  });

  it('refuses to solve after dispose', async () => {
    const solver = await createHighsSolver();
    solver.dispose();
    const m = new MilpBuilder('maximize');
    m.addBinary(1);
    expect(solver.solve(m.build()).status).toBe('error');
  });

  it('gives the same optimum as a bare highs.solve of the LP text', async () => {
    const highs = await loadHighsRuntime();
    const solver = await createHighsSolver();
    const b = new MilpBuilder('maximize');
    const xs = [5, 4, 3, 7].map((c) => b.addBinary(c));
    const y = b.addVariable({ upper: 1, cost: 2 });
    b.addRow([xs[0] as number, y], [-1, 1], Number.NEGATIVE_INFINITY, 0);
    b.addRow(xs, [2, 3, 1, 4], Number.NEGATIVE_INFINITY, 6);
    b.addRow([xs[1] as number, xs[2] as number], [1, 1], 1, 2);
    b.addOffset(-1);
    const model = b.build();
    const bare = highs.solve(toLpText(model), highsOptionsFor({}));
    const ours = solver.solve(model);
    expect(bare.Status).toBe('Optimal');
    expect(ours.objective).toBeCloseTo(bare.ObjectiveValue, 9);
    solver.dispose();
  });
});
