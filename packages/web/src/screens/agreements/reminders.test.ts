import { describe, expect, it } from 'vitest';
import { countsByAgreement, reminderOf } from './reminders';

const today = '2026-11-29';

describe('reminderOf', () => {
  it('flags open obligations overdue or due within 14 days', () => {
    expect(reminderOf({ state: 'open', dueDate: '2026-11-20' }, today)).toEqual({
      kind: 'overdue',
      days: 9,
    });
    expect(reminderOf({ state: 'disputed', dueDate: '2026-12-01' }, today)).toEqual({
      kind: 'dueSoon',
      days: 2,
    });
    expect(reminderOf({ state: 'open', dueDate: today }, today)).toEqual({
      kind: 'dueSoon',
      days: 0,
    });
    expect(reminderOf({ state: 'open', dueDate: '2026-12-14' }, today).kind).toBe('none');
  });

  it('leaves settled obligations alone', () => {
    for (const state of ['kept', 'broken', 'waived'] as const) {
      expect(reminderOf({ state, dueDate: '2026-01-01' }, today).kind).toBe('none');
    }
  });
});

describe('countsByAgreement', () => {
  it('counts open and overdue obligations per agreement', () => {
    const counts = countsByAgreement(
      [
        { agreementId: 'a', state: 'open', dueDate: '2026-01-01' },
        { agreementId: 'a', state: 'open', dueDate: '2027-01-01' },
        { agreementId: 'a', state: 'kept', dueDate: '2026-01-01' },
        { agreementId: 'b', state: 'broken', dueDate: '2026-01-01' },
      ],
      today,
    );
    expect(counts.get('a')).toEqual({ open: 2, overdue: 1 });
    expect(counts.get('b')).toBeUndefined();
  });
});
