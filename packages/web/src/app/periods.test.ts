import { describe, expect, it } from 'vitest';
import { daysBetween, isDay, quarter, quarterOf, quartersBetween, todayUtc } from './periods';

describe('quarters', () => {
  it('cover the calendar, both ends inclusive', () => {
    expect(quarter(2026, 1)).toEqual({
      year: 2026,
      quarter: 1,
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(quarter(2026, 2)).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarter(2026, 3)).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarter(2026, 4)).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('finds the quarter of a day', () => {
    expect(quarterOf('2026-03-31')).toMatchObject({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-04-01')).toMatchObject({ year: 2026, quarter: 2 });
    expect(quarterOf('2027-12-05')).toMatchObject({ year: 2027, quarter: 4 });
  });

  it('lists the quarters of a term, across years', () => {
    const list = quartersBetween('2026-02-15', '2027-01-10');
    expect(list.map((q) => `${q.year} Q${q.quarter}`)).toEqual([
      '2026 Q1',
      '2026 Q2',
      '2026 Q3',
      '2026 Q4',
      '2027 Q1',
    ]);
    expect(quartersBetween('2026-01-01', '2035-12-31', 4).map((q) => q.from)).toEqual([
      '2035-01-01',
      '2035-04-01',
      '2035-07-01',
      '2035-10-01',
    ]);
    expect(quartersBetween('2026-05-01', '2026-01-01')).toEqual([]);
  });
});

describe('days', () => {
  it('counts days between dates, over month ends and leap days', () => {
    expect(daysBetween('2026-11-29', '2026-12-01')).toBe(2);
    expect(daysBetween('2026-12-01', '2026-11-29')).toBe(-2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('reads today in UTC and checks dates', () => {
    expect(todayUtc(new Date(Date.UTC(2026, 10, 29, 23, 59)))).toBe('2026-11-29');
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-2-28')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
  });
});
