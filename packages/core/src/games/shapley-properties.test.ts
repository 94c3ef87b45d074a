/** The Shapley axioms, as properties of the exact table computation on random games. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapleyFromTable } from './shapley-table.js';
import { coalitionValue, seeded, tableGame } from './test-support/arbitraries.js';
import { expectClose } from './test-support/expect-close.js';

const phiOf = (values: Float64Array, n: number): Float64Array => {
  const r = shapleyFromTable(values, n);
  if (!r.ok) throw new Error(r.issues[0]?.message);
  return r.value;
};

/** Swaps bits i and j of every mask. */
const swap = (mask: number, i: number, j: number): number => {
  const bi = (mask >> i) & 1;
  const bj = (mask >> j) & 1;
  return bi === bj ? mask : mask ^ ((1 << i) | (1 << j));
};

describe('Shapley axioms on random games (up to 10 players)', () => {
  it('efficiency: Σφ = v(N)', () => {
    fc.assert(
      fc.property(tableGame(10), ({ n, values }) => {
        const total = phiOf(values, n).reduce((a, b) => a + b, 0);
        expect(total).toBeCloseTo(values[2 ** n - 1] ?? 0, 9);
      }),
      seeded(1),
    );
  });

  it('symmetry: players made interchangeable get equal values', () => {
    fc.assert(
      fc.property(
        tableGame(8).filter(({ n }) => n >= 2),
        fc.nat(),
        fc.nat(),
        ({ n, values }, a, b) => {
          const i = a % n;
          const j = (i + 1 + (b % (n - 1))) % n;
          // Symmetrise: v'(T) = (v(T) + v(swap(T))) / 2 makes i and j interchangeable.
          const sym = values.map((v, m) => (v + (values[swap(m, i, j)] ?? 0)) / 2);
          const phi = phiOf(sym, n);
          expect(phi[i]).toBeCloseTo(phi[j] ?? Number.NaN, 10);
        },
      ),
      seeded(2),
    );
  });

  it('null player: a player who never adds anything gets 0', () => {
    fc.assert(
      fc.property(tableGame(7), fc.nat(), ({ n, values }, a) => {
        // Add a player n whose presence changes nothing: v'(T ∪ {n}) = v(T).
        const extended = Float64Array.from(
          { length: 2 ** (n + 1) },
          (_, m) => values[m % 2 ** n] ?? 0,
        );
        const phi = phiOf(extended, n + 1);
        expect(phi[n]).toBeCloseTo(0, 12);
        // …and the others keep their values.
        const before = phiOf(values, n);
        const k = a % n;
        expect(phi[k]).toBeCloseTo(before[k] ?? Number.NaN, 10);
      }),
      seeded(3),
    );
  });

  it('additivity: φ(v + w) = φ(v) + φ(w)', () => {
    fc.assert(
      fc.property(
        tableGame(8).chain(({ n, values }) =>
          fc
            .array(coalitionValue, { minLength: 2 ** n - 1, maxLength: 2 ** n - 1 })
            .map((rest) => ({ n, v: values, w: Float64Array.from([0, ...rest]) })),
        ),
        ({ n, v, w }) => {
          const sum = phiOf(
            v.map((x, m) => x + (w[m] ?? 0)),
            n,
          );
          const pv = phiOf(v, n);
          const pw = phiOf(w, n);
          expectClose(
            sum,
            pv.map((x, i) => x + (pw[i] ?? 0)),
            10,
          );
        },
      ),
      seeded(4),
    );
  });
});
