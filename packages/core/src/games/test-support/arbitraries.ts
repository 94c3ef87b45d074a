import fc from 'fast-check';

/** Coalition values on a grid of quarters: sums stay exact, ties (symmetries) happen. */
export const coalitionValue = fc.integer({ min: -40, max: 40 }).map((k) => k / 4);

/** A random game as a value table with v(∅) = 0, for 1..maxPlayers players. */
export const tableGame = (maxPlayers: number) =>
  fc
    .integer({ min: 1, max: maxPlayers })
    .chain((n) =>
      fc
        .array(coalitionValue, { minLength: 2 ** n - 1, maxLength: 2 ** n - 1 })
        .map((rest) => ({ n, values: Float64Array.from([0, ...rest]) })),
    );

/** Run settings shared by the property tests: seeded, so a failure reproduces. */
export const seeded = (seed: number, numRuns = 100) => ({ seed, numRuns });
