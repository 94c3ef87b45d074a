import { describe, expect, it } from 'vitest';
import { portfolioValue } from '../model/value.js';
import { compileSimulation, planMoments, type SimulationPlan } from './plan.js';
import { makePortfolio, seedExample, triangular } from './test-support/portfolio.js';

function compiled(result: ReturnType<typeof compileSimulation>): SimulationPlan {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const three = makePortfolio(
  [
    { id: 'a', cost: triangular(1, 2, 4), return: triangular(2, 3, 5) },
    { id: 'b', cost: { kind: 'uniform', min: 0, max: 1 }, return: 2 },
    { id: 'c', cost: 1, return: { kind: 'normal', mean: 3, sd: 0.5 } },
  ],
  {
    synergies: [
      { between: ['a', 'c'], value: { kind: 'pert', min: -1, mode: 0, max: 2 } },
      { between: ['a', 'b'], value: { kind: 'fixed', value: 0.25 } },
    ],
    coordinationCost: 0.1,
  },
);

describe('compileSimulation', () => {
  it('folds the source example to the constant S = 0.8 (seed model, α = β = 0.5)', () => {
    const plan = compiled(compileSimulation(seedExample(), ['A', 'B', 'C']));
    expect(plan.terms).toEqual([]);
    expect(plan.constant).toBeCloseTo(0.8, 12);
    const net = compiled(compileSimulation({ ...seedExample(), netModel: 'net' }, ['A', 'B', 'C']));
    expect(net.constant).toBeCloseTo(1.6, 12);
  });

  it('lists random terms in portfolio order whatever the order of the selection', () => {
    const plan = compiled(compileSimulation(three, ['c', 'a']));
    expect(plan.selected).toEqual(['a', 'c']);
    expect(plan.terms.map((t) => [t.source, t.coefficient])).toEqual([
      [{ kind: 'cost', partner: 'a' }, -1],
      [{ kind: 'return', partner: 'a' }, 1],
      [{ kind: 'return', partner: 'c' }, 1],
      [{ kind: 'synergy', between: ['a', 'c'] }, 1],
    ]);
    // c's fixed cost and the overhead of two partners are folded into the constant.
    expect(plan.constant).toBeCloseTo(-1 - 0.2, 12);
    expect(compiled(compileSimulation(three, ['a', 'c']))).toEqual(plan);
  });

  it('includes a synergy only when both ends are selected', () => {
    const ab = compiled(compileSimulation(three, ['a', 'b']));
    expect(ab.terms.some((t) => t.source.kind === 'synergy')).toBe(false);
    expect(ab.constant).toBeCloseTo(2 + 0.25 - 0.2, 12);
    const b = compiled(compileSimulation(three, ['b']));
    expect(b.constant).toBeCloseTo(2 - 0.1, 12);
  });

  it('uses −α and 1 − β with the seed model and drops zero coefficients', () => {
    const p = makePortfolio(
      [
        { id: 'x', cost: triangular(0, 1, 2), return: triangular(1, 2, 3), alpha: 0.3, beta: 0.2 },
        { id: 'y', cost: triangular(0, 1, 2), return: triangular(1, 2, 3), beta: 1 },
      ],
      { netModel: 'seed' },
    );
    const plan = compiled(compileSimulation(p, ['x', 'y']));
    expect(plan.terms.map((t) => [t.source, t.coefficient])).toEqual([
      [{ kind: 'cost', partner: 'x' }, -0.3],
      [{ kind: 'return', partner: 'x' }, 0.8],
    ]);
  });

  it('has the expected value of model/value.ts as its mean', () => {
    for (const selection of [['a'], ['a', 'b'], ['a', 'b', 'c'], []]) {
      const plan = compiled(compileSimulation(three, selection));
      expect(planMoments(plan).mean).toBeCloseTo(portfolioValue(three, selection), 12);
    }
  });

  it('folds degenerate distributions into the constant', () => {
    const p = makePortfolio([
      { id: 'x', cost: triangular(2, 2, 2), return: { kind: 'lognormal', mu: 0, sigma: 0 } },
    ]);
    const plan = compiled(compileSimulation(p, ['x']));
    expect(plan.terms).toEqual([]);
    expect(plan.constant).toBe(1 - 2);
  });

  it('names every unknown id in the selection', () => {
    const result = compileSimulation(three, ['a', 'nope', 'b', 'ghost']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_partner', ['selected', 1]],
      ['unknown_partner', ['selected', 3]],
    ]);
    expect(result.issues[0]?.message).toContain('"nope"');
    expect(result.issues[1]?.message).toContain('"ghost"');
  });

  it('warns about a repeated id and counts it once', () => {
    const result = compileSimulation(three, ['b', 'b']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['duplicate_selection', ['selected', 1]],
    ]);
    expect(result.value.constant).toBeCloseTo(2 - 0.1, 12);
  });

  it('reports a distribution it cannot sample, with its path', () => {
    const p = makePortfolio([
      { id: 'ok', cost: 1, return: 2 },
      { id: 'bad', cost: triangular(3, 1, 2), return: { kind: 'normal', mean: 0, sd: -1 } },
    ]);
    const result = compileSimulation(p, ['ok', 'bad']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_distribution', ['partners', 1, 'cost']],
      ['invalid_distribution', ['partners', 1, 'return']],
    ]);
  });

  it('is plain data that survives structuredClone', () => {
    const plan = compiled(compileSimulation(three, ['a', 'b', 'c']));
    expect(structuredClone(plan)).toEqual(plan);
  });
});

describe('planMoments', () => {
  it('adds squared coefficients times variances', () => {
    const plan = compiled(compileSimulation(three, ['b']));
    expect(planMoments(plan).variance).toBeCloseTo(1 / 12, 12);
  });
});
