/** The statements API's bodies and parameters (zod); the answers' schemas are the presenters'. */
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
