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
});
