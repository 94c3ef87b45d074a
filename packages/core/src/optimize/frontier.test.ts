import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MilpSolver } from '../solver/milp-model.js';
import { frontier } from './frontier.js';
import { optimize } from './optimize.js';
import { five } from './test-support/fixtures.js';

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

describe('frontier', () => {
  it('sweeps the budget from 0 to the total use (13) with a non-decreasing objective', () => {
    const { portfolio, scores } = five({ synergies: [['p4', 'p5', 2.5]] });
    const r = frontier(portfolio, solver, { resource: 'budget', scores });
    if (!r.ok) throw new Error('frontier failed');
    expect(r.value.resource).toBe('budget');
    const caps = r.value.points.map((p) => p.capacity);
    expect(caps).toHaveLength(11);
    expect(caps[0]).toBe(0);
    expect(caps[10]).toBe(13);
    expect(caps[5]).toBeCloseTo(6.5, 12);
    const objectives = r.value.points.map((p) => p.objective ?? Number.NaN);
    for (let k = 1; k < objectives.length; k++) {
      expect(objectives[k]).toBeGreaterThanOrEqual((objectives[k - 1] as number) - 1e-9);
    }
    expect(r.value.points[0]).toEqual({
      capacity: 0,
      status: 'optimal',
      objective: 0,
      selected: [],
    });
    expect(r.value.points[10]?.objective).toBeCloseTo(14, 12);
  });

  it('matches optimize at every capacity (the warm start changes nothing)', () => {
    const { portfolio, scores } = five({
      synergies: [
        ['p1', 'p3', -2],
        ['p2', 'p4', 1.5],
      ],
      constraints: { maxPartners: 3 },
    });
    const r = frontier(portfolio, solver, { resource: 'budget', scores, points: 27 });
    if (!r.ok) throw new Error('frontier failed');
    for (const point of r.value.points) {
      const alone = optimize({ ...portfolio, resources: { budget: point.capacity } }, solver, {
        scores,
      });
      expect(point.objective).toBeCloseTo(alone.objective ?? Number.NaN, 9);
    }
  });

  it('marks capacities below what the constraints need as infeasible with a null objective', () => {
    const { portfolio, scores } = five({ constraints: { include: ['p1'] } });
    const r = frontier(portfolio, solver, { resource: 'budget', scores, points: 14 });
    if (!r.ok) throw new Error('frontier failed');
    const statuses = r.value.points.map((p) => [p.capacity, p.status, p.objective]);
    expect(statuses.slice(0, 4)).toEqual([
      [0, 'infeasible', null],
      [1, 'infeasible', null],
      [2, 'infeasible', null],
      [3, 'infeasible', null],
    ]);
    expect(r.value.points[4]).toMatchObject({ capacity: 4, status: 'optimal', selected: ['p1'] });
  });

  it('a single point is the total use', () => {
    const { portfolio, scores } = five();
    const r = frontier(portfolio, solver, { resource: 'budget', scores, points: 1 });
    expect(r.ok && r.value.points.map((p) => p.capacity)).toEqual([13]);
  });

  it('refuses an unknown resource and a bad number of points', () => {
    const { portfolio, scores } = five({ resources: { budget: 10, staff: 3 } });
    const unknown = frontier(portfolio, solver, { resource: 'compute', scores });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.issues[0]).toMatchObject({ code: 'unknown_resource', path: ['resource'] });
      expect(unknown.issues[0]?.message).toBe(
        'no resource "compute" in the spec; it has budget and staff',
      );
    }
    for (const points of [0, 2.5, -1, Number.NaN]) {
      const r = frontier(portfolio, solver, { resource: 'budget', scores, points });
      expect(r.ok ? 'ok' : r.issues[0]?.code).toBe('invalid_points');
    }
  });
});
