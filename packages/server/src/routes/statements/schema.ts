/** The statements API's schemas (zod): bodies, parameters and the presented statement. */
import { receiptSchema, statementDocumentSchema } from '@partnerfolio/core';
import { z } from 'zod';
import { agreementParams, settleBody } from '../agreements/schema.js';

const date = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

export const statementParams = agreementParams.extend({
  number: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .meta({ description: 'the statement number' }),
});

export const recordStatementBody = settleBody.extend({
  supersedes: z
    .int()
    .min(1)
    .optional()
    .meta({ description: 'the disputed statement this one corrects' }),
});

export const responseBody = z.strictObject({
  party: z.string().min(1).max(200),
  decision: z.enum(['accept', 'dispute']),
  lines: z.array(z.int().min(0).max(100_000)).max(10_000).optional(),
  reason: z.string().max(10_000).optional(),
});

export const paymentBody = z.strictObject({
  transfer: z.int().min(0).max(100_000),
  date,
  reference: z.string().trim().min(1).max(500),
});

export const statementSchema = z
  .object({
    id: z.string(),
    agreement: z.string(),
    number: z.int(),
    status: z.enum(['open', 'disputed', 'final', 'superseded']),
    supersededBy: z.int().nullable(),
    awaiting: z.array(z.string()).readonly(),
    document: statementDocumentSchema,
    signature: z.string(),
    responses: z
      .array(
        z.object({
          party: z.string(),
          decision: z.enum(['accept', 'dispute']),
          lines: z.array(z.int()).readonly(),
          reason: z.string(),
          at: z.string(),
        }),
      )
      .readonly(),
    payments: z
      .array(
        z.object({ transfer: z.int(), date: z.string(), reference: z.string(), at: z.string() }),
      )
      .readonly(),
  })
  .meta({ id: 'Statement' });

export const receiptOut = receiptSchema.meta({ id: 'StatementReceipt' });
