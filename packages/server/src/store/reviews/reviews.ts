/**
 * Periodic reviews of a partnership: actual cost and return against plan, criteria
 * re-scored, a two-sided health check, issues and improvements, trust on the day, and a
 * decision with its reasons. The actuals come from the ledger: the settlement of the
 * period under each of the partner's agreements (core's `reviewActuals`), plus items off
 * the ledger with evidence; figures typed by hand only override it, with a reason.
 * The workspace's rules suggest the decision (core's suggestReviewDecision over this
 * review and the partner's earlier ones); the person decides, and the decision acts:
 * re-scored criteria become the reviewer's assessments; renegotiate/adjust open a draft
 * amendment on each running agreement; exit → exiting with an exit plan dated by the
 * agreements' notice periods; anything else ends a review in progress (under-review → active).
 */
import {
  addDays,
  HEALTH_DIMENSIONS,
  type HealthSummary,
  healthResponseSchema,
  offLedgerItemSchema,
  parseValueUnit,
  REVIEW_DECISIONS,
  type ReviewActuals,
  type ReviewFacts,
  type ReviewSuggestion,
  reviewActuals,
  type SettleReport,
  suggestReviewDecision,
  summarizeHealth,
} from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../../db/connect.js';
import type { Row } from '../../db/schema.js';
import { openDraftAmendmentIn } from '../agreements/amendment-drafts.js';
import { partnerAgreements } from '../agreements/partner-agreements.js';
import { recordReviewAssessments } from '../assessments.js';
import { appendAudit } from '../audit.js';
import { invalid, StoreError } from '../errors.js';
import { startExitPlanIn } from '../exit-plans.js';
import { partnerHealthFacts } from '../health-checks.js';
import { requirePartnerRow } from '../partner-present.js';
import { movePartnerStatus } from '../partner-status-change.js';
import { readSettings } from '../settings.js';
import { newId, now, type Trx, today, writeTransaction } from '../tx.js';
import { keySchema, parseOrThrow } from '../validation.js';
import { partnerSettler } from './period-settlements.js';
import { getReviewSettings } from './settings.js';
import { partnerTrust } from './trust.js';

const dateSchema = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const money = z.number().min(0, { error: 'cannot be negative' });
const plannedSchema = z.strictObject({ cost: money, return: money });

export const reviewDraftSchema = z.strictObject({
  periodStart: dateSchema,
  periodEnd: dateSchema,
  plan: plannedSchema,
  /** Typed by hand: an override of the ledger's figures, only with `actualReason`. */
  actual: plannedSchema.optional(),
  actualReason: z.string().trim().max(2000).optional(),
  /** Items that never pass through the ledger, each with evidence. */
  offLedger: z.array(offLedgerItemSchema).max(200).default([]),
  scores: z.record(keySchema, z.number()).default({}),
  health: z.array(healthResponseSchema).default([]),
  issues: z.array(z.string().min(1).max(2000)).default([]),
  improvements: z.array(z.string().min(1).max(2000)).default([]),
});
export const reviewInputSchema = reviewDraftSchema.extend({
  decision: z.enum(REVIEW_DECISIONS),
  reasons: z.string().trim().min(1, { error: 'say why: the reasons for the decision' }).max(5000),
  /** For an exit: who owns the exit plan's steps at first. */
  exitOwner: z.string().max(200).optional(),
  /** For an exit: when notice is given (default today); the plan's dates follow from it. */
  noticeDate: dateSchema.optional(),
});
export type ReviewDraft = z.input<typeof reviewDraftSchema>;
export type ReviewInput = z.input<typeof reviewInputSchema>;
type ValidDraft = z.output<typeof reviewDraftSchema>;

export interface ReviewAssessment {
  /** The actual cost and return the review stands on (from `actuals`). */
  readonly actual: { readonly cost: number; readonly return: number };
  /** Where they came from: the ledger's settlement lines per agreement, items off it, an override. */
  readonly actuals: ReviewActuals;
  readonly facts: ReviewFacts;
  readonly healthSummary: HealthSummary;
  readonly trust: {
    readonly score: number;
    readonly uncertainty: number;
    readonly counted: number;
  };
  readonly suggestion: ReviewSuggestion;
  /** The earlier reviews' facts the rules looked back on, oldest first. */
  readonly history: readonly ReviewFacts[];
}

export interface Review extends Omit<ValidDraft, 'actual'>, ReviewAssessment {
  readonly id: string;
  readonly partner: string;
  readonly decision: (typeof REVIEW_DECISIONS)[number];
  readonly reasons: string;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly version: number;
  /** What the decision did (absent on reviews recorded before decisions acted). */
  readonly actions?: ReviewActions;
}

