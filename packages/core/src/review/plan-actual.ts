/**
 * Plan against actual per settlement period (a calendar quarter), for one partner and for
 * the running portfolio (docs/model.md, "Plan against actual over time").
 *
 * - The plan in force for a quarter: the plan of the latest review whose period covers
 *   the whole quarter, scaled by days (a review of a half-year plans a quarter with
 *   90/181 of its plan); otherwise the partner's expected cost and return (annual, as
 *   the estimates are) in force on the quarter's first day (`estimateInForce`), scaled
 *   by the quarter's share of its year's days.
 * - The actual: `reviewActuals` over the quarter's settlements, the very function a
 *   review uses; a review of exactly that quarter adds its items off the ledger and its
 *   typed override (with its reason). A review of a longer period is not split: its
 *   quarters show their ledger lines.
 */
import type { SettleReport } from '../agreements/report.js';
import { fail, ok, type Result } from '../util/issues.js';
import { roundInUnit, unitScale, type ValueUnit } from '../workspace/value-unit.js';
import { DAY_MS, type IsoDate, parseIsoDate } from './dates.js';
import { type CostReturn, type DatedEstimate, estimateInForce } from './estimate-history.js';
import { type ActualOverride, type OffLedgerItem, reviewActuals } from './review-actuals.js';

/** Inclusive days, as settlement counts them. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Most quarters one series covers: the work per request stays bounded. */
export const MAX_PLAN_PERIODS = 20;

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;

function quarterAt(year: number, q: number): Period {
  return { from: `${year}-${pad(q * 3 - 2)}-01`, to: `${year}-${LAST_DAY[q - 1]}` };
}

/** The calendar quarters overlapping `from`–`to`, the latest `limit` of them, oldest first. */
export function calendarQuarters(from: IsoDate, to: IsoDate, limit: number): Period[] {
  if (to < from || limit <= 0) return [];
  const index = (d: IsoDate) =>
    Number(d.slice(0, 4)) * 4 + Math.floor((Number(d.slice(5, 7)) - 1) / 3);
  const last = index(to);
  const first = Math.max(index(from), last - limit + 1);
  const out: Period[] = [];
  for (let i = first; i <= last; i += 1) out.push(quarterAt(Math.floor(i / 4), (i % 4) + 1));
  return out;
}

/** Days in a period, both ends counted. */
export function periodDays(p: Period): number {
  const from = parseIsoDate(p.from);
  const to = parseIsoDate(p.to);
  if (from === undefined || to === undefined) return 0;
  return Math.round((to - from) / DAY_MS) + 1;
}

const yearDays = (year: number) =>
  new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29 ? 366 : 365;

export type { CostReturn } from './estimate-history.js';

/** A recorded review as the series reads it. */
export interface ReviewPlanRecord {
  readonly id: string;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly plan: CostReturn;
  readonly offLedger: readonly OffLedgerItem[];
  /** The typed actual, when the review overrode the ledger. */
  readonly override?: ActualOverride;
  /** Orders reviews of the same period: the latest one is in force. */
  readonly createdAt: string;
}

export interface PeriodPlan extends CostReturn {
  readonly net: number;
  readonly source: 'review' | 'estimate' | 'none';
  /** The review whose plan is in force. */
  readonly review?: string;
  /** The estimate the plan came from (source `estimate`; `none` when it was cleared). */
  readonly estimate?: {
    readonly version: number;
    readonly since: IsoDate;
    readonly backdated: boolean;
  };
}

const cents = (x: number) => Math.round(x * 100) / 100;
const latest = (reviews: readonly ReviewPlanRecord[]) =>
  [...reviews].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  )[0];

/**
 * The plan in force for `period` (see the file's head). `estimates` is the partner's
 * history of annual estimates (empty: none).
 */
