/**
 * How reviews, trust, the review settings and exit plans appear in answers: core's
 * assessments and the store's records in their published shape (report.ts).
 */
import {
  EXIT_STEP_TITLES,
  EXIT_STEPS,
  exitStepMessage,
  REVIEW_DECISIONS,
  reviewRuleSchema,
} from '@partnerfolio/core';
import { z } from 'zod';
import { messageSchema } from '../http/message-schema.js';
import { reviewDraftSchema } from '../store/reviews/reviews.js';
import { cadenceSchema } from '../store/reviews/settings.js';
import { presentAs } from './report.js';

const factsSchema = z.object({
  period: z.string(),
  planReturn: z.number(),
  planCost: z.number(),
  actualReturn: z.number(),
  actualCost: z.number(),
  trust: z.number().optional(),
  health: z.number().optional(),
  healthGap: z.number().optional(),
});
const dimension = z.object({
  us: z.number().nullable(),
  partner: z.number().nullable(),
  mean: z.number().nullable(),
  gap: z.number().nullable(),
  n: z.int(),
});
const suggestionSchema = z
  .object({
    suggestion: z.enum(REVIEW_DECISIONS),
    reason: z.string(),
    /** The reason as a code; absent on reviews saved before codes. */
    because: messageSchema.optional(),
    fired: z
      .array(
        z.object({
          ruleId: z.string(),
          description: z.string(),
          suggest: z.enum(REVIEW_DECISIONS),
          facts: z.array(z.string()).readonly(),
          title: messageSchema.optional(),
          /** The facts as codes, one per condition. */
          because: z.array(messageSchema).readonly().optional(),
        }),
      )
      .readonly(),
    considered: z.array(z.string()).readonly(),
  })
  .meta({ id: 'ReviewSuggestion' });

const money = z.number();
const actualsSchema = z
  .object({
    cost: money,
    return: money,
    source: z.enum(['ledger', 'override']),
    agreements: z
      .array(z.object({ agreement: z.string(), return: money, cost: money, lines: z.int() }))
      .readonly(),
    offLedger: z
      .array(z.object({ kind: z.enum(['return', 'cost']), amount: money, evidence: z.string() }))
      .readonly(),
    ledger: z.object({ cost: money, return: money }),
    reason: z.string().optional(),
    because: messageSchema,
    /** Why the ledger cannot be compared with the plan (its figures then count only the agreements that can). */
    incomparable: messageSchema.optional(),
  })
  .meta({ id: 'ReviewActuals' });

export const assessmentSchema = z
  .object({
    actual: z.object({ cost: money, return: money }),
    /** Absent on reviews recorded before actuals came from the ledger. */
    actuals: actualsSchema.optional(),
    facts: factsSchema,
    healthSummary: z.object({
      dimensions: z.record(z.string(), dimension),
      overall: z.number().nullable(),
      maxGap: z.number().nullable(),
      widestGap: z.string().nullable(),
      respondents: z.int(),
    }),
    trust: z.object({ score: z.number(), uncertainty: z.number(), counted: z.int() }),
    suggestion: suggestionSchema,
    history: z.array(factsSchema).readonly(),
  })
  .meta({ id: 'ReviewAssessment' });

