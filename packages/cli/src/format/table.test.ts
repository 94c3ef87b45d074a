import { describe, expect, it } from 'vitest';
import { formatNumber, renderTable } from './table.js';

describe('renderTable', () => {
  it('aligns columns, right-aligning numbers', () => {
    const out = renderTable(
      [{ header: 'id' }, { header: 'score', align: 'right' }],
      [
        ['a', '1.5'],
        ['long-id', '10.25'],
      ],
    );
    expect(out.split('\n')).toEqual([
      'id       score',
      '───────  ─────',
      'a          1.5',
      'long-id  10.25',
      '',
    ]);
  });

  it('ignores colour codes when measuring', () => {
    const out = renderTable([{ header: 'x' }, { header: 'y' }], [['\u001b[32mab\u001b[39m', 'c']]);
    expect(out.split('\n')[2]).toBe('\u001b[32mab\u001b[39m  c');
  });
});

describe('formatNumber', () => {
  it('rounds for display only and marks missing values', () => {
    expect(formatNumber(0.123456789)).toBe('0.1235');
    expect(formatNumber(1234567.89)).toBe('1,234,567.9');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(1e-7)).toBe('1.000e-7');
  });

  it('groups thousands exactly as en-US toLocaleString with one decimal does', () => {
    // Ties of the shortest decimal (1234.35 is 1234.3499… in binary: ICU rounds the
    // decimal, so up), carries through nines, signs, and a seeded spread of magnitudes.
    const cases = [1000, 1234.35, 1234.45, 1234.25, 9999.95, 999999.95, 1000.05, 1099.95];
    cases.push(-1234.35, -999999999.96, 123456789.05, 1e9 - 0.01, 99999.99, 5000.5);
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 20000; i++) {
      const x = 10 ** (3 + random() * 6) * (random() < 0.5 ? -1 : 1);
      if (Math.abs(x) < 1e9) cases.push(x, Math.round(x * 100) / 100, Math.round(x * 20) / 20);
    }
    for (const x of cases) {
      expect(formatNumber(x), String(x)).toBe(
        x.toLocaleString('en-US', { maximumFractionDigits: 1 }),
      );
    }
  });
});
