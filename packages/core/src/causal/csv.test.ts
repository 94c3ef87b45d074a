import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsvRows, parsePanelCsv } from './csv.js';

const cols = { unit: 'unit', time: 'year', outcome: 'y', treated: 'd' };
const grid = (sep: string, rows: string[][]) => rows.map((r) => r.join(sep)).join('\n');
const body = [
  ['unit', 'year', 'y', 'd'],
  ['a', '2001', '1', '0'],
  ['a', '2002', '2', '0'],
  ['a', '2003', '3', '0'],
  ['b', '2001', '1.5', '0'],
  ['b', '2002', '2.5', '0'],
  ['b', '2003', '4.5', '1'],
];

describe('delimiter detection', () => {
  it.each([',', ';', '\t'])('reads a panel separated by %j', (sep) => {
    const r = parsePanelCsv(grid(sep, body), cols);
    expect(r.ok && r.value.delimiter).toBe(sep);
    expect(r.ok && r.value.units).toEqual(['a', 'b']);
    expect(r.ok && r.value.t0).toBe(2);
  });

  it('ignores delimiters inside quotes in the header', () => {
    expect(detectDelimiter('"a;b;c",x,y\n')).toBe(',');
  });

  it('reads quoted fields with escaped quotes and CRLF line ends', () => {
    expect(parseCsvRows('a,"b ""c"", d"\r\n1,2\r\n', ',')).toEqual([
      { line: 1, fields: ['a', 'b "c", d'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('reads a decimal comma when the delimiter is a semicolon', () => {
    const text = grid(
      ';',
      body.map((r, i) => (i === 1 ? ['a', '2001', '1,25', '0'] : r)),
    );
    const r = parsePanelCsv(text, cols);
    expect(r.ok && r.value.y[0]).toBe(1.25);
  });
});

describe('errors name the line and the column', () => {
  it('a value that is not a number', () => {
    const text = grid(
      ',',
      body.map((r, i) => (i === 4 ? ['b', '2001', 'n/a', '0'] : r)),
    );
    const r = parsePanelCsv(text, cols, { file: 'p.csv' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({
      code: 'not_a_number',
      line: 5,
      column: 3,
      path: ['y'],
      file: 'p.csv',
    });
  });

  it('a column that is not in the header lists the ones that are', () => {
    const r = parsePanelCsv(grid(',', body), { ...cols, outcome: 'revenue' });
    expect(!r.ok && r.issues[0]?.message).toMatch(/no column "revenue".*"unit", "year", "y", "d"/);
  });

  it('a treatment flag other than 0 or 1', () => {
    const text = grid(
      ',',
      body.map((r, i) => (i === 6 ? ['b', '2003', '4.5', 'yes'] : r)),
    );
    const r = parsePanelCsv(text, cols);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'not_treatment', line: 7, column: 4 });
  });

  it('a missing unit-period and a duplicate', () => {
    const missing = parsePanelCsv(grid(',', body.slice(0, 6)), cols);
    expect(!missing.ok && missing.issues[0]).toMatchObject({ code: 'unbalanced_panel' });
    const dup = parsePanelCsv(grid(',', [...body, ['a', '2002', '9', '0']]), cols);
    expect(!dup.ok && dup.issues[0]).toMatchObject({ code: 'duplicate_observation', line: 8 });
  });

  it('staggered starts and treatment that switches off', () => {
    const staggered = [
      ...body.slice(0, 3),
      ['a', '2003', '3', '1'],
      ...body.slice(4).map((r, i) => (i === 1 ? ['b', '2002', '2.5', '1'] : r)),
    ];
    const r = parsePanelCsv(grid(',', staggered), cols);
    expect(!r.ok && r.issues.map((i) => i.code)).toContain('not_block_design');
  });

  it('every unit treated, or treatment from the first period', () => {
    const all = parsePanelCsv(
      grid(
        ',',
        body.map((r, i) => (i > 0 && r[1] === '2003' ? [...r.slice(0, 3), '1'] : r)),
      ),
      cols,
    );
    expect(!all.ok && all.issues[0]?.code).toBe('no_controls');
    const first = parsePanelCsv(
      grid(
        ',',
        body.map((r, i) => (i > 3 ? [...r.slice(0, 3), '1'] : r)),
      ),
      cols,
    );
    expect(!first.ok && first.issues[0]?.code).toBe('no_pre_periods');
  });

  it('sorts numeric periods as numbers', () => {
    const text = grid(',', [
      ['unit', 'year', 'y', 'd'],
      ['a', '10', '1', '0'],
      ['a', '9', '1', '0'],
      ['b', '10', '1', '1'],
      ['b', '9', '1', '0'],
    ]);
    const r = parsePanelCsv(text, cols);
    expect(r.ok && r.value.periods).toEqual(['9', '10']);
  });
});
