import { boundedNumber } from '@partnerfolio/core';
import { z } from 'zod';
import { keySchema } from '../../store/validation.js';
import { distributionOut, slugParam } from '../shared-schema.js';

export const assessmentSchema = z
  .object({
    id: z.string(),
    partner: z.string(),
    criterion: z.string(),
    assessor: z.string(),
    score: z.number(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    source: z.string().nullable().meta({
      description: '`review:<id>` when a review re-scored the criterion; null when typed',
    }),
    assessedOn: z
      .string()
      .nullable()
      .meta({ description: "the date the score speaks for (a review's period end)" }),
  })
  .meta({ id: 'Assessment' });

export const assessmentQuery = z.object({
  partner: z.string().max(200).optional(),
  criterion: z.string().max(200).optional(),
  assessor: z.string().max(320).optional(),
});

export const putAssessmentBody = z.strictObject({
  partner: keySchema,
  criterion: keySchema,
  score: boundedNumber(),
  assessor: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .optional()
    .meta({ description: 'whose score this is; default: your email' }),
});

export const assessmentParams = slugParam.extend({ id: z.string().min(1).max(100) });

export const estimateSchema = z
  .object({
    partner: z.string(),
    cost: distributionOut.nullable(),
    return: distributionOut.nullable(),
    exitCost: distributionOut
      .nullable()
      .meta({ description: 'what dropping the partner as an incumbent costs; null: 0' }),
    onboardingCost: distributionOut
      .nullable()
      .meta({ description: 'one-off cost of starting the partnership; null: 0' }),
    version: z.int().meta({ description: '0: not estimated yet' }),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'Estimate' });

export const estimateHistorySchema = z
  .object({
    partner: z.string(),
    estimates: z
      .array(
        z.object({
          version: z.int(),
          since: z
            .string()
            .meta({ description: 'the day it was saved, from which it is in force' }),
          estimate: z
            .object({ cost: z.number(), return: z.number() })
            .nullable()
            .meta({ description: 'expected annual cost and return; null: cleared' }),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'EstimateHistory' });
