import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio } from '../model/types.js';
import { simulate } from '../simulate/engine.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { parseSpecText } from '../spec/parse-spec.js';
import { frontierReport, optimizeReport, rankReport, simulateReport } from './analysis.js';

/**
 * Nimbus runs (active) and leaving costs 3; Orbit is a better candidate on paper but
 * starting costs 1.5; Old was exited, Gone rejected. By hand: keeping nimbus and adding
 * nothing is worth N_nimbus = 2; swapping to orbit is worth 3 − 3 (exit) − 1.5 = −1.5;
 * both (budget allows only one) is infeasible. So the plan keeps nimbus.
 */
const SPEC = `
version: 1
criteria: [{ id: tech, kind: benefit, weight: 1 }]
resources: { budget: 1 }
partners:
  - { id: nimbus, kind: enterprise, scores: { tech: 2 }, cost: 1, return: 3, uses: { budget: 1 }, status: active, exitCost: 3 }
  - { id: orbit, kind: enterprise, scores: { tech: 4 }, cost: 1, return: 4, uses: { budget: 1 }, onboardingCost: 1.5 }
  - { id: old, kind: academic, scores: { tech: 9 }, cost: 0, return: 9, status: exited }
  - { id: gone, kind: academic, scores: { tech: 9 }, cost: 0, return: 9, status: rejected }
`;

function portfolioOf(text: string): Portfolio {
  const parsed = parseSpecText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value.portfolio;
}

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

describe('analyses follow the lifecycle', () => {
  const portfolio = portfolioOf(SPEC);

  it('optimize keeps the incumbent when leaving costs more than it gains', () => {
    const r = optimizeReport(portfolio, solver);
    if (!r.ok) throw new Error('failed');
    expect(r.value.selected).toEqual(['nimbus']);
    expect(r.value.objective).toBeCloseTo(2, 12);
    expect(r.value.current).toEqual({ selected: ['nimbus'], objective: 2 });
    expect(r.value.changes).toMatchObject({ keep: ['nimbus'], add: [], exit: [] });
    expect(r.value.excluded.map((e) => e.id)).toEqual(['old', 'gone']);
  });

  it('an excluded partner named in include is considered, and the answer says so', () => {
    const included = portfolioOf(
      SPEC.replace(
        'resources: { budget: 1 }',
        'resources: { budget: 1 }\nconstraints: { include: [old] }',
      ),
    );
    const r = optimizeReport(included, solver);
    if (!r.ok) throw new Error('failed');
    expect(r.value.selected).toEqual(['nimbus', 'old']);
    // S = 2 + 9 = 11; old is not an incumbent and has no onboarding cost.
    expect(r.value.objective).toBeCloseTo(11, 12);
    expect(r.value.changes).toMatchObject({ keep: ['nimbus'], add: ['old'], exit: [] });
    expect(r.value.excluded.map((e) => e.id)).toEqual(['gone']);
    expect(r.value.includedDespiteStatus?.map((e) => e.id)).toEqual(['old']);
  });

  it('rank leaves excluded partners out of the ranking and the normalisation', () => {
    const r = rankReport(portfolio, { method: 'weighted-sum' });
    if (!r.ok) throw new Error('failed');
    expect(r.value.ranking.map((e) => e.id)).toEqual(['orbit', 'nimbus']);
    // Vector normalisation over {nimbus 2, orbit 4} only: 4/√20.
    expect(r.value.ranking[0]?.score).toBeCloseTo(4 / Math.sqrt(20), 12);
    expect(r.value.excluded).toHaveLength(2);
  });

  it('frontier and simulate list the excluded partners too', async () => {
    const f = frontierReport(portfolio, solver, { resource: 'budget', points: 2 });
    if (!f.ok) throw new Error('failed');
    expect(f.value.points.every((p) => !p.selected.includes('old'))).toBe(true);
    expect(f.value.excluded.map((e) => e.id)).toEqual(['old', 'gone']);
    const s = await simulateReport(
      portfolio,
      { scenarios: 100, seed: 1 },
      { solver, run: async (plan, o) => simulate(plan, { scenarios: o.scenarios, seed: o.seed }) },
    );
    if (!s.ok) throw new Error('failed');
    expect(s.value.selected).toEqual(['nimbus']);
    expect(s.value.excluded.map((e) => e.id)).toEqual(['old', 'gone']);
  });

  it('current is null when the incumbents alone break a constraint', () => {
    const tight = portfolioOf(SPEC.replace('resources: { budget: 1 }', 'resources: { budget: 0 }'));
    const r = optimizeReport(tight, solver);
    if (!r.ok) throw new Error('failed');
    expect(r.value.current).toEqual({ selected: ['nimbus'], objective: null });
    // Nothing fits: drop nimbus (exit 3) → objective −3.
    expect(r.value.selected).toEqual([]);
    expect(r.value.objective).toBeCloseTo(-3, 12);
    expect(r.value.changes).toMatchObject({ keep: [], add: [], exit: ['nimbus'], exitCost: 3 });
  });
});
