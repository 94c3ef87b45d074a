import { PARTNER_KINDS } from '@partnerfolio/core';
import { z } from 'zod';
import { partnerInputSchema, partnerPatchSchema } from '../../store/partner-input.js';
import { PARTNER_SORTS } from '../../store/partner-list.js';
import { PARTNER_STATUSES } from '../../store/partner-status.js';
import { keySchema } from '../../store/validation.js';
import {
  distributionOut,
  listQuery,
  pageQuery,
  slugParam,
  versionSchema,
} from '../shared-schema.js';

export const partnerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(PARTNER_KINDS),
    status: z.enum(PARTNER_STATUSES),
    domains: z.array(z.string()),
    offers: z.array(z.string()),
    contacts: z.array(
      z.object({
        name: z.string(),
        email: z.string().optional(),
        phone: z.string().optional(),
        role: z.string().optional(),
      }),
    ),
    uses: z.record(z.string(), z.number()),
    alpha: z.number().optional(),
    beta: z.number().optional(),
    notes: z.string(),
    cost: distributionOut.nullable(),
    return: distributionOut.nullable(),
    scores: z.record(z.string(), z.number()).meta({
      description: 'the combined (mean over assessors) score per criterion',
    }),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Partner' });

export const partnerPage = z.object({
  items: z.array(partnerSchema),
  total: z.int().meta({ description: 'how many partners match, over all pages' }),
  limit: z.int(),
  offset: z.int(),
});

export const partnerListQuery = z.object({
  ...pageQuery,
  q: z.string().max(200).optional().meta({ description: 'part of the id or name' }),
  kind: listQuery(PARTNER_KINDS).meta({ description: 'comma-separated kinds' }),
  status: listQuery(PARTNER_STATUSES).meta({ description: 'comma-separated statuses' }),
  domain: z.string().max(200).optional(),
  offer: z.string().max(200).optional(),
  sort: z
    .enum(PARTNER_SORTS)
    .default('name')
    .meta({ description: 'a field; `-field` for descending' }),
});

export const partnerParams = slugParam.extend({ id: keySchema });

export const createPartnerBody = partnerInputSchema;

export const patchPartnerBody = partnerPatchSchema.extend({ version: versionSchema.optional() });

export const statusBody = z.strictObject({
  to: z.enum(PARTNER_STATUSES),
  version: versionSchema.optional(),
});
