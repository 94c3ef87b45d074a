import { MAX_PLAN_PERIODS } from '@partnerfolio/core';
import { z } from 'zod';
import { messageSchema } from '../../http/message-schema.js';
import { DEFAULT_PLAN_PERIODS } from '../../store/reviews/plan-actual.js';
import { slugParam } from '../shared-schema.js';

export const planActualQuery = z.strictObject({
  periods: z.coerce
    .number()
    .int({ error: 'periods: a whole number of quarters' })
    .min(1)
    .max(MAX_PLAN_PERIODS)
    .default(DEFAULT_PLAN_PERIODS)
    .meta({ description: `how many quarters up to today (1–${MAX_PLAN_PERIODS})` }),
});
export const planActualParams = slugParam.extend({ key: z.string().min(1).max(200) });

const money = z.number();
const inUnit = {
  unit: z.string().meta({
    description:
      "the workspace's value unit (the spec's `unit`): every figure is in it, the ledger's converted",
  }),
  incomparable: messageSchema.optional().meta({
    description:
      'why the ledger cannot be compared with the plan (a workspace in points, an agreement in another currency): then there are no periods',
  }),
};
const period = {
  from: z.string(),
  to: z.string(),
  partial: z.boolean().meta({ description: 'the quarter has not ended: its actual is so far' }),
};

export const partnerPlanActualSchema = z
  .object({
    partner: z.string(),
    asOf: z.string(),
    ...inUnit,
    periods: z
      .array(
        z.object({
          ...period,
          plan: z.object({
            cost: money,
            return: money,
            net: money,
            source: z.enum(['review', 'estimate', 'none']).meta({
              description:
                "review: the plan of a review covering the quarter, scaled by days; estimate: the partner's expected annual cost and return in force on the quarter's first day, scaled by the quarter's share of the year",
            }),
            review: z.string().optional(),
            estimate: z
              .object({
                version: z.int(),
                since: z.string().meta({ description: 'the day the estimate was saved' }),
                backdated: z.boolean().meta({
                  description:
                    'the quarter began before the first estimate on record, which stands for it',
                }),
              })
              .optional()
              .meta({
                description:
                  "the partner's estimate the plan came from: the one in force on the quarter's first day (docs/model.md)",
              }),
          }),
          actual: z.object({
            cost: money,
            return: money,
            net: money,
            source: z.enum(['ledger', 'off-ledger', 'typed']).meta({
              description:
                'ledger: settlement lines of our side; off-ledger: plus items with evidence; typed: a review overrode the ledger, with a reason',
            }),
            ledgerNet: money,
            lines: z.int(),
            offLedger: z
              .array(
                z.object({ kind: z.enum(['return', 'cost']), amount: money, evidence: z.string() }),
              )
              .readonly(),
            reason: z.string().optional(),
            review: z.string().optional(),
          }),
          gap: money.meta({ description: 'actual − planned net' }),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'PartnerPlanActual' });

export const portfolioPlanActualSchema = z
  .object({
    asOf: z.string(),
    ...inUnit,
    partners: z.array(z.string()).readonly(),
    periods: z
      .array(
        z.object({
          ...period,
          planned: money.meta({ description: 'S planned: Σ planned net of the running partners' }),
          actual: money.meta({ description: 'S realised: Σ actual net of the running partners' }),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'PortfolioPlanActual' });
