/**
 * What is owed on the statements every party accepted, and what is overdue: each transfer
 * of a final statement that no payment has been recorded for falls due `paymentDays`
 * after the statement became final (its last acceptance; 30 days by default, the common
 * "net 30"), and is overdue from the day after. A superseded, open or disputed statement
 * owes nothing yet: its money is still being agreed.
 */
import { addDays, daysBetween, type IsoDate } from './dates.js';

export const DEFAULT_PAYMENT_DAYS = 30;

export interface StatementForPayment {
  readonly agreement: string;
  readonly number: number;
  readonly status: 'open' | 'disputed' | 'final' | 'superseded';
  /** When the last party accepted (ISO time or date): the statement's final day. */
  readonly finalOn: IsoDate | null;
  readonly transfers: readonly {
    readonly from: string;
    readonly to: string;
    readonly amount: number;
  }[];
  /** Indexes into `transfers` with a recorded payment. */
  readonly paid: readonly number[];
}

export interface TransferOwed {
  readonly agreement: string;
  readonly statement: number;
  readonly transfer: number;
  readonly from: string;
  readonly to: string;
  readonly amount: number;
  readonly dueOn: IsoDate;
  /** Days past `dueOn` (0 when not yet overdue). */
  readonly daysOverdue: number;
}

export interface PaymentsOwed {
  /** Every unpaid transfer of a final statement, the longest overdue first. */
  readonly owed: readonly TransferOwed[];
  /** Those past their due date. */
  readonly overdue: readonly TransferOwed[];
}

export function paymentsOwed(
  statements: readonly StatementForPayment[],
  options: { readonly today: IsoDate; readonly paymentDays?: number },
): PaymentsOwed {
  const days = options.paymentDays ?? DEFAULT_PAYMENT_DAYS;
  const owed: TransferOwed[] = [];
  for (const s of statements) {
    if (s.status !== 'final' || s.finalOn === null) continue;
    const dueOn = addDays(s.finalOn.slice(0, 10), days);
    const late = Math.max(0, daysBetween(dueOn, options.today));
    s.transfers.forEach((t, i) => {
      if (s.paid.includes(i) || t.amount === 0) return;
      owed.push({
        agreement: s.agreement,
        statement: s.number,
        transfer: i,
        from: t.from,
        to: t.to,
        amount: t.amount,
        dueOn,
        daysOverdue: late,
      });
    });
  }
  owed.sort(
    (a, b) =>
      b.daysOverdue - a.daysOverdue ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.agreement.localeCompare(b.agreement) ||
      a.statement - b.statement ||
      a.transfer - b.transfer,
  );
  return { owed, overdue: owed.filter((t) => t.daysOverdue > 0) };
}
