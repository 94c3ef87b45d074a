import { describe, expect, test } from 'vitest';
import { exact } from './exact.js';
import {
  add,
  cmp,
  format,
  formatExact,
  formatPercent,
  isWholeCents,
  largestRemainderSplit,
  parse,
  roundCents,
  toNumber,
} from './money.js';

const at = (value: number | string) => {
  const parsed = parse(value);
  if (parsed === undefined) throw new Error(`cannot parse ${value}`);
  return parsed;
};

describe('parse: exact values from what the user wrote', () => {
  test('a number enters through its shortest decimal string', () => {
    expect(at(0.1)).toStrictEqual({ n: 1n, d: 10n });
    // 0.1 + 0.2 is 0.30000000000000004 in doubles, exactly 0.3 here.
    expect(cmp(add(at(0.1), at(0.2)), at(0.3))).toBe(0);
    expect(at(1e21)).toStrictEqual({ n: 10n ** 21n, d: 1n });
    expect(at(1.5e-7)).toStrictEqual({ n: 3n, d: 20_000_000n });
    expect(at(-600000)).toStrictEqual({ n: -600000n, d: 1n });
  });

  test('decimal and fraction strings', () => {
    expect(at('12.50')).toStrictEqual({ n: 25n, d: 2n });
    expect(at('1/3')).toStrictEqual({ n: 1n, d: 3n });
    expect(at(' 2 / 4 ')).toStrictEqual({ n: 1n, d: 2n });
    expect(at('.5')).toStrictEqual({ n: 1n, d: 2n });
  });

  test('anything else is undefined', () => {
    for (const bad of ['', 'abc', '1/0', '1/2/3', '1e99999', '.', '--1', Number.NaN, Infinity]) {
      expect(parse(bad)).toBeUndefined();
    }
  });
});

describe('roundCents: half away from zero', () => {
  test.each([
    ['2.345', 235n],
    ['-2.345', -235n],
    ['2.3449', 234n],
    ['-2.3449', -234n],
    ['0.005', 1n],
    ['-0.005', -1n],
    ['0.0049', 0n],
    ['1/3', 33n],
    ['2/3', 67n],
    ['60000', 6_000_000n],
  ])('%s → %i cents', (value, cents) => {
    expect(roundCents(at(value))).toBe(cents);
  });
});

describe('largestRemainderSplit: parts add up exactly', () => {
  const third = at('1/3');
  test('100.00 in thirds: the first party gets the extra cent', () => {
    expect(largestRemainderSplit(10_000n, [third, third, third])).toStrictEqual([
      3334n,
      3333n,
      3333n,
    ]);
  });

  test('a negative total splits like its magnitude, negated', () => {
    expect(largestRemainderSplit(-10_000n, [third, third, third])).toStrictEqual([
      -3334n,
      -3333n,
      -3333n,
    ]);
  });

  test('the largest remainder wins before the order', () => {
    // 1.00 by 0.105 / 0.895: quotas 10.5 and 89.5 cents; tie → first; by 0.104/0.896 the
    // remainders are .4 and .6, so the second gets the cent.
    expect(largestRemainderSplit(100n, [at(0.105), at(0.895)])).toStrictEqual([11n, 89n]);
    expect(largestRemainderSplit(100n, [at(0.104), at(0.896)])).toStrictEqual([10n, 90n]);
  });

  test('weights need not add up to 1; a zero weight gets nothing', () => {
    expect(largestRemainderSplit(1n, [at(0), at(2), at(1)])).toStrictEqual([0n, 1n, 0n]);
    expect(largestRemainderSplit(4_000_000n, [at(120), at(80)])).toStrictEqual([
      2_400_000n,
      1_600_000n,
    ]);
  });

  test('refuses weights it cannot split by', () => {
    expect(() => largestRemainderSplit(100n, [at(0), at(0)])).toThrow(RangeError);
    expect(() => largestRemainderSplit(100n, [at(-1), at(2)])).toThrow(RangeError);
  });
});

describe('formatting', () => {
  test('money: grouped, two decimals, sign', () => {
    expect(format(6_000_000n)).toBe('60,000.00');
    expect(format(-5n)).toBe('-0.05');
    expect(format(0n)).toBe('0.00');
    expect(format(123_456_789_012n)).toBe('1,234,567,890.12');
  });

  test('exact values and percentages', () => {
    expect(formatExact(at(1_000_000))).toBe('1,000,000');
    expect(formatExact(at('1/3'))).toBe('0.333333…');
    expect(formatExact(at(-1234.5))).toBe('-1,234.5');
    expect(formatPercent(at(0.1))).toBe('10%');
    expect(formatPercent(at(0.05))).toBe('5%');
    expect(formatPercent(at('1/3'))).toBe('33.3333…%');
  });

  test('cents as JSON numbers are the doubles of their decimals', () => {
    expect(toNumber(3333n)).toBe(33.33);
    expect(toNumber(-617_283n)).toBe(-6172.83);
    expect(isWholeCents(at(12.34))).toBe(true);
    expect(isWholeCents(at(12.345))).toBe(false);
    expect(isWholeCents(exact(1n, 3n))).toBe(false);
  });
});
