import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { airportShapley } from './airport.js';
import {
  airportPermutationGame,
  maskValueGame,
  memberValueGame,
  type PermutationGame,
  tablePermutationGame,
  votingPermutationGame,
} from './permutation-games.js';
import { type ShapleyEstimate, sampleShapley } from './sample-shapley.js';
import { shapleyShubik } from './shapley-shubik.js';
import { shapleyFromTable } from './shapley-table.js';
import { synergyShapley } from './synergy-game.js';
import { synergyPermutationGame } from './synergy-permutation-game.js';
import { seeded, tableGame } from './test-support/arbitraries.js';
import { seededRng } from './test-support/seeded-rng.js';

const sample = (game: PermutationGame, seed: number, permutations: number, antithetic = false) => {
  const r = sampleShapley(game, { rng: seededRng(seed), permutations, antithetic });
  if (!r.ok) throw new Error(r.issues[0]?.message);
  return r.value;
};

/** How many exact values fall in the 95% intervals, and the worst miss in standard errors. */
function coverage(estimate: ShapleyEstimate, exact: ArrayLike<number>) {
  let inside = 0;
  let worst = 0;
  for (let i = 0; i < exact.length; i++) {
    const x = exact[i] ?? 0;
    if ((estimate.lower[i] ?? 0) - 1e-12 <= x && x <= (estimate.upper[i] ?? 0) + 1e-12) inside++;
    const se = estimate.standardErrors[i] ?? 0;
    const miss = Math.abs((estimate.estimates[i] ?? 0) - x);
    worst = Math.max(worst, se > 0 ? miss / se : miss > 1e-12 ? Number.POSITIVE_INFINITY : 0);
  }
  return { inside, worst };
}

describe('sampleShapley', () => {
  it('agrees with the exact value within its confidence intervals on random games', () => {
    const games = fc.sample(tableGame(8), { seed: 51, numRuns: 40 });
    let inside = 0;
    let total = 0;
    games.forEach(({ n, values }, g) => {
      const exact = shapleyFromTable(values, n);
      if (!exact.ok) throw new Error('unexpected');
      const estimate = sample(tablePermutationGame(values, n), 100 + g, 2000);
      const c = coverage(estimate, exact.value);
      inside += c.inside;
      total += n;
      expect(c.worst).toBeLessThan(4.5);
      // Every order's marginals add up to v(N), so the estimates do too.
      const sum = estimate.estimates.reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(values[2 ** n - 1] ?? 0, 9);
    });
    // 95% intervals: allow for sampling noise, but not for a systematic error.
    expect(inside / total).toBeGreaterThan(0.88);
  });

  it('estimates a 100-partner synergy game without a table', () => {
    const rng = seededRng(52);
    const n = 100;
    const net = Array.from({ length: n }, () => rng.next() * 2 - 1);
    const synergies = Array.from({ length: 600 }, () => ({
      i: Math.floor(rng.next() * n),
      j: Math.floor(rng.next() * n),
      value: rng.next() - 0.4,
    })).filter((s) => s.i !== s.j);
    const estimate = sample(synergyPermutationGame(net, synergies), 53, 10_000);
    const c = coverage(estimate, synergyShapley(net, synergies));
    expect(c.inside).toBeGreaterThan(85);
    expect(c.worst).toBeLessThan(4.5);
  });

  it('is exact with antithetic pairs on a pairwise game (each pair splits half and half)', () => {
    const net = [1, 2, 3, 4];
    const synergies = [
      { i: 0, j: 1, value: 2 },
      { i: 2, j: 3, value: -1 },
      { i: 0, j: 3, value: 0.5 },
    ];
    const estimate = sample(synergyPermutationGame(net, synergies), 54, 10, true);
    synergyShapley(net, synergies).forEach((x, i) => {
      expect(estimate.estimates[i]).toBeCloseTo(x, 12);
      expect(estimate.standardErrors[i]).toBeCloseTo(0, 12);
    });
  });

  it('samples voting and airport games in agreement with their exact rules', () => {
    const weights = [4, 3, 2, 2, 1, 1, 1];
    const exactVoting = shapleyShubik({ quota: 8, weights });
    if (!exactVoting.ok) throw new Error('unexpected');
    const voting = coverage(sample(votingPermutationGame(8, weights), 55, 4000), exactVoting.value);
    expect(voting.worst).toBeLessThan(4.5);
    const costs = [5, 1, 3, 3, 8, 2];
    const airport = coverage(
      sample(airportPermutationGame(costs), 56, 4000),
      airportShapley(costs),
    );
    expect(airport.worst).toBeLessThan(4.5);
  });

  it('gives the same marginals through a mask, a member list or a table', () => {
    const [game] = fc.sample(tableGame(6), { seed: 57, numRuns: 1 });
    if (game === undefined) throw new Error('unexpected');
    const { n, values } = game;
    const v = (mask: number) => values[mask] ?? 0;
    const fromMembers = (members: Uint8Array) => v(members.reduce((m, x, i) => m + x * 2 ** i, 0));
    const a = sample(tablePermutationGame(values, n), 58, 50);
    const b = sample(maskValueGame(n, v), 58, 50);
    const c = sample(memberValueGame(n, fromMembers), 58, 50);
    expect(b.estimates).toEqual(a.estimates);
    expect(c.estimates).toEqual(a.estimates);
  });

  it('reproduces a run from its seed, and refuses fewer than 2 permutations', () => {
    const game = airportPermutationGame([3, 1, 2]);
    expect(sample(game, 59, 100).estimates).toEqual(sample(game, 59, 100).estimates);
    const r = sampleShapley(game, { rng: seededRng(1), permutations: 1 });
    expect(r.ok ? null : r.issues[0]?.code).toBe('invalid_samples');
  });
});

describe('property: sampled intervals contain the exact value for additive games', () => {
  it('has zero-width intervals at the exact values when v is additive', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 1, maxLength: 12 }),
        (x) => {
          const game = maskValueGame(x.length, (mask) =>
            x.reduce((s, xi, i) => s + (Math.floor(mask / 2 ** i) % 2) * xi, 0),
          );
          const estimate = sample(game, 60, 5);
          x.forEach((xi, i) => {
            expect(estimate.lower[i]).toBeCloseTo(xi, 12);
            expect(estimate.upper[i]).toBeCloseTo(xi, 12);
          });
        },
      ),
      seeded(61, 50),
    );
  });
});
