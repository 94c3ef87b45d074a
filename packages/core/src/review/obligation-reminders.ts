/** What is overdue and what falls due soon, for the obligations still in play. */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { dateIssue, daysBetween, type IsoDate } from './dates.js';
import type { Obligation } from './obligations.js';

export const DEFAULT_REMINDER_HORIZON_DAYS = 14;

export interface ObligationReminders {
  /** Due before `today`, oldest first. */
  readonly overdue: readonly (Obligation & { readonly daysOverdue: number })[];
  /** Due from `today` (daysLeft 0) to `today + horizonDays`, soonest first. */
  readonly dueSoon: readonly (Obligation & { readonly daysLeft: number })[];
}

/**
 * Only `open` and `disputed` obligations remind: a disputed one is still unsettled, and
 * its due date still tells how long the dispute has been running.
 */
export function obligationReminders(
  obligations: readonly Obligation[],
  options: { readonly today: IsoDate; readonly horizonDays?: number },
): Result<ObligationReminders> {
  const { today } = options;
  const horizon = options.horizonDays ?? DEFAULT_REMINDER_HORIZON_DAYS;
  const issues: Issue[] = [];
  const badToday = dateIssue(today, ['today'], 'today');
  if (badToday !== undefined) issues.push(badToday);
  if (!Number.isInteger(horizon) || horizon < 0) {
    issues.push({
      code: 'invalid_horizon',
      path: ['horizonDays'],
      message: `the reminder horizon is ${horizon} days; use a whole number ≥ 0`,
    });
  }
  obligations.forEach((o, i) => {
    const bad = dateIssue(o.dueDate, ['obligations', i, 'dueDate'], `the due date of \`${o.id}\``);
    if (bad !== undefined) issues.push(bad);
  });
  if (issues.length > 0) return fail(issues);

  const live = obligations
    .filter((o) => o.state === 'open' || o.state === 'disputed')
    .map((o) => ({ o, days: daysBetween(today, o.dueDate) }))
    .sort((a, b) => a.days - b.days || (a.o.id < b.o.id ? -1 : a.o.id > b.o.id ? 1 : 0));
  return ok({
    overdue: live
      .filter(({ days }) => days < 0)
      .map(({ o, days }) => ({ ...o, daysOverdue: -days })),
    dueSoon: live
      .filter(({ days }) => days >= 0 && days <= horizon)
      .map(({ o, days }) => ({ ...o, daysLeft: days })),
  });
}
