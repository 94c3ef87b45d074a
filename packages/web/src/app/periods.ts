/**
 * Settlement periods: calendar quarters (`2026 Q1` is 2026-01-01 to 2026-03-31, both days
 * inclusive, as the settlement counts them) and plain day arithmetic on `YYYY-MM-DD`.
 */

export interface Quarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly from: string;
  readonly to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;

export function quarter(year: number, q: 1 | 2 | 3 | 4): Quarter {
  return {
    year,
    quarter: q,
    from: `${year}-${pad(q * 3 - 2)}-01`,
    to: `${year}-${LAST_DAY[q - 1]}`,
  };
}

/** The quarter a day falls in. */
export function quarterOf(day: string): Quarter {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return quarter(year, (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4);
}

/** Every quarter that overlaps `from`–`to`, in order (at most `limit`, the latest kept). */
export function quartersBetween(from: string, to: string, limit = 40): Quarter[] {
  if (to < from) return [];
  const out: Quarter[] = [];
  let current = quarterOf(from);
  const last = quarterOf(to);
  while (current.from <= last.from) {
    out.push(current);
    current =
      current.quarter === 4
        ? quarter(current.year + 1, 1)
        : quarter(current.year, (current.quarter + 1) as 2 | 3 | 4);
  }
  return out.slice(-limit);
}

/** `YYYY-MM-DD` as a UTC day number. */
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round(dayNumber(to) - dayNumber(from));

/** Today in UTC as `YYYY-MM-DD` (the server's days are UTC days). */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

export const isDay = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
