import { loadHighsLpSolve } from '@partnerfolio/solver-highs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { airportCostTable, airportShapley } from './airport.js';
import { shapleyInTableCore } from './core-check.js';
import { lpCoreNonEmpty } from './core-lp.js';
import { shapleyFromTable } from './shapley-table.js';
import { seeded } from './test-support/arbitraries.js';
import { expectClose } from './test-support/expect-close.js';

const costs = (max: number) =>
  fc.array(
    fc.integer({ min: 0, max: 20 }).map((k) => k / 2),
    { minLength: 1, maxLength: max },
  );

describe('airportShapley', () => {
  it('shares each increment equally among those who need it', () => {
    // Runway lengths 1, 3, 6: the first unit is split three ways, the next two by two
    // players, the last three paid by the largest alone.
    expect(Array.from(airportShapley([6, 1, 3]))).toEqual([1 / 3 + 1 + 3, 1 / 3, 1 / 3 + 1]);
  });

  it('equals exact enumeration of c(T) = max_{i∈T} c_i', () => {
    fc.assert(
      fc.property(costs(10), (c) => {
        const table = airportCostTable(c);
        if (!table.ok) throw new Error('unexpected');
        const exact = shapleyFromTable(table.value, c.length);
        if (!exact.ok) throw new Error('unexpected');
        expectClose(airportShapley(c), exact.value, 11);
      }),
      seeded(41, 100),
    );
  });

  it('charges the grand coalition its full cost for thousands of players', () => {
    const n = 13_572;
    const c = Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) + 1);
    const phi = airportShapley(c);
    expect(phi.reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 8);
  });
});

describe('the airport core (concave cost game)', () => {
  it('is non-empty and contains the Shapley value, as the LP confirms', async () => {
    const lp = await loadHighsLpSolve();
    const samples = fc.sample(costs(7), { seed: 42, numRuns: 25 });
    for (const c of samples) {
      const table = airportCostTable(c);
      if (!table.ok) throw new Error('unexpected');
      const answer = await lpCoreNonEmpty(table.value, c.length, 'cost', lp);
      expect(answer.nonEmpty).toBe(true);
      expect(shapleyInTableCore(table.value, c.length, 'cost', airportShapley(c))).toBe(true);
    }
  });
});
