import { loadHighsLpSolve } from '@partnerfolio/solver-highs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapleyInTableCore } from './core-check.js';
import { lpCoreNonEmpty } from './core-lp.js';
import { shapleyFromTable } from './shapley-table.js';
import { maskSum, tabulate } from './test-support/brute-force.js';
import { votingCore } from './voting-core.js';

describe('votingCore', () => {
  it('is empty without a veto player (3-player majority)', () => {
    expect(votingCore(2, [1, 1, 1])).toMatchObject({ nonEmpty: false, shapleyInCore: false });
  });

  it('holds the Shapley value when the veto players win alone (UN Security Council: no)', () => {
    expect(votingCore(5, [5, 1, 1])).toMatchObject({ nonEmpty: true, shapleyInCore: true });
    // The permanent five are veto players but need four others: Shapley gives those others > 0.
    const unsc = votingCore(39, [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(unsc).toMatchObject({ nonEmpty: true, shapleyInCore: false });
  });

  it('treats a game nobody can win as the zero game', () => {
    expect(votingCore(10, [1, 2])).toMatchObject({ nonEmpty: true, shapleyInCore: true });
  });

  it('agrees with the core LP and the direct Shapley check on random small games', async () => {
    const lp = await loadHighsLpSolve();
    const games = fc.sample(
      fc
        .array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 6 })
        .chain((weights) =>
          fc
            .integer({ min: 1, max: weights.reduce((a, b) => a + b, 0) + 1 })
            .map((quota) => ({ quota, weights })),
        ),
      { seed: 81, numRuns: 60 },
    );
    const seen = new Set<string>();
    for (const { quota, weights } of games) {
      const n = weights.length;
      const table = tabulate(n, (m) => (maskSum(m, weights) >= quota ? 1 : 0));
      const phi = shapleyFromTable(table, n);
      if (!phi.ok) throw new Error('unexpected');
      const analytic = votingCore(quota, weights);
      const lpAnswer = await lpCoreNonEmpty(table, n, 'profit', lp);
      expect(analytic.nonEmpty).toBe(lpAnswer.nonEmpty);
      expect(analytic.shapleyInCore).toBe(shapleyInTableCore(table, n, 'profit', phi.value));
      seen.add(`${analytic.nonEmpty}/${analytic.shapleyInCore}`);
    }
    // All three outcomes occur among the samples.
    expect(seen).toEqual(new Set(['false/false', 'true/false', 'true/true']));
  }, 30_000);
});