export interface ReviewActions {
  /** Criteria re-scored, written as the reviewer's assessments. */
  readonly assessments: readonly { readonly criterion: string; readonly score: number }[];
  /** Draft amendments opened (renegotiate, adjust). */
  readonly amendments: readonly { readonly agreement: string; readonly version: number }[];
  /** An exit plan started (exit). */
  readonly exitPlan: boolean;
}

function checkPeriod(draft: ValidDraft) {
  if (draft.periodEnd < draft.periodStart) {
    throw invalid(
      ['periodEnd'],
      `the period ends (${draft.periodEnd}) before it starts (${draft.periodStart})`,
    );
  }
  if (draft.actual !== undefined && (draft.actualReason ?? '') === '') {
    throw invalid(
      ['actualReason'],
      'the actual figures come from the ledger; typed figures override it only with a reason',
      'missing_field',
    );
  }
}

/** The settlement of the period under each of the partner's agreements that ran in it. */
async function periodSettlements(
  q: Trx,
  workspaceId: string,
  key: string,
  draft: ValidDraft,
): Promise<SettleReport[]> {
  const settle = await partnerSettler(q, workspaceId, key, draft.periodEnd);
  return settle({ from: draft.periodStart, to: draft.periodEnd });
}

const presentReview = (row: Row<'reviews'>, partner: string): Review => {
  const body = JSON.parse(row.body) as ValidDraft & Omit<ReviewAssessment, 'suggestion'>;
  return {
    ...body,
    id: row.id,
    partner,
    suggestion: JSON.parse(row.suggestion) as ReviewSuggestion,
    decision: row.decision as Review['decision'],
    reasons: row.reasons,
    createdBy: row.created_by,
    createdAt: row.created_at,
    version: Number(row.version),
  };
};

async function earlierFacts(q: Trx, workspaceId: string, partnerId: string, before: string) {
  const rows = await q
    .selectFrom('reviews')
    .select('body')
    .where('workspace_id', '=', workspaceId)
    .where('partner_id', '=', partnerId)
    .where('period_end', '<', before)
    .orderBy('period_end')
    .execute();
  return rows.map((r) => (JSON.parse(r.body) as { facts: ReviewFacts }).facts);
}

/** What the rules make of a review before anyone decides (also stored with the review). */
async function assess(
  q: Trx,
  workspaceId: string,
  key: string,
  draft: ValidDraft,
  today: string,
): Promise<ReviewAssessment> {
  checkPeriod(draft);
  const partner = await requirePartnerRow(q, workspaceId, key);
  // Trust as known at the period's end (or today, for a period still running).
  const asOf = [draft.periodEnd, today].sort()[0] ?? today;
  const trust = await partnerTrust(q, workspaceId, key, asOf);
  const health = summarizeHealth(draft.health);
  if (!health.ok)
    throw new StoreError('invalid', health.issues[0]?.message ?? 'invalid health check', {
      issues: health.issues,
    });
  const gaps = HEALTH_DIMENSIONS.map((d) => health.value.dimensions[d].gap).filter(
    (g) => g !== null,
  );
  const settlements = await periodSettlements(q, workspaceId, key, draft);
  // Plan, items off the ledger and typed figures are in the workspace's unit; the ledger
  // is converted to it, or refused when it cannot be (core's ledgerConversion).
  const unit = parseValueUnit((await readSettings(q, workspaceId)).settings.unit);
  const actuals = reviewActuals(settlements, {
    unit,
    offLedger: draft.offLedger,
    ...(draft.actual === undefined
      ? {}
      : { override: { ...draft.actual, reason: draft.actualReason ?? '' } }),
  });
  if (!actuals.ok) {
    throw new StoreError('invalid', actuals.issues[0]?.message ?? 'invalid actuals', {
      issues: actuals.issues,
    });
  }
  const actual = { cost: actuals.value.cost, return: actuals.value.return };
  const facts: ReviewFacts = {
    period: draft.periodEnd,
    planReturn: draft.plan.return,
    planCost: draft.plan.cost,
    actualReturn: actual.return,
    actualCost: actual.cost,
    ...(trust.counted > 0 ? { trust: trust.score } : {}),
    ...(health.value.overall === null ? {} : { health: health.value.overall }),
    ...(gaps.length === 0 ? {} : { healthGap: Math.max(...gaps) }),
    // Without answers typed into the review, the private health checks of the period speak.
    ...(draft.health.length === 0
      ? await partnerHealthFacts(q, workspaceId, key, {
          start: draft.periodStart,
          end: draft.periodEnd,
        })
      : {}),
  };
  const history = await earlierFacts(q, workspaceId, partner.id, draft.periodEnd);
  const { rules } = await getReviewSettings(q, workspaceId);
  const suggestion = suggestReviewDecision([...history, facts], rules);
  if (!suggestion.ok)
    throw new StoreError('invalid', suggestion.issues[0]?.message ?? 'invalid', {
      issues: suggestion.issues,
    });
  return {
    actual,
    actuals: actuals.value,
    facts,
    healthSummary: health.value,
    trust: { score: trust.score, uncertainty: trust.uncertainty, counted: trust.counted },
    suggestion: suggestion.value,
    history,
  };
}

