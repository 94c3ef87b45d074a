import { NORMALIZATIONS, PREFERENCE_TYPES } from '@partnerfolio/core';
import { z } from 'zod';
import { criterionSchema, normalizationSchema, weightingSchema } from '../../store/validation.js';
import { queryInt, slugParam, versionSchema } from '../shared-schema.js';

const matrixOut = z.array(z.array(z.number()));

export const criteriaSetSchema = z
  .object({
    version: z.int().meta({ description: '0: no criteria saved yet' }),
    criteria: z.array(
      z.object({
        id: z.string(),
        name: z.string().optional(),
        kind: z.enum(['benefit', 'cost']),
        weight: z.number().optional(),
        preference: z
          .object({
            type: z.enum(PREFERENCE_TYPES),
            q: z.number().optional(),
            p: z.number().optional(),
            s: z.number().optional(),
          })
          .optional(),
      }),
    ),
    weighting: z.union([
      z.object({
        method: z.literal('direct'),
        assessors: z
          .array(z.record(z.string(), z.number()))
          .optional()
          .meta({ description: 'one set of weights per assessor; the criteria weigh their mean' }),
      }),
      z.object({
        method: z.literal('ahp'),
        matrix: matrixOut.optional(),
        matrices: z.array(matrixOut).optional(),
      }),
      z.object({
        method: z.literal('smaa'),
        order: z.array(z.string()).optional(),
        ranges: z
          .record(z.string(), z.array(z.number()))
          .optional()
          .meta({ description: 'criterion id → [low, high]' }),
      }),
    ]),
    normalization: z.enum(NORMALIZATIONS),
    createdAt: z.string().nullable(),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'CriteriaSet' });

export const saveCriteriaBody = z.object({
  criteria: z.array(criterionSchema),
  weighting: weightingSchema.optional(),
  normalization: normalizationSchema.optional(),
  version: versionSchema
    .optional()
    .meta({ description: 'the current version you edited (0 if none)' }),
});

export const criteriaVersionsSchema = z.array(
  z.object({ version: z.int(), createdAt: z.string(), createdBy: z.string().nullable() }),
);

export const criteriaVersionParams = slugParam.extend({
  version: queryInt(0, Number.MAX_SAFE_INTEGER),
});
