/**
 * Plan against actual per quarter: for one partner (the plan in force against the net its
 * agreements' settlement lines give, as a review reads them) and for the running
 * portfolio (S at period t, planned and realised; docs/model.md "Plan against actual over
 * time"). The rules are core's (`periodPlan`, `periodActual`, `portfolioSeries`).
 *
 * Bounded: at most MAX_PLAN_PERIODS quarters; each agreement's events are read once per
 * answer; answers are kept per state of the workspace (today, audit head, ledger head, as
 * the operations summary is: operations-cache.ts), so a page view with nothing changed
 * costs two head lookups, whatever the size of the ledger.
 */
import {
  calendarQuarters,
  ledgerConversion,
  MAX_PLAN_PERIODS,
  type Message,
  type PeriodActual,
  type PeriodPlan,
  parseValueUnit,
  periodActual,
  periodPlan,
  plannedS,
  portfolioPeriodActual,
  type ReviewPlanRecord,
  type SeriesPoint,
  type ValueUnit,
} from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../../db/connect.js';
import type { Agreement } from '../agreements/present.js';
import { parseJson } from '../canonical-json.js';
import { invalid, StoreError } from '../errors.js';
import { readEstimateHistory } from '../estimate-history.js';
import { HeadKeyedCache, ledgerHead } from '../operations-cache.js';
import { auditHead } from '../partner-list-cache.js';
import { requirePartnerRow } from '../partner-present.js';
import { readSettings } from '../settings.js';
import { readTransaction, type Trx, today } from '../tx.js';
import { agreementsSettler, settledAgreements } from './period-settlements.js';

export const DEFAULT_PLAN_PERIODS = 8;

export interface PlanActualPeriod {
  readonly from: string;
  readonly to: string;
  /** The quarter has not ended: its actual is so far, its plan the whole quarter's. */
  readonly partial: boolean;
  readonly plan: PeriodPlan;
  readonly actual: PeriodActual;
  /** actual − planned net. */
  readonly gap: number;
}

/**
 * Every figure is in the workspace's value unit (`unit`); when the ledger cannot be
 * compared with it (core's `ledgerConversion`), `incomparable` says why and there are no
 * periods: no figure rather than a wrong one.
 */
interface InUnit {
  readonly unit: string;
  readonly incomparable?: Message;
}

export interface PartnerPlanActual extends InUnit {
  readonly partner: string;
  readonly asOf: string;
  readonly periods: readonly PlanActualPeriod[];
}

export interface PortfolioPlanActual extends InUnit {
  readonly asOf: string;
  /** The running portfolio: partners active or under review, by key. */
  readonly partners: readonly string[];
  readonly periods: readonly (SeriesPoint & { readonly partial: boolean })[];
}

const RUNNING = ['active', 'under-review'] as const;

const reviewBody = z.looseObject({
  plan: z.object({ cost: z.number(), return: z.number() }),
  offLedger: z
    .array(z.object({ kind: z.enum(['return', 'cost']), amount: z.number(), evidence: z.string() }))
    .optional(),
  actual: z.object({ cost: z.number(), return: z.number() }).optional(),
  actualReason: z.string().optional(),
});

async function partnerReviews(q: Trx, partnerId: string): Promise<ReviewPlanRecord[]> {
  const rows = await q
    .selectFrom('reviews')
    .select(['id', 'period_start', 'period_end', 'body', 'created_at'])
    .where('partner_id', '=', partnerId)
    .execute();
  const out: ReviewPlanRecord[] = [];
  for (const row of rows) {
    const body = reviewBody.safeParse(parseJson<unknown>(row.body));
    if (!body.success) continue;
    const { plan, offLedger, actual, actualReason } = body.data;
    out.push({
      id: row.id,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      plan,
      offLedger: offLedger ?? [],
      ...(actual === undefined || (actualReason ?? '') === ''
        ? {}
        : { override: { ...actual, reason: actualReason ?? '' } }),
      createdAt: row.created_at,
    });
  }
  return out;
}

/** The partner's first day in business with us: its earliest agreement or reviewed period. */
function firstDay(agreements: readonly Agreement[], reviews: readonly ReviewPlanRecord[]) {
  const starts = [...agreements.map((a) => a.start), ...reviews.map((r) => r.periodStart)].sort();
  return starts[0] ?? null;
}

/** Why the agreements' ledger cannot be read in the unit (the first that cannot), if so. */
function incomparableLedger(
  unit: ValueUnit,
  agreements: readonly Agreement[],
): Message | undefined {
  for (const a of agreements) {
    const conversion = ledgerConversion(unit, a.document.currency);
    if (!conversion.ok) return conversion.because;
  }
  return undefined;
}

interface PartnerRecords {
  readonly series: PartnerPlanActual;
  readonly agreements: readonly Agreement[];
  readonly reviews: readonly ReviewPlanRecord[];
}