export async function previewReview(db: Db, workspaceId: string, key: string, draft: ReviewDraft) {
  const valid = parseOrThrow(reviewDraftSchema, draft, 'the review');
  return assess(db.kysely, workspaceId, key, valid, today(db));
}

export async function createReview(
  db: Db,
  workspaceId: string,
  key: string,
  input: ReviewInput,
  actor: string | null,
): Promise<Review> {
  const valid = parseOrThrow(reviewInputSchema, input, 'the review');
  const { decision, reasons, exitOwner, noticeDate, ...draft } = valid;
  return writeTransaction(db, async (trx) => {
    const assessment = await assess(trx, workspaceId, key, draft, today(trx));
    const partner = await requirePartnerRow(trx, workspaceId, key);
    const at = now(trx);
    const id = newId();
    const { suggestion, ...rest } = assessment;
    // The decision acts first, so that the review records what it did.
    const assessments = await recordReviewAssessments(trx, workspaceId, key, draft.scores, {
      id,
      reviewer: actor ?? 'review',
      date: draft.periodEnd,
    });
    const amendments = await followDecision(trx, workspaceId, key, partner.status, {
      decision,
      exitOwner,
      noticeDate,
      reviewId: id,
      actor,
    });
    const actions: ReviewActions = {
      assessments: assessments.map((a) => ({ criterion: a.criterion, score: a.score })),
      amendments,
      exitPlan: decision === 'exit',
    };
    await trx
      .insertInto('reviews')
      .values({
        id,
        workspace_id: workspaceId,
        partner_id: partner.id,
        period_start: draft.periodStart,
        period_end: draft.periodEnd,
        body: JSON.stringify({ ...draft, ...rest, actions }),
        suggestion: JSON.stringify(suggestion),
        decision,
        reasons,
        created_by: actor,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const row = await trx
      .selectFrom('reviews')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const review = presentReview(row, key);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'review.create',
      entity: 'review',
      entityId: id,
      before: null,
      after: review,
      at,
    });
    return review;
  });
}

interface DecisionContext {
  readonly decision: Review['decision'];
  readonly exitOwner: string | undefined;
  readonly noticeDate: string | undefined;
  readonly reviewId: string;
  readonly actor: string | null;
}

/** Moves the partner and opens what the decision calls for; returns the draft amendments opened. */
async function followDecision(
  trx: Trx,
  workspaceId: string,
  key: string,
  status: string,
  { decision, exitOwner, noticeDate, reviewId, actor }: DecisionContext,
): Promise<ReviewActions['amendments']> {
  if (decision === 'exit') {
    if (status === 'active') await movePartnerStatus(trx, workspaceId, key, 'under-review', actor);
    if (status === 'active' || status === 'under-review') {
      await movePartnerStatus(trx, workspaceId, key, 'exiting', actor);
    }
    await startExitPlanIn(trx, workspaceId, key, { owner: exitOwner, noticeDate }, actor);
    return [];
  }
  if (status === 'under-review') await movePartnerStatus(trx, workspaceId, key, 'active', actor);
  if (decision !== 'renegotiate' && decision !== 'adjust') return [];
  const from = addDays(now(trx).slice(0, 10), 1);
  const opened: { agreement: string; version: number }[] = [];
  for (const agreement of await partnerAgreements(trx, workspaceId, key, ['active'])) {
    const draft = await openDraftAmendmentIn(trx, workspaceId, agreement, {
      reviewId,
      from,
      actor,
    });
    if (draft !== null) opened.push({ agreement: agreement.code, version: draft.version });
  }
  return opened;
}

export async function listReviews(db: Db, workspaceId: string, key?: string): Promise<Review[]> {
  let query = db.kysely
    .selectFrom('reviews as r')
    .innerJoin('partners as p', 'p.id', 'r.partner_id')
    .selectAll('r')
    .select('p.key')
    .where('r.workspace_id', '=', workspaceId);
  if (key !== undefined) query = query.where('p.key', '=', key);
  const rows = await query
    .orderBy('r.period_end', 'desc')
    .orderBy('r.created_at', 'desc')
    .execute();
  return rows.map((r) => presentReview(r, r.key));
}
