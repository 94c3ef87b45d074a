/**
 * Reminders for obligations still to meet (open or disputed): overdue (days past the due
 * date) or due soon (within `SOON_DAYS`), as core's reminders count them; and each
 * agreement's open and overdue obligations for the list.
 */
import type { Obligation } from '../../api/types';
import { daysBetween } from '../../app/periods';

export const SOON_DAYS = 14;

export type Reminder =
  | { readonly kind: 'overdue'; readonly days: number }
  | { readonly kind: 'dueSoon'; readonly days: number }
  | { readonly kind: 'none' };

export const isPending = (o: Pick<Obligation, 'state'>): boolean =>
  o.state === 'open' || o.state === 'disputed';

export function reminderOf(
  o: Pick<Obligation, 'state' | 'dueDate'>,
  today: string,
  soonDays = SOON_DAYS,
): Reminder {
  if (!isPending(o)) return { kind: 'none' };
  const days = daysBetween(today, o.dueDate);
  if (days < 0) return { kind: 'overdue', days: -days };
  if (days <= soonDays) return { kind: 'dueSoon', days };
  return { kind: 'none' };
}

export interface ObligationCounts {
  readonly open: number;
  readonly overdue: number;
}

/** Open (or disputed) and overdue obligations per agreement id. */
export function countsByAgreement(
  obligations: readonly Pick<Obligation, 'agreementId' | 'state' | 'dueDate'>[],
  today: string,
): ReadonlyMap<string, ObligationCounts> {
  const counts = new Map<string, ObligationCounts>();
  for (const o of obligations) {
    if (!isPending(o)) continue;
    const now = counts.get(o.agreementId) ?? { open: 0, overdue: 0 };
    const overdue = reminderOf(o, today).kind === 'overdue' ? 1 : 0;
    counts.set(o.agreementId, { open: now.open + 1, overdue: now.overdue + overdue });
  }
  return counts;
}
