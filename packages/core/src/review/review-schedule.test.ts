import { describe, expect, it } from 'vitest';
import { formatPath } from '../util/issues.js';
import { nextReviewDue, type PartnerReviewState, reviewsDue } from './review-schedule.js';

describe('nextReviewDue', () => {
  it('is a year later by default, clamping 29 February', () => {
    expect(nextReviewDue('2025-06-30')).toMatchObject({ ok: true, value: '2026-06-30' });
    expect(nextReviewDue('2024-02-29')).toMatchObject({ ok: true, value: '2025-02-28' });
  });

  it('clamps month cadences to the month’s end and counts day cadences exactly', () => {
    const monthly = { every: 1, unit: 'months' } as const;
    expect(nextReviewDue('2025-01-31', monthly)).toMatchObject({ value: '2025-02-28' });
    expect(nextReviewDue('2024-01-31', monthly)).toMatchObject({ value: '2024-02-29' });
    expect(nextReviewDue('2025-12-25', { every: 10, unit: 'days' })).toMatchObject({
      value: '2026-01-04',
    });
  });

  it('refuses a bad date and a cadence that is not a whole number ≥ 1', () => {
    const r = nextReviewDue('2025-02-30', { every: 0.5, unit: 'weeks' as 'days' });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`)).toEqual([
      'invalid_date@from',
      'invalid_cadence@cadence.every',
      'invalid_cadence@cadence.unit',
    ]);
  });
});

const PARTNERS: PartnerReviewState[] = [
  { id: 'b', since: '2025-03-20' },
  { id: 'a', since: '2020-01-01', lastReviewDate: '2025-02-15' },
  { id: 'c', since: '2020-01-01', lastReviewDate: '2025-06-01' },
  { id: 'd', since: '2025-12-31', cadence: { every: 2, unit: 'months' } },
  {
    id: 'e',
    since: '2020-01-01',
    lastReviewDate: '2026-01-30',
    cadence: { every: 30, unit: 'days' },
  },
];

describe('reviewsDue', () => {
  it('lists overdue reviews first, then those due within 30 days', () => {
    const r = reviewsDue(PARTNERS, '2026-03-01');
    expect(r.ok && r.value).toEqual([
      { id: 'a', dueDate: '2026-02-15', daysLeft: -14, overdue: true },
      { id: 'd', dueDate: '2026-02-28', daysLeft: -1, overdue: true },
      { id: 'e', dueDate: '2026-03-01', daysLeft: 0, overdue: false },
      { id: 'b', dueDate: '2026-03-20', daysLeft: 19, overdue: false },
    ]);
  });

  it('takes a horizon', () => {
    const r = reviewsDue(PARTNERS, '2026-03-01', { horizonDays: 0 });
    expect(r.ok && r.value.map((d) => d.id)).toEqual(['a', 'd', 'e']);
  });

  it('names the partner whose dates or cadence are wrong', () => {
    const r = reviewsDue(
      [
        { id: 'a', since: '2025-01-01', cadence: { every: 0, unit: 'months' } },
        { id: 'b', since: '2025-01-01', lastReviewDate: '2025-02-29' },
      ],
      '2026-03-01',
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`)).toEqual([
      'invalid_cadence@partners[0].cadence.every',
      'invalid_date@partners[1].lastReviewDate',
    ]);
  });
});
