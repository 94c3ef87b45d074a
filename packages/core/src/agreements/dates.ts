/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Kept as text (not `Date`) because a date in
 * a contract has no time zone, and ISO text compares correctly as plain strings.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar day written `YYYY-MM-DD` (2026-02-29 is not one). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = month === 2 && isLeap(year) ? 29 : DAYS[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

export const DATE_MESSAGE = 'must be a calendar date written YYYY-MM-DD, e.g. 2026-01-31';

/** Both bounds inclusive. */
export const inPeriod = (date: string, from: string, to: string): boolean =>
  date >= from && date <= to;
