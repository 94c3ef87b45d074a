import { describe, expect, it } from 'vitest';
import { paymentsOwed, type StatementForPayment } from './payments-owed.js';

const statement = (over: Partial<StatementForPayment>): StatementForPayment => ({
  agreement: 'a1',
  number: 1,
  status: 'final',
  finalOn: '2026-03-10T09:00:00.000Z',
  transfers: [
    { from: 'us', to: 'lab', amount: 1200 },
    { from: 'bank', to: 'us', amount: 300 },
  ],
  paid: [],
  ...over,
});

describe('paymentsOwed', () => {
  it('owes the unpaid transfers of final statements, due 30 days after the last acceptance', () => {
    const r = paymentsOwed([statement({ paid: [1] })], { today: '2026-04-09' });
    expect(r.owed).toEqual([
      {
        agreement: 'a1',
        statement: 1,
        transfer: 0,
        from: 'us',
        to: 'lab',
        amount: 1200,
        dueOn: '2026-04-09',
        daysOverdue: 0,
      },
    ]);
    expect(r.overdue).toEqual([]);
    // The next day it is one day overdue.
    expect(paymentsOwed([statement({ paid: [1] })], { today: '2026-04-10' }).overdue).toEqual([
      expect.objectContaining({ transfer: 0, daysOverdue: 1 }),
    ]);
  });

  it('owes nothing on open, disputed or superseded statements, or for paid and zero transfers', () => {
    const none = paymentsOwed(
      [
        statement({ status: 'open', finalOn: null }),
        statement({ status: 'disputed', finalOn: null }),
        statement({ status: 'superseded' }),
        statement({ paid: [0, 1] }),
        statement({ transfers: [{ from: 'us', to: 'lab', amount: 0 }] }),
      ],
      { today: '2027-01-01' },
    );
    expect(none).toEqual({ owed: [], overdue: [] });
  });

  it('lists the longest overdue first, with a chosen payment term', () => {
    // 2026-01-01 + 14 days = 2026-01-15; to 2026-06-01 is 16 + 28 + 31 + 30 + 31 + 1 = 137 days.
    const r = paymentsOwed(
      [
        statement({ agreement: 'b', number: 2, finalOn: '2026-05-01', paid: [1] }),
        statement({ agreement: 'a', number: 1, finalOn: '2026-01-01', paid: [0] }),
      ],
      { today: '2026-06-01', paymentDays: 14 },
    );
    expect(r.overdue.map((t) => [t.agreement, t.transfer, t.dueOn, t.daysOverdue])).toEqual([
      ['a', 1, '2026-01-15', 137],
      ['b', 0, '2026-05-15', 17],
    ]);
  });
});
