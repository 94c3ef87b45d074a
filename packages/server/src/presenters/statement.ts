/**
 * How settlement statements appear in answers: the statement record field by field, and
 * its receipt (statement, tree head, proofs) in its published shape.
 */
import { receiptSchema, statementDocumentSchema } from '@partnerfolio/core';
import { z } from 'zod';
import type { Statement } from '../store/statements/present.js';
import { presentAs } from './report.js';

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

export const receiptSchemaOut = receiptSchema.meta({ id: 'StatementReceipt' });

const presentDocument = presentAs(statementDocumentSchema);

export const presentStatement = (s: Statement): z.output<typeof statementSchema> => ({
  id: s.id,
  agreement: s.agreement,
  number: s.number,
  status: s.status,
  supersededBy: s.supersededBy,
  awaiting: [...s.awaiting],
  document: presentDocument(s.document),
  signature: s.signature,
  responses: s.responses.map((r) => ({
    party: r.party,
    decision: r.decision,
    lines: [...r.lines],
    reason: r.reason,
    at: r.at,
  })),
  payments: s.payments.map((p) => ({
    transfer: p.transfer,
    date: p.date,
    reference: p.reference,
    at: p.at,
  })),
});

export const presentReceipt = presentAs(receiptSchemaOut);
