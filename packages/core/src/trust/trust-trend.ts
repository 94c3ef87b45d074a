import { fail, type Issue, ok, type Result } from '../util/issues.js';
import {
  betaScore,
  checkEvents,
  checkTrustOptions,
  type TrustEvent,
  type TrustScore,
} from './beta-reputation.js';

/** A guard against a step so small the trend would never finish. */
export const MAX_TREND_POINTS = 100_000;

export interface TrendOptions {
  /** Epoch milliseconds, both inclusive. */
  readonly from: number;
  readonly to: number;
  /** Milliseconds between points. */
  readonly step: number;
  readonly halfLifeDays?: number;
  readonly prior?: { readonly kept: number; readonly broken: number };
}

export interface TrendPoint extends TrustScore {
  readonly at: number;
}

/**
 * Trust over time: the score at from, from + step, … ≤ to, each counting only the events
 * that had happened by then (so here a later event is no error, just not yet evidence).
 */
export function trustTrend(
  events: readonly TrustEvent[],
  options: TrendOptions,
): Result<TrendPoint[]> {
  const issues: Issue[] = checkTrustOptions(options);
  const { from, to, step } = options;
  if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) {
    issues.push({
      code: 'range',
      path: ['from'],
      message: `the range ${from} … ${to} is not a finite range with from ≤ to`,
    });
  }
  if (!Number.isFinite(step) || step <= 0) {
    issues.push({
      code: 'step',
      path: ['step'],
      message: `the step is ${step}; use a positive number of milliseconds`,
    });
  } else if ((to - from) / step + 1 > MAX_TREND_POINTS) {
    issues.push({
      code: 'too_many_points',
      path: ['step'],
      message: `from … to in steps of ${step} ms gives more than ${MAX_TREND_POINTS} points; use a larger step`,
    });
  }
  issues.push(...checkEvents(events));
  if (issues.length > 0) return fail(issues);
  const points: TrendPoint[] = [];
  // Index arithmetic rather than repeated addition, so the points do not drift.
  for (let g = 0; from + g * step <= to; g++) {
    const at = from + g * step;
    points.push({ at, ...betaScore(events, at, options) });
  }
  return ok(points);
}
