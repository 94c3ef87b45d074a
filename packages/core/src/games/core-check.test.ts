import { loadHighsLpSolve } from '@partnerfolio/solver-highs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { largestExcesses } from './coalition-scan.js';
import { checkTableCore, shapleyInTableCore } from './core-check.js';
import { lpCoreNonEmpty, valueScale } from './core-lp.js';
import type { LpRow, LpSolve } from './lp.js';
import { shapleyFromTable } from './shapley-table.js';
import { buildSynergyTable, type Synergy } from './synergy-game.js';
import { coalitionValue, seeded, tableGame } from './test-support/arbitraries.js';
import { maskSum, popcount, tabulate } from './test-support/brute-force.js';
import { seededRng } from './test-support/seeded-rng.js';

let lp: LpSolve;
beforeAll(async () => {
  lp = await loadHighsLpSolve();
});

const phiOf = (values: Float64Array, n: number): Float64Array => {
  const r = shapleyFromTable(values, n);
  if (!r.ok) throw new Error(r.issues[0]?.message);
  return r.value;
};

/** The core LP with all 2^n − 1 rows at once: the reference for row generation. */
async function fullLpNonEmpty(values: Float64Array, n: number): Promise<boolean> {
  const rows: LpRow[] = [];
  for (let mask = 1; mask < 2 ** n; mask++) {
    const columns = Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i));
    rows.push({
      columns,
      coefficients: columns.map(() => 1),
      lower: values[mask] ?? 0,
      upper: Infinity,
    });
  }
  const free = Array.from({ length: n }, () => -Infinity);
  const s = await lp({
    sense: 'minimize',
    objective: free.map(() => 1),
    columnLower: free,
    columnUpper: free.map(() => Infinity),
    rows,
  });
  return s.objective <= (values[2 ** n - 1] ?? 0) + 1e-6 * Math.max(1, ...values.map(Math.abs));
}

/** A game whose core holds a random x: v(T) = x(T) − slack(T) ≥ …, v(N) = x(N). */
const balancedGame = (maxPlayers: number) =>
  tableGame(maxPlayers).chain(({ n, values }) =>
    fc.array(coalitionValue, { minLength: n, maxLength: n }).map((x) => {
      const v = values.map((slack, m) => maskSum(m, x) - Math.abs(slack));
      v[2 ** n - 1] = maskSum(2 ** n - 1, x);
      return { n, values: v };
    }),
  );

describe('core of tabulated games', () => {
  it('is empty for the 3-player majority game', async () => {
    const majority = tabulate(3, (m) => (popcount(m) >= 2 ? 1 : 0));
    const check = await checkTableCore(majority, 3, 'profit', phiOf(majority, 3), lp);
    expect(check.nonEmpty).toBe(false);
    expect(check.shapleyInCore).toBe(false);
  });

  it('is the single point (1, 0, 0) for the glove game, which the Shapley value misses', async () => {
    const glove = tabulate(3, (m) => (m & 1 && m & 6 ? 1 : 0));
    const check = await checkTableCore(glove, 3, 'profit', phiOf(glove, 3), lp);
    expect(check.nonEmpty).toBe(true);
    expect(check.shapleyInCore).toBe(false);
    const [a, b, c] = check.allocation ?? [];
    expect(a).toBeCloseTo(1, 6);
    expect(b).toBeCloseTo(0, 6);
    expect(c).toBeCloseTo(0, 6);
  });

  it('holds the Shapley value of a convex game, without the solver', async () => {
    const convex = tabulate(5, (m) => popcount(m) ** 2);
    const check = await checkTableCore(convex, 5, 'profit', phiOf(convex, 5), lp);
    expect(check).toMatchObject({ nonEmpty: true, shapleyInCore: true });
    expect(check.method).toMatch(/direct/);
  });

  it('reads cost games as "no coalition pays more than alone"', async () => {
    // Pairs cost as much as singles, the trio costs 2: x(N) = 2 > 3/2 allowed by the pairs.
    const cost = tabulate(3, (m) => (m === 0 ? 0 : m === 7 ? 2 : 1));
    expect((await lpCoreNonEmpty(cost, 3, 'cost', lp)).nonEmpty).toBe(false);
    // Sharing a fixed cost of 3 by three equals: everybody pays 1, which no coalition beats.
    const shared = tabulate(3, (m) => (m === 0 ? 0 : 3));
    const answer = await lpCoreNonEmpty(shared, 3, 'cost', lp);
    expect(answer.nonEmpty).toBe(true);
    expect((answer.allocation ?? []).reduce((a, b) => a + b, 0)).toBeCloseTo(3, 6);
    expect(shapleyInTableCore(shared, 3, 'cost', [1, 1, 1])).toBe(true);
    expect(shapleyInTableCore(shared, 3, 'cost', [1.1, 0.9, 1])).toBe(true);
    // Paying −0.5 means the other two pay 3.5 together: more than the 3 they pay alone.
    expect(shapleyInTableCore(shared, 3, 'cost', [3.5, -0.5, 0])).toBe(false);
  });

  it('row generation agrees with the LP over all coalitions', async () => {
    const games = [
      ...fc.sample(tableGame(6), { seed: 71, numRuns: 30 }),
      ...fc.sample(balancedGame(6), { seed: 72, numRuns: 30 }),
    ];
    let nonEmpty = 0;
    for (const { n, values } of games) {
      const answer = await lpCoreNonEmpty(values, n, 'profit', lp);
      expect(answer.nonEmpty).toBe(await fullLpNonEmpty(values, n));
      if (answer.nonEmpty) nonEmpty++;
    }
    // Both answers occur, so the comparison means something.
    expect(nonEmpty).toBeGreaterThan(25);
    expect(nonEmpty).toBeLessThan(60);
  });

  it('settles a thin 20-player synergy core in few rounds (plain cutting planes took 93)', async () => {
    const rng = seededRng(220);
    const n = 20;
    const net = Array.from({ length: n }, () => rng.next());
    const synergies: Synergy[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (rng.next() < 0.3) synergies.push({ i, j, value: (rng.next() - 0.1) * 0.5 });
      }
    }
    const table = buildSynergyTable(net, synergies);
    if (!table.ok) throw new Error('unexpected');
    const answer = await lpCoreNonEmpty(table.value, n, 'profit', lp);
    expect(answer.nonEmpty).toBe(true);
    expect(answer.rounds).toBeLessThan(30);
    // The allocation it returns is a certificate: in the core, checked without the solver.
    const x = answer.allocation ?? [];
    expect(largestExcesses(table.value, n, 1, x, 1e-6 * valueScale(table.value), 1)).toEqual([]);
  });
});

describe('largestExcesses', () => {
  it('finds the most violated coalitions, as brute force does', () => {
    fc.assert(
      fc.property(
        tableGame(7),
        fc.array(coalitionValue, { minLength: 7, maxLength: 7 }),
        ({ n, values }, x) => {
          const excess = Array.from(
            { length: 2 ** n - 1 },
            (_, k) => (values[k + 1] ?? 0) - maskSum(k + 1, x),
          );
          const expected = excess
            .filter((e) => e > 0)
            .sort((a, b) => b - a)
            .slice(0, 3);
          const found = largestExcesses(values, n, 1, x, 0, 3);
          expect(found.map((e) => e.excess)).toEqual(expected);
          for (const e of found) expect(e.excess).toBe(excess[e.mask - 1]);
        },
      ),
      seeded(74, 100),
    );
  });
});
