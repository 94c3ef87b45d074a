import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Constraints } from '../model/types.js';
import { portfolioValue } from '../model/value.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { optimize } from './optimize.js';
import { five, type PortfolioSketch, partner, portfolio } from './test-support/fixtures.js';
import { largePortfolio } from './test-support/large-portfolio.js';

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

describe('optimize: the source document example (A, B, C)', () => {
  const abc = (extra: Omit<PortfolioSketch, 'partners'>) =>
    portfolio({
      resources: { budget: 1.4 },
      ...extra,
      partners: [
        partner('A', { cost: 0.8, return: 1.2, uses: { budget: 0.8 }, alpha: 0.5, beta: 0.5 }),
        partner('B', { cost: 0.7, return: 1.5, uses: { budget: 0.7 }, alpha: 0.5, beta: 0.5 }),
        partner('C', { cost: 0.6, return: 1.0, uses: { budget: 0.6 }, alpha: 0.5, beta: 0.5 }),
      ],
    });

  it('picks B and C under a budget of 1.4 (N = 0.4, 0.8, 0.4; A+B would cost 1.5)', () => {
    const r = optimize(abc({}), solver, { scores: [0, 0, 0] });
    expect(r.status).toBe('optimal');
    expect(r.selected).toEqual(['B', 'C']);
    expect(r.objective).toBeCloseTo(1.2, 12);
    expect(r.gap).toBe(0);
    expect(r.resources.budget).toEqual({ used: expect.closeTo(1.3, 12), capacity: 1.4 });
  });

  it('uses the document formula with netModel seed (N = 0.2, 0.4, 0.2)', () => {
    const r = optimize(abc({ netModel: 'seed', resources: { budget: 10 } }), solver, {
      scores: [0, 0, 0],
    });
    expect(r.selected).toEqual(['A', 'B', 'C']);
    expect(r.objective).toBeCloseTo(0.8, 12);
  });

  it('takes A and B when their synergy pays and the budget exactly fits (1.5)', () => {
    const p = abc({ resources: { budget: 1.5 }, synergies: [['A', 'B', 0.5]] });
    const r = optimize(p, solver, { scores: [0, 0, 0] });
    expect(r.selected).toEqual(['A', 'B']);
    expect(r.objective).toBeCloseTo(1.7, 12);
    expect(r.objective).toBe(portfolioValue(p, r.selected));
  });
});

describe('optimize: each constraint moves the optimum', () => {
  const cases: [string, Partial<Constraints>, Record<string, number>, string[], number][] = [
    ['no constraint', {}, {}, ['p1', 'p2', 'p3', 'p4'], 14],
    ['resource capacity', {}, { budget: 7 }, ['p1', 'p2'], 9],
    ['minPerKind', { minPerKind: { government: 2 } }, {}, ['p1', 'p2', 'p3', 'p4', 'p5'], 11],
    ['maxPartners', { maxPartners: 2 }, {}, ['p1', 'p2'], 9],
    ['exclusive', { exclusive: [['p1', 'p2']] }, {}, ['p1', 'p3', 'p4'], 10],
    ['requires', { requires: [['p4', 'p5']] }, {}, ['p1', 'p2', 'p3'], 12],
    ['include', { include: ['p5'] }, {}, ['p1', 'p2', 'p3', 'p4', 'p5'], 11],
    ['exclude', { exclude: ['p1'] }, {}, ['p2', 'p3', 'p4'], 9],
    ['cover', { cover: ['compute'], exclude: ['p4'] }, {}, ['p1', 'p2', 'p3', 'p5'], 9],
    ['group max', { groups: [{ members: ['p1', 'p2', 'p3'], max: 1 }] }, {}, ['p1', 'p4'], 7],
    [
      'group min',
      { groups: [{ members: ['p4', 'p5'], min: 2 }] },
      {},
      ['p1', 'p2', 'p3', 'p4', 'p5'],
      11,
    ],
    ['minScore', { minScore: 0.4 }, {}, ['p1', 'p3', 'p4'], 10],
    [
      'unknown ids in pairs are harmless',
      { exclusive: [['p1', 'zz']], exclude: ['zz'] },
      {},
      ['p1', 'p2', 'p3', 'p4'],
      14,
    ],
  ];
  it.each(cases)('%s', (_, constraints, resources, selected, objective) => {
    const { portfolio: p, scores } = five({
      constraints,
      resources: { budget: 100, ...resources },
    });
    const r = optimize(p, solver, { scores });
    expect(r.status).toBe('optimal');
    expect(r.selected).toEqual(selected);
    expect(r.objective).toBeCloseTo(objective, 12);
    expect(r.objective).toBe(portfolioValue(p, r.selected));
  });
});

