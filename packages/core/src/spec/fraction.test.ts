import fc from 'fast-check';
import { expect, test } from 'vitest';
import { cellValue, parseFraction } from './fraction.js';

test('fractions and plain numbers written as text', () => {
  expect(parseFraction('1/3')).toBe(1 / 3);
  expect(parseFraction(' 2 / 5 ')).toBe(2 / 5);
  expect(parseFraction('0.5/2')).toBe(0.25);
  expect(parseFraction('7')).toBe(7);
});

test('malformed text and zero denominators give undefined', () => {
  for (const text of ['', 'one', '1/', '/3', '1/3/4', '-1/3', '1e3', '1/0', '2/0.0']) {
    expect(parseFraction(text), text).toBeUndefined();
  }
});

test('p/q reads as p divided by q', () => {
  fc.assert(
    fc.property(fc.nat(1000), fc.integer({ min: 1, max: 1000 }), (p, q) => {
      expect(parseFraction(`${p}/${q}`)).toBe(p / q);
    }),
  );
});

test('cellValue accepts finite numbers and fraction strings only', () => {
  expect(cellValue(3)).toBe(3);
  expect(cellValue('1/4')).toBe(0.25);
  expect(cellValue(Number.NaN)).toBeUndefined();
  expect(cellValue(Number.POSITIVE_INFINITY)).toBeUndefined();
  expect(cellValue(null)).toBeUndefined();
  expect(cellValue([1])).toBeUndefined();
});
