import { describe, expect, it } from 'vitest';
import { formatPath } from '../util/issues.js';
import { obligationReminders } from './obligation-reminders.js';
import type { Obligation, ObligationState } from './obligations.js';

const ob = (id: string, dueDate: string, state: ObligationState = 'open'): Obligation => ({
  id,
  title: `obligation ${id}`,
  kind: 'obligation',
  owner: 'acme',
  dueDate,
  state,
});

const LIST = [
  ob('c', '2026-03-24', 'disputed'),
  ob('a', '2026-03-01'),
  ob('d', '2026-03-25'),
  ob('e', '2026-02-01', 'kept'),
  ob('b', '2026-03-10'),
  ob('f', '2026-03-05', 'disputed'),
  ob('g', '2026-03-12', 'waived'),
];

describe('obligationReminders', () => {
  it('lists open and disputed obligations overdue, and due within 14 days, by due date', () => {
    const r = obligationReminders(LIST, { today: '2026-03-10' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.overdue.map((o) => [o.id, o.daysOverdue])).toEqual([
      ['a', 9],
      ['f', 5],
    ]);
    expect(r.value.dueSoon.map((o) => [o.id, o.daysLeft])).toEqual([
      ['b', 0],
      ['c', 14],
    ]);
  });

  it('uses the horizon it is given', () => {
    const r = obligationReminders(LIST, { today: '2026-03-10', horizonDays: 0 });
    expect(r.ok && r.value.dueSoon.map((o) => o.id)).toEqual(['b']);
  });

  it('names bad dates and a bad horizon', () => {
    const r = obligationReminders([ob('a', '2026-03-01'), ob('b', '2026-3-1')], {
      today: 'today',
      horizonDays: -1,
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`)).toEqual([
      'invalid_date@today',
      'invalid_horizon@horizonDays',
      'invalid_date@obligations[1].dueDate',
    ]);
  });
});
