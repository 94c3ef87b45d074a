import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapleyFromTable } from './shapley-table.js';
import {
  buildSynergyTable,
  isConvexSynergyGame,
  type Synergy,
  synergyMatrix,
  synergyShapley,
} from './synergy-game.js';
import { coalitionValue, seeded } from './test-support/arbitraries.js';
import { expectClose } from './test-support/expect-close.js';

const synergyGame = (maxPlayers: number) =>
  fc.integer({ min: 1, max: maxPlayers }).chain((n) =>
    fc
      .record({
        net: fc.array(coalitionValue, { minLength: n, maxLength: n }),
        synergies: fc.array(
          fc.record({
            i: fc.integer({ min: 0, max: n - 1 }),
            j: fc.integer({ min: 0, max: n - 1 }),
            value: coalitionValue,
          }),
          { maxLength: 2 * n },
        ),
      })
      .map(({ net, synergies }) => ({ net, synergies: synergies.filter((s) => s.i !== s.j) })),
  );

/** v(T) straight from the definition. */
function directValue(net: readonly number[], synergies: readonly Synergy[], mask: number): number {
  let v = 0;
  net.forEach((x, i) => {
    if (mask & (1 << i)) v += x;
  });
  for (const { i, j, value } of synergies) if (mask & (1 << i) && mask & (1 << j)) v += value;
  return v;
}

const table = (net: readonly number[], synergies: readonly Synergy[]): Float64Array => {
  const r = buildSynergyTable(net, synergies);
  if (!r.ok) throw new Error(r.issues[0]?.message);
  return r.value;
};

describe('the synergy game', () => {
  it('tabulates v(T) = Σ net + Σ pair synergies, repeated pairs adding up', () => {
    fc.assert(
      fc.property(synergyGame(9), ({ net, synergies }) => {
        const v = table(net, synergies);
        expectClose(
          v,
          v.map((_, mask) => directValue(net, synergies, mask)),
          10,
        );
      }),
      seeded(21, 80),
    );
  });

  it('has the closed-form Shapley value net_i + ½ Σ_j s_ij, equal to enumeration', () => {
    fc.assert(
      fc.property(synergyGame(12), ({ net, synergies }) => {
        const enumerated = shapleyFromTable(table(net, synergies), net.length);
        if (!enumerated.ok) throw new Error('unexpected');
        const closed = synergyShapley(net, synergies);
        expectClose(closed, enumerated.value, 9);
      }),
      seeded(22, 60),
    );
  });

  it('is convex exactly when no pair synergy (after summing repeats) is negative', () => {
    expect(isConvexSynergyGame(3, [{ i: 0, j: 1, value: 0.5 }])).toBe(true);
    expect(isConvexSynergyGame(3, [{ i: 0, j: 1, value: -0.1 }])).toBe(false);
    expect(
      isConvexSynergyGame(3, [
        { i: 0, j: 1, value: -0.1 },
        { i: 1, j: 0, value: 0.3 },
      ]),
    ).toBe(true);
    expect(synergyMatrix(2, [{ i: 0, j: 1, value: 2 }])).toEqual(Float64Array.from([0, 2, 2, 0]));
  });

  it('refuses to tabulate more than 25 players', () => {
    const r = buildSynergyTable(new Array<number>(26).fill(0), []);
    expect(r.ok ? null : r.issues[0]?.code).toBe('too_many_players');
  });
});
