/**
 * A party's trust from its obligations: the beta reputation of trust/ over the ones it kept
 * or broke. Waived, disputed and open obligations are no evidence either way: a waiver
 * releases the party, and a dispute is not settled yet.
 */
import { type TrustEvent, type TrustScore, trustScore } from '../trust/beta-reputation.js';
import { trustTrend } from '../trust/trust-trend.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { DAY_MS, dateIssue, formatIsoDate, type IsoDate, parseIsoDate } from './dates.js';
import type { Obligation } from './obligations.js';

/**
 * A change of more than 0.05 in score across the trend is a direction. One fresh kept
 * obligation on an empty record moves the score by 0.17, so a single event shows; the
 * drift of rounding does not. The fading of old evidence can: a strong record that gets
 * no new evidence for a year loses weight, and that loss is reported as falling.
 */
export const TRUST_DIRECTION_THRESHOLD = 0.05;
export const DEFAULT_TREND_DAYS = 365;
export const DEFAULT_TREND_STEP_DAYS = 30;

export type TrustDirection = 'rising' | 'falling' | 'steady';

export interface TrustTrendPoint {
  readonly date: IsoDate;
  readonly score: number;
  readonly uncertainty: number;
}

export interface ObligationTrust extends TrustScore {
  readonly party: string;
  /** Kept and broken obligations of the party that were counted. */
  readonly counted: number;
  /** Oldest first, ending on `today`. */
  readonly trend: readonly TrustTrendPoint[];
  readonly direction: TrustDirection;
}

export interface ObligationTrustOptions {
  readonly today: IsoDate;
  readonly party: string;
  readonly halfLifeDays?: number;
  readonly prior?: { readonly kept: number; readonly broken: number };
  /** How far back the trend looks (default 365) and its step (default 30), in days. */
  readonly trendDays?: number;
  readonly trendStepDays?: number;
}

/**
 * An outcome counts from `resolvedAt`; without one, from its due date, or from `today` if
 * it was kept before falling due. A `resolvedAt` after `today` is an issue: it cannot be
 * evidence yet.
 */
export function trustFromObligations(
  obligations: readonly Obligation[],
  options: ObligationTrustOptions,
): Result<ObligationTrust> {
  const issues: Issue[] = [];
  const badToday = dateIssue(options.today, ['today'], 'today');
  if (badToday !== undefined) return fail([badToday]);
  const now = parseIsoDate(options.today) ?? 0;
  const events: TrustEvent[] = [];
  obligations.forEach((o, i) => {
    if (o.owner !== options.party || (o.state !== 'kept' && o.state !== 'broken')) return;
    const field = o.resolvedAt === undefined ? 'dueDate' : 'resolvedAt';
    const date = o.resolvedAt ?? o.dueDate;
    const bad = dateIssue(date, ['obligations', i, field], `the ${field} of \`${o.id}\``);
    const at = parseIsoDate(date) ?? now;
    if (bad !== undefined) issues.push(bad);
    else if (field === 'resolvedAt' && at > now) {
      issues.push({
        code: 'future_resolution',
        path: ['obligations', i, 'resolvedAt'],
        message: `\`${o.id}\` is marked ${o.state} on ${date}, after today (${options.today}); only past outcomes count`,
      });
    } else events.push({ at: Math.min(at, now), outcome: o.state });
  });
  const days = options.trendDays ?? DEFAULT_TREND_DAYS;
  const step = options.trendStepDays ?? DEFAULT_TREND_STEP_DAYS;
  if (!Number.isInteger(days) || days < 0) issues.push(wholeDays('trendDays', days, 0));
  if (!Number.isInteger(step) || step < 1) issues.push(wholeDays('trendStepDays', step, 1));
  if (issues.length > 0) return fail(issues);

  const decay = {
    ...(options.halfLifeDays === undefined ? {} : { halfLifeDays: options.halfLifeDays }),
    ...(options.prior === undefined ? {} : { prior: options.prior }),
  };
  const score = trustScore(events, { now, ...decay });
  if (!score.ok) return score;
  // Step back from today so that the last point is today itself.
  const from = now - Math.floor(days / step) * step * DAY_MS;
  const points = trustTrend(events, { from, to: now, step: step * DAY_MS, ...decay });
  if (!points.ok) return points;
  const trend = points.value.map((p) => ({
    date: formatIsoDate(p.at),
    score: p.score,
    uncertainty: p.uncertainty,
  }));
  return ok({
    party: options.party,
    ...score.value,
    counted: events.length,
    trend,
    direction: trustDirection(trend),
  });
}

/** Last score against first: rising or falling by more than `threshold`, else steady. */
export function trustDirection(
  trend: readonly { readonly score: number }[],
  threshold = TRUST_DIRECTION_THRESHOLD,
): TrustDirection {
  const first = trend[0]?.score;
  const last = trend.at(-1)?.score;
  if (first === undefined || last === undefined) return 'steady';
  if (last - first > threshold) return 'rising';
  if (first - last > threshold) return 'falling';
  return 'steady';
}

const wholeDays = (field: string, value: number, min: number): Issue => ({
  code: 'invalid_days',
  path: [field],
  message: `${field} is ${value}; use a whole number of days ≥ ${min}`,
});
