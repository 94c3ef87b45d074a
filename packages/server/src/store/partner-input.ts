import { z } from 'zod';
import { PARTNER_STATUSES } from './partner-status.js';
import {
  contactSchema,
  keySchema,
  partnerKindSchema,
  scoresSchema,
  storedDistributionSchema,
  usesSchema,
} from './validation.js';

/** The fields of a partner that can be edited (everything but its key and its status). */
const editable = {
  name: z.string().min(1).max(500).optional(),
  kind: partnerKindSchema.optional(),
  domains: z.array(z.string().min(1)).optional(),
  offers: z.array(z.string().min(1)).optional(),
  contacts: z.array(contactSchema).optional(),
  uses: usesSchema.optional(),
  /** null clears it. */
  alpha: z.number().nullable().optional(),
  beta: z.number().nullable().optional(),
  notes: z.string().optional(),
  /** A spec distribution (number or one form); null clears the estimate. */
  cost: storedDistributionSchema.nullable().optional(),
  return: storedDistributionSchema.nullable().optional(),
  /** Scores recorded as the workspace's own assessment (assessor `spec`). */
  scores: scoresSchema.optional(),
};

export const partnerInputSchema = z.strictObject({
  ...editable,
  id: keySchema,
  kind: partnerKindSchema,
  status: z.enum(PARTNER_STATUSES).optional(),
});

export const partnerPatchSchema = z.strictObject(editable);

export type PartnerInput = z.input<typeof partnerInputSchema>;
export type PartnerPatch = z.input<typeof partnerPatchSchema>;
export type ValidPartnerPatch = z.output<typeof partnerPatchSchema>;