async function partnerSeries(
  q: Trx,
  workspaceId: string,
  key: string,
  day: string,
  limit: number,
  unit: ValueUnit,
): Promise<PartnerRecords> {
  const partner = await requirePartnerRow(q, workspaceId, key);
  const reviews = await partnerReviews(q, partner.id);
  const agreements = await settledAgreements(q, workspaceId, key);
  const head = { partner: key, asOf: day, unit: unit.text };
  const incomparable = incomparableLedger(unit, agreements);
  if (incomparable !== undefined)
    return { series: { ...head, incomparable, periods: [] }, agreements, reviews };
  const first = firstDay(agreements, reviews);
  const quarters = first === null ? [] : calendarQuarters(first, day, limit);
  const last = quarters.at(-1);
  if (last === undefined) return { series: { ...head, periods: [] }, agreements, reviews };
  const estimates = await readEstimateHistory(q, partner.id);
  const settle = await agreementsSettler(q, workspaceId, agreements, last.to);
  const periods = quarters.map((period): PlanActualPeriod => {
    const plan = periodPlan(period, reviews, estimates);
    const actual = periodActual(period, settle(period), reviews, unit);
    if (!actual.ok) {
      throw new StoreError('invalid', actual.issues[0]?.message ?? 'invalid actuals', {
        issues: actual.issues,
      });
    }
    return {
      ...period,
      partial: period.to > day,
      plan,
      actual: actual.value,
      gap: Math.round((actual.value.net - plan.net) * 100) / 100,
    };
  });
  return { series: { ...head, periods }, agreements, reviews };
}

const cache = new HeadKeyedCache<Map<string, unknown>>();

async function cached<T>(db: Db, workspaceId: string, entry: string, compute: () => Promise<T>) {
  const day = today(db);
  const [audit, ledger] = await Promise.all([
    auditHead(db, workspaceId),
    ledgerHead(db, workspaceId),
  ]);
  const key = `${day}|${audit}|${ledger?.seq ?? 0}|${ledger?.hash ?? ''}`;
  const answers = await cache.get(db, workspaceId, key, async () => new Map());
  if (answers.has(entry)) return answers.get(entry) as T;
  const value = await compute();
  // Bounded: one entry per partner and per period count asked for, within one state.
  if (answers.size >= 2048) answers.clear();
  answers.set(entry, value);
  return value;
}

const workspaceUnit = async (q: Trx, workspaceId: string) =>
  parseValueUnit((await readSettings(q, workspaceId)).settings.unit);

const checkPeriods = (periods: number) => {
  if (!Number.isInteger(periods) || periods < 1 || periods > MAX_PLAN_PERIODS) {
    throw invalid(['periods'], `periods must be a whole number from 1 to ${MAX_PLAN_PERIODS}`);
  }
};

/** One partner's plan against actual for the latest `periods` quarters up to today. */
export async function partnerPlanActual(
  db: Db,
  workspaceId: string,
  key: string,
  periods = DEFAULT_PLAN_PERIODS,
): Promise<PartnerPlanActual> {
  checkPeriods(periods);
  return cached(db, workspaceId, `partner|${periods}|${key}`, () =>
    readTransaction(db, async (trx) => {
      const unit = await workspaceUnit(trx, workspaceId);
      const records = await partnerSeries(trx, workspaceId, key, today(db), periods, unit);
      return records.series;
    }),
  );
}

/** S of the running portfolio per quarter, planned and realised (docs/model.md). */
export async function portfolioPlanActual(
  db: Db,
  workspaceId: string,
  periods = DEFAULT_PLAN_PERIODS,
): Promise<PortfolioPlanActual> {
  checkPeriods(periods);
  return cached(db, workspaceId, `portfolio|${periods}`, () =>
    readTransaction(db, async (trx) => {
      const day = today(db);
      const running = await trx
        .selectFrom('partners')
        .select('key')
        .where('workspace_id', '=', workspaceId)
        .where('status', 'in', [...RUNNING])
        .orderBy('key')
        .execute();
      const keys = running.map((r) => r.key);
      const unit = await workspaceUnit(trx, workspaceId);
      const records: PartnerRecords[] = [];
      for (const key of keys)
        records.push(await partnerSeries(trx, workspaceId, key, day, periods, unit));
      const incomparable = records.find((r) => r.series.incomparable !== undefined)?.series
        .incomparable;
      if (incomparable !== undefined)
        return { asOf: day, unit: unit.text, incomparable, partners: keys, periods: [] };
      const starts = records.flatMap((r) => r.series.periods.slice(0, 1).map((p) => p.from));
      const first = starts.sort()[0];
      const quarters = first === undefined ? [] : calendarQuarters(first, day, periods);
      const last = quarters.at(-1);
      // Each agreement once, however many running partners are party to it.
      const agreements = [
        ...new Map(records.flatMap((r) => r.agreements).map((a) => [a.id, a])).values(),
      ];
      const settle =
        last === undefined
          ? () => []
          : await agreementsSettler(trx, workspaceId, agreements, last.to);
      const planned = plannedS(
        quarters,
        records.map((r) => r.series.periods.map((p) => ({ from: p.from, planned: p.plan.net }))),
      );
      const points = quarters.map((period, i) => {
        const actual = portfolioPeriodActual(
          period,
          settle(period),
          records.map((r) => r.reviews),
          unit,
        );
        if (!actual.ok) {
          throw new StoreError('invalid', actual.issues[0]?.message ?? 'invalid actuals', {
            issues: actual.issues,
          });
        }
        return { ...period, planned: planned[i] ?? 0, actual: actual.value.net };
      });
      return {
        asOf: day,
        unit: unit.text,
        partners: keys,
        periods: points.map((p) => ({ ...p, partial: p.to > day })),
      };
    }),
  );
}
