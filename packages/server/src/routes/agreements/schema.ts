/** The agreements API's bodies, parameters and queries (zod); the answers' schemas are the presenters'. */
import { z } from 'zod';
import { fairShareQuerySchema } from '../../engine/fair-shares.js';
import { agreementDocumentSchema as documentSchema } from '../../presenters/agreement.js';
import {
  OBLIGATION_STATES,
  obligationChangeSchema,
  obligationInputSchema,
} from '../../store/agreements/obligations.js';
import { AGREEMENT_STATUSES } from '../../store/agreements/present.js';
import { fairShareSchema } from '../../store/agreements/writes.js';
import { slugParam, versionSchema } from '../shared-schema.js';

export const agreementQuery = z.object({
  partner: z.string().max(200).optional(),
  status: z.enum(AGREEMENT_STATUSES).optional(),
});
export const agreementParams = slugParam.extend({
  id: z.string().min(1).max(200).meta({ description: "the agreement's id or its code" }),
});
export const createAgreementBody = z.strictObject({
  document: documentSchema,
  status: z.enum(AGREEMENT_STATUSES).optional(),
  fairShare: fairShareSchema.nullable().optional(),
});
export const patchAgreementBody = createAgreementBody
  .partial()
  .extend({ version: versionSchema.optional() });

export const obligationParams = slugParam.extend({ id: z.string().min(1).max(100) });
export const obligationQuery = z.object({
  agreement: z.string().max(200).optional(),
  owner: z.string().max(200).optional(),
  state: z.enum(OBLIGATION_STATES).optional(),
});
export const createObligationBody = obligationInputSchema;
export const changeObligationBody = obligationChangeSchema.extend({
  version: versionSchema.optional(),
});

export const ledgerEventBody = z.record(z.string(), z.unknown()).meta({
  description:
    'one event: { date, kind: revenue, source, amount } | { date, kind: cost, pool, amount, paidBy } | { date, kind: usage, pool, party, quantity } | { date, kind: milestone, id }; a correction is a new event (negative amount, `corrects`, `note`)',
});

export const settleBody = z.strictObject({
  from: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
  to: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
});
export const fairShareBody = fairShareQuerySchema;
export const airportBody = z.strictObject({
  costs: z.record(z.string().min(1).max(200), z.number()),
});
