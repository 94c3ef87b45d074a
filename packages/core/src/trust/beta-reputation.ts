import { fail, type Issue, ok, type Result } from '../util/issues.js';

const DAY_MS = 86_400_000;
export const DEFAULT_HALF_LIFE_DAYS = 365;

/** One obligation that came due: kept or broken. `weight` (default 1) scales how much it counts. */
export interface TrustEvent {
  /** Epoch milliseconds. */
  readonly at: number;
  readonly outcome: 'kept' | 'broken';
  readonly weight?: number;
}

export interface TrustOptions {
  /** Epoch milliseconds: the moment the trust is assessed at (core takes no clock of its own). */
  readonly now: number;
  /** An event's weight halves every this many days (default 365; Infinity = no decay). */
  readonly halfLifeDays?: number;
  /** Beta prior pseudo-counts (default 1, 1: uniform, score 0.5 with no history). */
  readonly prior?: { readonly kept: number; readonly broken: number };
}

export interface TrustScore {
  /** Beta mean (r + a)/(r + s + a + b), in (0, 1). */
  readonly score: number;
  /** Standard deviation of that Beta: how little evidence there is. */
  readonly uncertainty: number;
  /** r: decayed weight of kept obligations. */
  readonly kept: number;
  /** s: decayed weight of broken obligations. */
  readonly broken: number;
}

/**
 * Beta reputation (Jøsang & Ismail) from kept and broken obligations, each discounted by
 * 0.5^(age / half-life) so that old behaviour fades and recent behaviour decides.
 * An event after `now` is an issue: it cannot have happened yet, and counting it would let
 * a scheduled entry pose as evidence.
 */
export function trustScore(
  events: readonly TrustEvent[],
  options: TrustOptions,
): Result<TrustScore> {
  const issues = [...checkTrustOptions(options), ...checkEvents(events, options.now)];
  if (issues.length > 0) return fail(issues);
  return ok(betaScore(events, options.now, options));
}

/**
 * Issues with the events: a time that is not finite, a weight that is negative, and, when
 * `now` is given, an event after it.
 */
export function checkEvents(events: readonly TrustEvent[], now?: number): Issue[] {
  const issues: Issue[] = [];
  events.forEach((e, i) => {
    if (!Number.isFinite(e.at)) {
      issues.push({
        code: 'not_finite',
        path: ['events', i, 'at'],
        message: `the event time is ${e.at}; give epoch milliseconds`,
      });
    } else if (now !== undefined && e.at > now) {
      issues.push({
        code: 'future_event',
        path: ['events', i, 'at'],
        message: `the event is dated ${describeTime(e.at)}, after the assessment time ${describeTime(now)}; only past outcomes count`,
      });
    }
    const w = e.weight ?? 1;
    if (!Number.isFinite(w) || w < 0) {
      issues.push({
        code: 'negative_weight',
        path: ['events', i, 'weight'],
        message: `the event weight is ${w}; use a finite number ≥ 0`,
      });
    }
  });
  return issues;
}

/** ISO time for a message; Date cannot represent every finite number, so fall back to the raw one. */
function describeTime(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? `${ms} ms` : d.toISOString();
}

/** Issues with the options alone (shared with the trend, which has no single `now`). */
export function checkTrustOptions(
  options: Omit<TrustOptions, 'now'> & { readonly now?: number },
): Issue[] {
  const issues: Issue[] = [];
  if (options.now !== undefined && !Number.isFinite(options.now)) {
    issues.push({
      code: 'not_finite',
      path: ['now'],
      message: `now is ${options.now}; give epoch milliseconds`,
    });
  }
  const h = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  if (Number.isNaN(h) || h <= 0) {
    issues.push({
      code: 'half_life',
      path: ['halfLifeDays'],
      message: `the half-life is ${h} days; use a positive number (Infinity for no decay)`,
    });
  }
  const prior = options.prior;
  if (prior !== undefined) {
    for (const side of ['kept', 'broken'] as const) {
      if (!Number.isFinite(prior[side]) || prior[side] <= 0) {
        issues.push({
          code: 'prior',
          path: ['prior', side],
          message: `the prior ${side} count is ${prior[side]}; a Beta prior needs positive pseudo-counts (1, 1 is uniform)`,
        });
      }
    }
  }
  return issues;
}

/** The Beta posterior at `now` from the events up to `now` (later ones are skipped). Inputs checked. */
export function betaScore(
  events: readonly TrustEvent[],
  now: number,
  options: Omit<TrustOptions, 'now'>,
): TrustScore {
  const halfLifeMs = (options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS) * DAY_MS;
  let kept = 0;
  let broken = 0;
  for (const e of events) {
    if (e.at > now) continue;
    const w = (e.weight ?? 1) * 0.5 ** ((now - e.at) / halfLifeMs);
    if (e.outcome === 'kept') kept += w;
    else broken += w;
  }
  const a = kept + (options.prior?.kept ?? 1);
  const b = broken + (options.prior?.broken ?? 1);
  const total = a + b;
  return {
    score: a / total,
    uncertainty: Math.sqrt((a * b) / (total * total * (total + 1))),
    kept,
    broken,
  };
}