export function periodPlan(
  period: Period,
  reviews: readonly ReviewPlanRecord[],
  estimates: readonly DatedEstimate[],
): PeriodPlan {
  const days = periodDays(period);
  const covering = latest(
    reviews.filter((r) => r.periodStart <= period.from && r.periodEnd >= period.to),
  );
  if (covering !== undefined) {
    const share = days / periodDays({ from: covering.periodStart, to: covering.periodEnd });
    const cost = cents(covering.plan.cost * share);
    const ret = cents(covering.plan.return * share);
    return { cost, return: ret, net: cents(ret - cost), source: 'review', review: covering.id };
  }
  const inForce = estimateInForce(estimates, period.from);
  if (inForce === null) return { cost: 0, return: 0, net: 0, source: 'none' };
  const from = { version: inForce.version, since: inForce.since, backdated: inForce.backdated };
  if (inForce.estimate === null)
    return { cost: 0, return: 0, net: 0, source: 'none', estimate: from };
  const share = days / yearDays(Number(period.from.slice(0, 4)));
  const cost = cents(inForce.estimate.cost * share);
  const ret = cents(inForce.estimate.return * share);
  return { cost, return: ret, net: cents(ret - cost), source: 'estimate', estimate: from };
}

export interface PeriodActual extends CostReturn {
  readonly net: number;
  /** `ledger`: settlement lines only; `off-ledger`: plus items with evidence; `typed`: an override. */
  readonly source: 'ledger' | 'off-ledger' | 'typed';
  /** What the settlement lines alone say. */
  readonly ledgerNet: number;
  readonly lines: number;
  readonly offLedger: readonly OffLedgerItem[];
  readonly reason?: string;
  /** The review of exactly this period whose items or override apply. */
  readonly review?: string;
}

/** The actual for `period` from its settlements, as a review of exactly that period reads it. */
export function periodActual(
  period: Period,
  settlements: readonly SettleReport[],
  reviews: readonly ReviewPlanRecord[],
  unit?: ValueUnit,
): Result<PeriodActual> {
  const exact = latest(
    reviews.filter((r) => r.periodStart === period.from && r.periodEnd === period.to),
  );
  const actuals = reviewActuals(settlements, {
    offLedger: exact?.offLedger ?? [],
    ...(exact?.override === undefined ? {} : { override: exact.override }),
    ...(unit === undefined ? {} : { unit }),
  });
  if (!actuals.ok) return fail([...actuals.issues]);
  const a = actuals.value;
  const source =
    a.source === 'override' ? 'typed' : a.offLedger.length > 0 ? 'off-ledger' : 'ledger';
  return ok({
    cost: a.cost,
    return: a.return,
    net: roundInUnit(a.return - a.cost, unitScale(unit)),
    source,
    ledgerNet: roundInUnit(a.ledger.return - a.ledger.cost, unitScale(unit)),
    lines: a.agreements.reduce((s, x) => s + x.lines, 0),
    offLedger: a.offLedger,
    ...(a.reason === undefined ? {} : { reason: a.reason }),
    ...(exact === undefined ? {} : { review: exact.id }),
  });
}

export interface SeriesPoint {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly planned: number;
  readonly actual: number;
}

/**
 * Realised S at one period of a portfolio: our side of the settlement lines of every
 * agreement any of its partners is party to, each agreement once (a three-party agreement
 * is not counted twice), plus the items off the ledger of each partner's review of exactly
 * that period. A typed override replaces one partner's whole figure, which may share an
 * agreement with another partner: S does not take it (docs/model.md).
 */
export function portfolioPeriodActual(
  period: Period,
  settlements: readonly SettleReport[],
  reviewsByPartner: readonly (readonly ReviewPlanRecord[])[],
  unit?: ValueUnit,
): Result<{ readonly net: number; readonly ledgerNet: number }> {
  const offLedger = reviewsByPartner.flatMap(
    (reviews) =>
      latest(reviews.filter((r) => r.periodStart === period.from && r.periodEnd === period.to))
        ?.offLedger ?? [],
  );
  const actuals = reviewActuals(settlements, {
    offLedger,
    ...(unit === undefined ? {} : { unit }),
  });
  if (!actuals.ok) return fail([...actuals.issues]);
  const a = actuals.value;
  const scale = unitScale(unit);
  return ok({
    net: roundInUnit(a.return - a.cost, scale),
    ledgerNet: roundInUnit(a.ledger.return - a.ledger.cost, scale),
  });
}

/** The sum of the partners' planned nets per period, to the cent (periods a partner lacks count 0). */
export function plannedS(
  periods: readonly Period[],
  partners: readonly (readonly { readonly from: IsoDate; readonly planned: number }[])[],
): number[] {
  return periods.map((p) => {
    let planned = 0;
    for (const series of partners) {
      const point = series.find((s) => s.from === p.from);
      if (point !== undefined) planned += Math.round(point.planned * 100);
    }
    return planned / 100;
  });
}