describe('optimize: objective and synergies', () => {
  it('drops a partner when a negative synergy outweighs it', () => {
    const { portfolio: p, scores } = five({ synergies: [['p1', 'p2', -6]] });
    const r = optimize(p, solver, { scores });
    expect(r.selected).toEqual(['p1', 'p3', 'p4']);
    expect(r.objective).toBe(portfolioValue(p, r.selected));
  });

  it('keeps both partners when the negative synergy is small', () => {
    const { portfolio: p, scores } = five({ synergies: [['p1', 'p2', -1]] });
    expect(optimize(p, solver, { scores }).objective).toBeCloseTo(13, 12);
  });

  it('adds up several synergy entries between the same pair, in either order', () => {
    const { portfolio: p, scores } = five({
      synergies: [
        ['p1', 'p2', 2],
        ['p2', 'p1', -7],
      ],
    });
    const r = optimize(p, solver, { scores });
    expect(r.selected).toEqual(['p1', 'p3', 'p4']);
    expect(r.objective).toBeCloseTo(10, 12);
  });

  it('takes a loss-making partner for a positive synergy that pays for it', () => {
    const { portfolio: p, scores } = five({ synergies: [['p5', 'p3', 4]] });
    const r = optimize(p, solver, { scores });
    expect(r.selected).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(r.objective).toBe(portfolioValue(p, r.selected));
    expect(r.objective).toBeCloseTo(15, 12);
  });

  it('subtracts the coordination cost per chosen partner', () => {
    const { portfolio: p, scores } = five({ coordinationCost: 2.5 });
    const r = optimize(p, solver, { scores });
    expect(r.selected).toEqual(['p1', 'p2', 'p3']);
    expect(r.objective).toBeCloseTo(4.5, 12);
  });

  it('uses expected values of distributions', () => {
    const p = portfolio({
      partners: [
        partner('u', { return: { kind: 'uniform', min: -1, max: 2 } }), // 0.5
        partner('t', { return: { kind: 'triangular', min: -3, mode: 0, max: 1 } }), // −2/3
      ],
    });
    const r = optimize(p, solver, { scores: [0, 0] });
    expect(r.selected).toEqual(['u']);
    expect(r.objective).toBeCloseTo(0.5, 12);
  });

  it('maximises the summed score with objective score, ignoring synergies and overhead', () => {
    const { portfolio: p, scores } = five({
      objective: 'score',
      coordinationCost: 10,
      synergies: [['p1', 'p3', -100]],
      constraints: { maxPartners: 2 },
    });
    const r = optimize(p, solver, { scores });
    expect(r.selected).toEqual(['p1', 'p3']);
    expect(r.objective).toBeCloseTo(1.7, 12);
  });

  it('reports resource use and capacity for the selection', () => {
    const { portfolio: p, scores } = five({ resources: { budget: 7, staff: 3 } });
    const r = optimize(p, solver, { scores });
    expect(r.resources).toEqual({
      budget: { used: 7, capacity: 7 },
      staff: { used: 0, capacity: 3 },
    });
  });

  it('solves an empty portfolio to the empty selection', () => {
    const r = optimize(portfolio({ partners: [] }), solver, { scores: [] });
    expect(r).toMatchObject({ status: 'optimal', selected: [], objective: 0, gap: 0 });
  });

  it('explains an include of an unknown id even without partners', () => {
    const r = optimize(portfolio({ partners: [], constraints: { include: ['ghost'] } }), solver, {
      scores: [],
    });
    expect(r.status).toBe('infeasible');
    expect(r.conflicts?.map((c) => c.constraint)).toEqual(['constraints.include[0]']);
  });

  it('reports a time limit with an honest incumbent (or none)', () => {
    const p = largePortfolio(1000, 3000, 3);
    const r = optimize(p, solver, { scores: p.partners.map(() => 0), timeLimit: 0.05 });
    expect(r.status).toBe('time-limit');
    if (r.objective === null) {
      expect(r.selected).toEqual([]);
    } else {
      expect(r.objective).toBe(portfolioValue(p, r.selected));
      expect(r.gap).toBeGreaterThan(0);
      expect(r.resources.budget?.used).toBeLessThanOrEqual(r.resources.budget?.capacity ?? 0);
    }
  });

  it('answers a scores array of the wrong length with an error issue', () => {
    const { portfolio: p } = five();
    const r = optimize(p, solver, { scores: [1, 2] });
    expect(r.status).toBe('error');
    expect(r.issues?.[0]?.code).toBe('scores_length');
  });
});