export const reviewSchema = reviewDraftSchema
  .extend(assessmentSchema.shape)
  .extend({
    id: z.string(),
    partner: z.string(),
    decision: z.enum(REVIEW_DECISIONS),
    reasons: z.string(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    version: z.int(),
    actions: z
      .object({
        assessments: z.array(z.object({ criterion: z.string(), score: z.number() })).readonly(),
        amendments: z.array(z.object({ agreement: z.string(), version: z.int() })).readonly(),
        exitPlan: z.boolean(),
      })
      .optional()
      .meta({
        description: 'what the decision did: assessments written, draft amendments, an exit plan',
      }),
  })
  .meta({ id: 'Review' });

export const trustSchema = z
  .object({
    party: z.string(),
    score: z.number(),
    uncertainty: z.number(),
    kept: z.number(),
    broken: z.number(),
    counted: z.int(),
    trend: z
      .array(z.object({ date: z.string(), score: z.number(), uncertainty: z.number() }))
      .readonly(),
    direction: z.enum(['rising', 'falling', 'steady']),
  })
  .meta({ id: 'Trust' });

export const trustSummarySchema = z
  .object({
    partner: z.string(),
    score: z.number(),
    uncertainty: z.number(),
    counted: z.int(),
    kept: z.number().meta({ description: 'decayed weight of kept obligations' }),
    broken: z.number().meta({ description: 'decayed weight of broken obligations' }),
    direction: z.enum(['rising', 'falling', 'steady']),
  })
  .meta({ id: 'TrustSummary' });

export const reviewSettingsSchema = z
  .object({
    cadence: cadenceSchema,
    overrides: z.record(z.string(), cadenceSchema),
    rules: z.array(reviewRuleSchema).readonly(),
    version: z.int(),
  })
  .meta({ id: 'ReviewSettings' });
const exitStepSchema = z.object({
  key: z.enum(EXIT_STEPS),
  title: z.string().meta({ description: "the step's title in English (`titleMessage`)" }),
  titleMessage: messageSchema.meta({ description: "the step's title as a code" }),
  owner: z.string().optional(),
  dueDate: z.string().optional(),
  done: z.boolean(),
  doneAt: z.string().optional(),
  evidence: z.string().optional(),
});
export const exitPlanSchema = z
  .object({
    id: z.string(),
    partner: z.string(),
    startedAt: z.string(),
    steps: z.array(exitStepSchema).readonly(),
    progress: z.object({
      done: z.int(),
      total: z.int(),
      complete: z.boolean(),
      missing: z.array(z.enum(EXIT_STEPS)).readonly(),
    }),
    completedAt: z.string().nullable(),
    version: z.int(),
    updatedAt: z.string(),
    schedule: z
      .object({
        noticeDate: z.string(),
        effectiveEnd: z.string(),
        agreements: z
          .array(z.object({ agreement: z.string(), noticeDays: z.int(), effectiveEnd: z.string() }))
          .readonly(),
        dueDates: z.record(z.string(), z.string()),
        because: messageSchema,
      })
      .nullable()
      .meta({ description: "the dates the agreements' notice periods set; null on older plans" }),
  })
  .meta({ id: 'ExitPlan' });
const exitCostPartSchema = z.object({
  agreement: z.string(),
  kind: z.enum(['milestone', 'write-off', 'data-return']),
  amount: z.number(),
  due: z.string().optional(),
  because: messageSchema,
});
export const exitCostSchema = z
  .object({
    partner: z.string(),
    exitCost: z
      .unknown()
      .meta({ description: 'what analyses use (a number or a distribution); null: 0' }),
    source: z.enum(['estimate', 'agreements', 'none']),
    given: z.unknown().meta({ description: 'the exit cost a user gave; null: none' }),
    proposal: z.object({
      partner: z.string(),
      noticeDate: z.string(),
      total: z.number(),
      parts: z.array(exitCostPartSchema).readonly(),
      agreements: z
        .array(z.object({ agreement: z.string(), noticeDays: z.int(), effectiveEnd: z.string() }))
        .readonly(),
    }),
    proposedInUnit: z.number().nullable().meta({
      description:
        "the proposal's total in the workspace's value unit (the proposal is in the ledger's currency); null: it cannot be compared",
    }),
    incomparable: messageSchema
      .optional()
      .meta({ description: "why the agreements' proposal cannot be read in the workspace's unit" }),
  })
  .meta({ id: 'PartnerExitCost' });

export const presentReviewAssessment = presentAs(assessmentSchema);
export const presentReview = presentAs(reviewSchema);
export const presentTrust = presentAs(trustSchema);
export const presentTrustSummary = presentAs(trustSummarySchema);
export const presentReviewSettings = presentAs(reviewSettingsSchema);
const presentExitPlanAsIs = presentAs(exitPlanSchema);
/** A plan with each step titled from its code (a stored plan keeps the English it was made with). */
export const presentExitPlan = (
  plan: Omit<z.input<typeof exitPlanSchema>, 'steps'> & {
    readonly steps: readonly Omit<z.input<typeof exitStepSchema>, 'title' | 'titleMessage'>[];
  },
) =>
  presentExitPlanAsIs({
    ...plan,
    steps: plan.steps.map((step) => ({
      ...step,
      title: EXIT_STEP_TITLES[step.key],
      titleMessage: exitStepMessage(step.key),
    })),
  });
export const presentExitCost = presentAs(exitCostSchema);
