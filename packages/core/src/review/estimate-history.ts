/**
 * Which of a partner's estimates was in force on a day (docs/model.md, "Plan against
 * actual over time"). The server keeps every cost-and-return estimate a partner had, each
 * dated by the day it was saved; a past period's plan reads the one in force then, not
 * today's.
 *
 * The rule, on day D: the latest estimate saved on or before D (of several saved the same
 * day, the last). Before the first recorded estimate there is no record of another, and
 * a partner is usually entered after its business began: the first estimate stands for
 * that time too, marked `backdated`. A quarter's plan reads the estimate in force on the
 * quarter's first day (`periodPlan`): a change during a quarter plans the quarters after.
 */
import type { IsoDate } from './dates.js';

/** Annual expected cost and return, in the workspace's value unit. */
export interface CostReturn {
  readonly cost: number;
  readonly return: number;
}

/** One saved estimate of a partner. */
export interface DatedEstimate {
  /** The estimate's version (the stored estimate's counter at that save). */
  readonly version: number;
  /** The day it was saved (UTC), from which it is in force. */
  readonly since: IsoDate;
  /** Expected annual cost and return; null when the estimate was cleared. */
  readonly estimate: CostReturn | null;
}

export interface EstimateInForce extends DatedEstimate {
  /** Saved after the day asked about: the first estimate on record, standing for earlier days. */
  readonly backdated: boolean;
}

const order = (a: DatedEstimate, b: DatedEstimate) =>
  a.since < b.since ? -1 : a.since > b.since ? 1 : a.version - b.version;

/** The estimate in force on `day` (see the file's head); null when there is none on record. */
export function estimateInForce(
  history: readonly DatedEstimate[],
  day: IsoDate,
): EstimateInForce | null {
  let inForce: DatedEstimate | undefined;
  let first: DatedEstimate | undefined;
  for (const entry of history) {
    if (first === undefined || order(entry, first) < 0) first = entry;
    if (entry.since <= day && (inForce === undefined || order(entry, inForce) > 0)) inForce = entry;
  }
  if (inForce !== undefined) return { ...inForce, backdated: false };
  return first === undefined ? null : { ...first, backdated: true };
}
