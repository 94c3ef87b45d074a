/** When each partnership is next up for review (annual unless its cadence says otherwise). */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { addDays, addMonths, dateIssue, daysBetween, type IsoDate } from './dates.js';

export interface ReviewCadence {
  /** A whole number ≥ 1. */
  readonly every: number;
  readonly unit: 'months' | 'days';
}

export const DEFAULT_REVIEW_CADENCE: ReviewCadence = { every: 12, unit: 'months' };
export const DEFAULT_REVIEW_HORIZON_DAYS = 30;

export interface PartnerReviewState {
  readonly id: string;
  /** The end of the last review; absent before the first one. */
  readonly lastReviewDate?: IsoDate;
  /** The agreement's start: the first review counts from it. */
  readonly since: IsoDate;
  readonly cadence?: ReviewCadence;
}

export interface ReviewDue {
  readonly id: string;
  readonly dueDate: IsoDate;
  /** Days from today to the due date: negative when overdue, 0 when due today. */
  readonly daysLeft: number;
  readonly overdue: boolean;
}

function cadenceIssues(cadence: ReviewCadence, path: (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  if (!Number.isInteger(cadence.every) || cadence.every < 1) {
    issues.push({
      code: 'invalid_cadence',
      path: [...path, 'every'],
      message: `a review every ${cadence.every} ${cadence.unit} is not a cadence; use a whole number ≥ 1`,
    });
  }
  if (cadence.unit !== 'months' && cadence.unit !== 'days') {
    issues.push({
      code: 'invalid_cadence',
      path: [...path, 'unit'],
      message: `the cadence unit is ${JSON.stringify(cadence.unit)}; use \`months\` or \`days\``,
    });
  }
  return issues;
}

/**
 * One cadence after `from` (the last review's end, or the agreement's start). Months clamp
 * to the month's end, and each review counts from the previous one, so a monthly cadence
 * from Jan 31 goes Feb 28, Mar 28, …: the date a review really ended is the anchor.
 */
export function nextReviewDue(
  from: IsoDate,
  cadence: ReviewCadence = DEFAULT_REVIEW_CADENCE,
): Result<IsoDate> {
  const bad = dateIssue(from, ['from'], 'the review start');
  const issues = [...(bad === undefined ? [] : [bad]), ...cadenceIssues(cadence, ['cadence'])];
  if (issues.length > 0) return fail(issues);
  return ok(
    cadence.unit === 'months' ? addMonths(from, cadence.every) : addDays(from, cadence.every),
  );
}

/**
 * Partnerships whose review is overdue or due within `horizonDays` (default 30), the most
 * overdue first. A partnership that has had no review yet counts from `since`.
 */
export function reviewsDue(
  partners: readonly PartnerReviewState[],
  today: IsoDate,
  options: { readonly horizonDays?: number } = {},
): Result<ReviewDue[]> {
  const horizon = options.horizonDays ?? DEFAULT_REVIEW_HORIZON_DAYS;
  const issues: Issue[] = [];
  const badToday = dateIssue(today, ['today'], 'today');
  if (badToday !== undefined) issues.push(badToday);
  if (!Number.isInteger(horizon) || horizon < 0) {
    issues.push({
      code: 'invalid_horizon',
      path: ['horizonDays'],
      message: `the horizon is ${horizon} days; use a whole number ≥ 0`,
    });
  }
  const due: ReviewDue[] = [];
  partners.forEach((p, i) => {
    const field = p.lastReviewDate === undefined ? 'since' : 'lastReviewDate';
    const from = p.lastReviewDate ?? p.since;
    const bad = dateIssue(from, ['partners', i, field], `${field} of \`${p.id}\``);
    const cadence = p.cadence ?? DEFAULT_REVIEW_CADENCE;
    const own = [
      ...(bad === undefined ? [] : [bad]),
      ...cadenceIssues(cadence, ['partners', i, 'cadence']),
    ];
    if (own.length > 0 || badToday !== undefined) {
      issues.push(...own);
      return;
    }
    const next = nextReviewDue(from, cadence);
    if (!next.ok) return;
    const daysLeft = daysBetween(today, next.value);
    if (daysLeft <= horizon)
      due.push({ id: p.id, dueDate: next.value, daysLeft, overdue: daysLeft < 0 });
  });
  if (issues.length > 0) return fail(issues);
  return ok(
    due.sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  );
}
