import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_EXACT_PLAYERS,
  popcountTable,
  shapleyFromTable,
  shapleyWeights,
} from './shapley-table.js';
import { seeded, tableGame } from './test-support/arbitraries.js';
import { popcount, shapleyByPermutations, tabulate } from './test-support/brute-force.js';
import { expectClose } from './test-support/expect-close.js';

const exactly = (values: Float64Array, n: number): Float64Array => {
  const r = shapleyFromTable(values, n);
  if (!r.ok) throw new Error(r.issues[0]?.message);
  return r.value;
};

describe('shapleyFromTable', () => {
  it('splits the 3-player glove game 2/3, 1/6, 1/6', () => {
    // Player 0 holds a left glove, players 1 and 2 a right one; a pair is worth 1.
    const glove = tabulate(3, (m) => (m & 1 && m & 6 ? 1 : 0));
    const phi = exactly(glove, 3);
    expect(phi[0]).toBeCloseTo(2 / 3, 14);
    expect(phi[1]).toBeCloseTo(1 / 6, 14);
    expect(phi[2]).toBeCloseTo(1 / 6, 14);
  });

  it('gives a lone player its own value and handles the empty game', () => {
    expect(Array.from(exactly(Float64Array.from([0, 7]), 1))).toEqual([7]);
    expect(exactly(Float64Array.from([0]), 0).length).toBe(0);
  });

  it('agrees with the average over all n! orders', () => {
    fc.assert(
      fc.property(tableGame(6), ({ n, values }) => {
        const reference = shapleyByPermutations(n, (m) => values[m] ?? 0);
        const phi = exactly(values, n);
        expectClose(phi, reference, 10);
      }),
      seeded(11, 60),
    );
  });

  it('crosses the block boundary (more than 12 players) without error', () => {
    // A majority-of-weights game on 14 players: symmetric, so each gets v(N)/14 = 1/14.
    const n = 14;
    const values = tabulate(n, (m) => (popcount(m) > n / 2 ? 1 : 0));
    for (const x of exactly(values, n)) expect(x).toBeCloseTo(1 / n, 13);
  });

  it(`refuses more than ${MAX_EXACT_PLAYERS} players and tables of the wrong size`, () => {
    const big = shapleyFromTable(new Float64Array(0), MAX_EXACT_PLAYERS + 1);
    expect(big.ok ? null : big.issues[0]?.code).toBe('too_many_players');
    const short = shapleyFromTable(new Float64Array(7), 3);
    expect(short.ok ? null : short.issues[0]?.code).toBe('table_size');
  });
});

describe('shapleyWeights and popcountTable', () => {
  it('weights over all subsets of the others add up to 1', () => {
    for (const n of [1, 2, 5, 25]) {
      const w = shapleyWeights(n);
      let total = 0;
      let binomial = 1; // C(n−1, k)
      for (let k = 0; k < n; k++) {
        total += binomial * (w[k] ?? 0);
        binomial = (binomial * (n - 1 - k)) / (k + 1);
      }
      expect(total).toBeCloseTo(1, 12);
      expect(w[n]).toBe(0);
    }
  });

  it('counts bits', () => {
    const t = popcountTable(10);
    for (let m = 0; m < t.length; m++) expect(t[m]).toBe(popcount(m));
  });
});
