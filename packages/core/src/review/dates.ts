/**
 * Calendar dates for reviews: ISO 'YYYY-MM-DD' strings, read as UTC midnight so that a day
 * is always 86,400,000 ms and no time zone moves a due date. Core takes no clock: `today`
 * is always handed in.
 */
import type { Issue, IssuePath } from '../util/issues.js';

/** 'YYYY-MM-DD'. */
export type IsoDate = string;

export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of UTC midnight, or undefined for anything but a real calendar date. */
export function parseIsoDate(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2025-02-30 over to March; a round trip catches it. Years below 100
  // are mapped to 19xx by Date.UTC, hence the explicit setUTCFullYear.
  const t = new Date(ms);
  t.setUTCFullYear(y);
  const back = t.getTime();
  return formatIsoDate(back) === date ? back : undefined;
}

export function formatIsoDate(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** An issue when `date` is not a real ISO date. */
export function dateIssue(date: unknown, path: IssuePath, what: string): Issue | undefined {
  if (typeof date === 'string' && parseIsoDate(date) !== undefined) return undefined;
  return {
    code: 'invalid_date',
    path,
    message: `${what} is ${JSON.stringify(date)}; write a calendar date as YYYY-MM-DD`,
  };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Both must be valid. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(((parseIsoDate(to) ?? 0) - (parseIsoDate(from) ?? 0)) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate((parseIsoDate(date) ?? 0) + days * DAY_MS);
}

/**
 * Calendar months later, clamped to the last day of the target month (Jan 31 + 1 month =
 * Feb 28, or 29 in a leap year): a contract's "one month later" never spills into the
 * month after.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(parseIsoDate(date) ?? 0);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const out = new Date(0);
  // Day 0 of the next month is the last day of this one.
  out.setUTCFullYear(year, month + 1, 0);
  out.setUTCDate(Math.min(d.getUTCDate(), out.getUTCDate()));
  return formatIsoDate(out.getTime());
}
