import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateIssue, daysBetween, parseIsoDate } from './dates.js';

describe('ISO dates', () => {
  it('reads only real calendar days', () => {
    expect(parseIsoDate('2026-01-31')).toBe(Date.UTC(2026, 0, 31));
    expect(parseIsoDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-1-31', '31/01/2025', '']) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
    expect(dateIssue('2025-02-29', ['dueDate'], 'the due date')).toMatchObject({
      code: 'invalid_date',
      path: ['dueDate'],
    });
    expect(dateIssue(20250101, ['x'], 'x')?.message).toContain('YYYY-MM-DD');
  });

  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2025-05-15', 12)).toBe('2026-05-15');
  });

  it('counts whole days across month and year ends', () => {
    expect(daysBetween('2025-12-31', '2026-01-02')).toBe(2);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2025-12-25', 10)).toBe('2026-01-04');
  });
});
