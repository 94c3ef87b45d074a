import { expect } from 'vitest';

/** Element-wise toBeCloseTo, with equal lengths. */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  digits: number,
): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(actual[i], `index ${i}`).toBeCloseTo(expected[i] ?? Number.NaN, digits);
  }
}
