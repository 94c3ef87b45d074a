/** The health check's and trust both ways' schemas (zod): bodies, parameters and answers. */
import { HEALTH_DIMENSIONS } from '@partnerfolio/core';
import { z } from 'zod';
import { healthRoundSchema, healthScoresSchema } from '../../store/health-checks.js';
import { agreementParams } from '../agreements/schema.js';

const dimensionScores = z.object(
  Object.fromEntries(HEALTH_DIMENSIONS.map((d) => [d, z.number().nullable()])) as Record<
    (typeof HEALTH_DIMENSIONS)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);
const side = z.object({
  respondents: z.int(),
  overall: z.number().nullable(),
  dimensions: dimensionScores.nullable(),
});

export const healthQuery = z.object({ round: healthRoundSchema.optional() });
export const healthBody = z.strictObject({
  round: healthRoundSchema.optional(),
  scores: healthScoresSchema,
});
export const healthCheckSchema = z
  .object({
    round: z.string(),
    rounds: z.array(z.string()).readonly(),
    mine: healthScoresSchema.nullable(),
    summary: z.object({
      minGroup: z.int(),
      sides: z.object({ us: side, partner: side }),
      overallGap: z.number().nullable(),
      gaps: dimensionScores.nullable(),
      overall: z.number().nullable(),
    }),
  })
  .meta({ id: 'HealthCheck' });

const figure = z.object({ score: z.number(), uncertainty: z.number(), counted: z.int() });
const verdict = z.object({
  party: z.string(),
  verdict: z.enum(['kept', 'broken']),
  date: z.string(),
  note: z.string(),
});
export const agreementTrustSchema = z
  .object({
    parties: z.array(z.object({ party: z.string(), ofThem: figure, ofUs: figure })).readonly(),
    ours: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          dueDate: z.string(),
          state: z.string(),
          verdicts: z.array(verdict).readonly(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'AgreementTrust' });

export const verdictParams = agreementParams.extend({
  obligation: z.string().min(1).max(200),
});
export const verdictBody = z.strictObject({
  party: z.string().min(1).max(200),
  verdict: z.enum(['kept', 'broken']),
  date: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
  note: z.string().max(2000).default(''),
});
