/**
 * Periodic reviews of a partnership: actual cost and return against plan, criteria
 * re-scored, a two-sided health check, issues and improvements, trust on the day, and a
 * decision with its reasons. The workspace's rules suggest the decision (core's
 * suggestReviewDecision over this review and the partner's earlier ones); the person
 * decides. A decision moves the partner: exit → exiting with an exit plan started;
 * anything else ends a review in progress (under-review → active).
 */
import {
  HEALTH_DIMENSIONS,
  type HealthSummary,
  healthResponseSchema,
  REVIEW_DECISIONS,
  type ReviewFacts,
  type ReviewSuggestion,
  suggestReviewDecision,
  summarizeHealth,
} from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../../db/connect.js';
import type { Row } from '../../db/schema.js';
import { appendAudit } from '../audit.js';
import { invalid, StoreError } from '../errors.js';
import { startExitPlanIn } from '../exit-plans.js';
import { requirePartnerRow } from '../partner-present.js';
import { movePartnerStatus } from '../partner-status-change.js';
import { newId, now, type Trx, today, writeTransaction } from '../tx.js';
import { keySchema, parseOrThrow } from '../validation.js';
import { getReviewSettings } from './settings.js';
import { partnerTrust } from './trust.js';

const dateSchema = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const money = z.number().min(0, { error: 'cannot be negative' });
const plannedSchema = z.strictObject({ cost: money, return: money });

export const reviewDraftSchema = z.strictObject({
  periodStart: dateSchema,
  periodEnd: dateSchema,
  plan: plannedSchema,
  actual: plannedSchema,
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
});
export type ReviewDraft = z.input<typeof reviewDraftSchema>;
export type ReviewInput = z.input<typeof reviewInputSchema>;
type ValidDraft = z.output<typeof reviewDraftSchema>;

export interface ReviewAssessment {
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

export interface Review extends ValidDraft, ReviewAssessment {
  readonly id: string;
  readonly partner: string;
  readonly decision: (typeof REVIEW_DECISIONS)[number];
  readonly reasons: string;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly version: number;
}

function checkPeriod(draft: ValidDraft) {
  if (draft.periodEnd < draft.periodStart) {
    throw invalid(
      ['periodEnd'],
      `the period ends (${draft.periodEnd}) before it starts (${draft.periodStart})`,
    );
  }
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
  const facts: ReviewFacts = {
    period: draft.periodEnd,
    planReturn: draft.plan.return,
    planCost: draft.plan.cost,
    actualReturn: draft.actual.return,
    actualCost: draft.actual.cost,
    ...(trust.counted > 0 ? { trust: trust.score } : {}),
    ...(health.value.overall === null ? {} : { health: health.value.overall }),
    ...(gaps.length === 0 ? {} : { healthGap: Math.max(...gaps) }),
  };
  const history = await earlierFacts(q, workspaceId, partner.id, draft.periodEnd);
  const { rules } = await getReviewSettings(q, workspaceId);
  const suggestion = suggestReviewDecision([...history, facts], rules);
  if (!suggestion.ok)
    throw new StoreError('invalid', suggestion.issues[0]?.message ?? 'invalid', {
      issues: suggestion.issues,
    });
  return {
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
  const { decision, reasons, exitOwner, ...draft } = valid;
  return writeTransaction(db, async (trx) => {
    const assessment = await assess(trx, workspaceId, key, draft, today(trx));
    const partner = await requirePartnerRow(trx, workspaceId, key);
    const at = now(trx);
    const id = newId();
    const { suggestion, ...rest } = assessment;
    await trx
      .insertInto('reviews')
      .values({
        id,
        workspace_id: workspaceId,
        partner_id: partner.id,
        period_start: draft.periodStart,
        period_end: draft.periodEnd,
        body: JSON.stringify({ ...draft, ...rest }),
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
    await followDecision(trx, workspaceId, key, partner.status, decision, exitOwner, actor);
    return review;
  });
}

async function followDecision(
  trx: Trx,
  workspaceId: string,
  key: string,
  status: string,
  decision: Review['decision'],
  exitOwner: string | undefined,
  actor: string | null,
) {
  if (decision === 'exit') {
    if (status === 'active') await movePartnerStatus(trx, workspaceId, key, 'under-review', actor);
    if (status === 'active' || status === 'under-review') {
      await movePartnerStatus(trx, workspaceId, key, 'exiting', actor);
    }
    await startExitPlanIn(trx, workspaceId, key, { owner: exitOwner }, actor);
  } else if (status === 'under-review') {
    await movePartnerStatus(trx, workspaceId, key, 'active', actor);
  }
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
