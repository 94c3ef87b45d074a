import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MilpBuilder } from '../milp-builder.js';
import type { MilpModel, MilpResult, MilpSolver } from '../milp-model.js';
import { createPrng } from './prng.js';

const INF = Number.POSITIVE_INFINITY;

/**
 * The behaviour every `MilpSolver` adapter must show. Each adapter's test file calls
 * this once with a factory; the suite owns the solver's lifetime.
 */
export function runSolverContract(name: string, create: () => Promise<MilpSolver>): void {
  describe(`MilpSolver contract: ${name}`, () => {
    let solver: MilpSolver;
    beforeAll(async () => {
      solver = await create();
    });
    afterAll(() => solver.dispose());

    it('solves a tiny LP with its optimal vertex, bound and zero gap', () => {
      // max 3x + 2y  s.t.  x + y ≤ 4,  x + 3y ≤ 6,  0 ≤ x ≤ 3: optimum (3, 1) = 11.
      const b = new MilpBuilder('maximize');
      const x = b.addVariable({ upper: 3, cost: 3 });
      const y = b.addVariable({ cost: 2 });
      b.addRow([x, y], [1, 1], -INF, 4);
      b.addRow([x, y], [1, 3], -INF, 6);
      const r = solver.solve(b.build());
      expect(r.status).toBe('optimal');
      expect(r.objective).toBeCloseTo(11, 9);
      expect(Array.from(r.values ?? [])).toEqual([expect.closeTo(3, 9), expect.closeTo(1, 9)]);
      expect(r.gap).toBe(0);
      expect(r.bound).toBeCloseTo(11, 9);
    });

    it('minimizes, with equality and ranged rows and an objective offset', () => {
      // min x + 2y + 10  s.t.  x + y = 3,  1 ≤ y − x ≤ 2: optimum (1, 2) = 15.
      const b = new MilpBuilder('minimize');
      const x = b.addVariable({ cost: 1 });
      const y = b.addVariable({ cost: 2 });
      b.addOffset(10);
      b.addRow([x, y], [1, 1], 3, 3);
      b.addRow([x, y], [-1, 1], 1, 2);
      const r = solver.solve(b.build());
      expect(r.status).toBe('optimal');
      expect(r.objective).toBeCloseTo(15, 9);
      expect(r.values?.[0]).toBeCloseTo(1, 9);
    });

    it('solves knapsack MILPs to the brute-force optimum', () => {
      const rng = createPrng(7);
      for (let round = 0; round < 10; round++) {
        const n = 12;
        const value = Array.from({ length: n }, () => rng.int(1, 40));
        const weight = Array.from({ length: n }, () => rng.int(1, 30));
        const capacity = Math.floor(weight.reduce((a, w) => a + w, 0) / 2);
        const b = new MilpBuilder('maximize');
        const cols = value.map((v) => b.addBinary(v));
        b.addRow(cols, weight, -INF, capacity);
        const r = solver.solve(b.build());
        expect(r.status).toBe('optimal');
        expect(r.objective).toBeCloseTo(bruteForceKnapsack(value, weight, capacity), 9);
        const picked = Array.from(r.values ?? [], (v) => Math.round(v));
        expect(picked.every((v) => v === 0 || v === 1)).toBe(true);
        expect(picked.reduce((a, v, i) => a + v * (weight[i] as number), 0)).toBeLessThanOrEqual(
          capacity,
        );
      }
    });

    it('reports an infeasible MILP and an infeasible LP', () => {
      const b = new MilpBuilder('maximize');
      const x = b.addBinary(1);
      const y = b.addBinary(1);
      b.addRow([x, y], [1, 1], 3, INF);
      expect(solver.solve(b.build())).toMatchObject({ status: 'infeasible', values: null });
      const lp = new MilpBuilder('minimize');
      const z = lp.addVariable({ upper: 1 });
      lp.addRow([z], [1], 2, INF);
      expect(solver.solve(lp.build()).status).toBe('infeasible');
    });

    it('reports unbounded LPs and MILPs (not "infeasible or unbounded")', () => {
      for (const integer of [false, true]) {
        const b = new MilpBuilder('maximize');
        const x = b.addVariable({ integer, cost: 1 });
        const y = b.addVariable({ integer, cost: 1 });
        b.addRow([x, y], [1, -1], -INF, 2);
        expect(solver.solve(b.build()).status).toBe('unbounded');
      }
    });

    it('solves a model without rows and one without columns', () => {
      const b = new MilpBuilder('maximize');
      b.addBinary(2);
      b.addBinary(-1);
      const r = solver.solve(b.build());
      expect(r.status).toBe('optimal');
      expect(r.objective).toBeCloseTo(2, 12);
      const empty = new MilpBuilder('minimize');
      empty.addOffset(4);
      empty.addRow([], [], -1, 1);
      expect(solver.solve(empty.build())).toMatchObject({ status: 'optimal', objective: 4 });
      // Without columns every row's activity is 0: a row that needs 1 cannot hold.
      empty.addRow([], [], 1, INF);
      expect(solver.solve(empty.build()).status).toBe('infeasible');
    });

    it('stops at a time limit and reports the incumbent honestly', () => {
      const model = hardKnapsack(400, 15);
      const r = solver.solve(model, { timeLimit: 0.05 });
      expect(r.status).toBe('time-limit');
      if (r.values !== null) {
        expect(isFeasible(model, r.values)).toBe(true);
        expect(r.objective).toBeCloseTo(objectiveOf(model, r.values), 6);
        expect(r.gap).toBeGreaterThanOrEqual(0);
        if (r.bound !== null) expect(r.bound).toBeGreaterThanOrEqual((r.objective ?? 0) - 1e-6);
      } else {
        expect(r.objective).toBeNull();
      }
      // The limit must not leak into the next solve.
      const small = new MilpBuilder('maximize');
      small.addRow([small.addBinary(1)], [1], -INF, 1);
      expect(solver.solve(small.build()).status).toBe('optimal');
    });

    it('accepts a feasible start and still proves the optimum', () => {
      const model = hardKnapsack(30, 2);
      const first = solver.solve(model);
      expect(first.status).toBe('optimal');
      const again = solver.solve(model, { start: first.values ?? [] });
      expect(again.status).toBe('optimal');
      expect(again.objective).toBeCloseTo(first.objective ?? Number.NaN, 6);
    });

    it('answers a bad time limit or a malformed model with an error, then keeps working', () => {
      const b = new MilpBuilder('maximize');
      b.addBinary(1);
      const model = b.build();
      expect(solver.solve(model, { timeLimit: -1 }).status).toBe('error');
      const broken: MilpModel = {
        ...model,
        columns: { ...model.columns, cost: Float64Array.of(Number.NaN) },
      };
      const r: MilpResult = solver.solve(broken);
      expect(r.status).toBe('error');
      expect(r.message).toBeTypeOf('string');
      expect(solver.solve(model)).toMatchObject({ status: 'optimal', objective: 1 });
    });
  });
}

