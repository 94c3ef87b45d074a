import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapleyShubik } from './shapley-shubik.js';
import { shapleyFromTable } from './shapley-table.js';
import { seeded } from './test-support/arbitraries.js';
import { maskSum, tabulate } from './test-support/brute-force.js';
import { expectClose } from './test-support/expect-close.js';
import { type IntegerVotingGame, toIntegerVotingGame } from './voting-weights.js';

const power = (quota: number, weights: number[]): Float64Array => {
  const g = toIntegerVotingGame(quota, weights);
  if (!g.ok) throw new Error(g.issues[0]?.message);
  const r = shapleyShubik(g.value);
  if (!r.ok) throw new Error(r.issues[0]?.message);
  return r.value;
};
const sum = (xs: ArrayLike<number>): number => Array.from(xs).reduce((a, b) => a + b, 0);

describe('shapleyShubik', () => {
  it('matches enumeration of the simple game on random small games', () => {
    const votingGame = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 10 })
      .chain((weights) =>
        fc.integer({ min: 1, max: sum(weights) + 2 }).map((quota) => ({ quota, weights })),
      );
    fc.assert(
      fc.property(votingGame, ({ quota, weights }) => {
        const n = weights.length;
        const exact = shapleyFromTable(
          tabulate(n, (m) => (maskSum(m, weights) >= quota ? 1 : 0)),
          n,
        );
        if (!exact.ok) throw new Error('unexpected');
        const dp = power(quota, weights);
        expectClose(dp, exact.value, 12);
      }),
      seeded(31, 150),
    );
  });

  it('gives the UN Security Council its textbook power', () => {
    // 5 permanent members (veto) and 10 others; 9 votes with all 5 permanent ones pass.
    // As weights: permanent 7, others 1, quota 39.
    const phi = power(39, [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(phi[0]).toBeCloseTo(0.1963, 4);
    expect(phi[5]).toBeCloseTo(0.001865, 6);
    expect(sum(phi)).toBeCloseTo(1, 14);
  });

  it('sums to 1 when the grand coalition wins, 0 when it loses', () => {
    expect(sum(power(270, electoralCollege()))).toBeCloseTo(1, 12);
    expect(sum(power(8, [1, 2, 3]))).toBe(0);
  });

  it('stays exact for hundreds of players (no count overflows)', () => {
    // 400 equal players: symmetric, so each has 1/400.
    for (const x of power(201, new Array<number>(400).fill(1))) expect(x).toBeCloseTo(1 / 400, 14);
    // A dictator with 300 null players.
    const phi = power(400, [400, ...new Array<number>(300).fill(1)]);
    expect(phi[0]).toBeCloseTo(1, 14);
    expect(phi[1]).toBeCloseTo(0, 14);
  });

  it('refuses games whose DP would be too large', () => {
    const huge: IntegerVotingGame = { quota: 5e8, weights: [3e8, 3e8, 3e8 + 1] };
    const r = shapleyShubik(huge);
    expect(r.ok ? null : r.issues[0]?.code).toBe('voting_game_too_large');
  });
});

/** Electoral votes of the 50 US states and DC (2024–2028 apportionment): 538, quota 270. */
export function electoralCollege(): number[] {
  return [
    9, 3, 11, 6, 54, 10, 7, 3, 3, 30, 16, 4, 4, 19, 11, 6, 6, 8, 8, 4, 10, 11, 15, 10, 6, 10, 4, 5,
    6, 4, 14, 5, 28, 16, 3, 17, 7, 8, 19, 4, 9, 3, 11, 40, 6, 3, 13, 12, 4, 10, 3,
  ];
}