function bruteForceKnapsack(value: number[], weight: number[], capacity: number): number {
  let best = 0;
  for (let mask = 0; mask < 1 << value.length; mask++) {
    let v = 0;
    let w = 0;
    for (let i = 0; i < value.length; i++) {
      if (mask & (1 << i)) {
        v += value[i] as number;
        w += weight[i] as number;
      }
    }
    if (w <= capacity && v > best) best = v;
  }
  return best;
}

/** A multi-dimensional knapsack with correlated weights: slow to prove optimal. */
function hardKnapsack(n: number, dims: number): MilpModel {
  const rng = createPrng(20_240_601 + n);
  const b = new MilpBuilder('maximize');
  const cols = Array.from({ length: n }, () => b.addBinary(0));
  const totals = new Array<number>(n).fill(0);
  for (let d = 0; d < dims; d++) {
    const weights = cols.map(() => rng.int(100, 1000));
    weights.forEach((w, i) => {
      totals[i] = (totals[i] as number) + w;
    });
    b.addRow(cols, weights, -INF, Math.floor(weights.reduce((a, w) => a + w, 0) / 2));
  }
  cols.forEach((c, i) => {
    b.setCost(c, Math.round((totals[i] as number) / dims + rng.int(0, 100)));
  });
  return b.build();
}

function objectiveOf(model: MilpModel, values: Float64Array): number {
  let s = model.offset;
  for (let j = 0; j < model.columns.count; j++) {
    s += (model.columns.cost[j] as number) * (values[j] as number);
  }
  return s;
}

function isFeasible(model: MilpModel, values: Float64Array, tol = 1e-6): boolean {
  const { columns, rows } = model;
  for (let j = 0; j < columns.count; j++) {
    const v = values[j] as number;
    if (v < (columns.lower[j] as number) - tol || v > (columns.upper[j] as number) + tol) {
      return false;
    }
    if (columns.integer[j] === 1 && Math.abs(v - Math.round(v)) > tol) return false;
  }
  for (let r = 0; r < rows.count; r++) {
    let a = 0;
    for (let k = rows.starts[r] as number; k < (rows.starts[r + 1] as number); k++) {
      a += (rows.values[k] as number) * (values[rows.indices[k] as number] as number);
    }
    if (a < (rows.lower[r] as number) - tol || a > (rows.upper[r] as number) + tol) return false;
  }
  return true;
}
