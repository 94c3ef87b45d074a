/**
 * The running-partnerships summary as the dashboard reads it: obligations as every
 * obligation answer shows them, the ledger's state with its first bad entry as a message.
 */
import { z } from 'zod';
import type { OperationsSummary, PartnerSignal } from '../store/operations.js';
import { obligationSchema, presentObligation } from './agreement.js';
import { firstBadSchema, presentLedgerVerification } from './ledger.js';

const signal = z.object({
  partner: z.string(),
  name: z.string(),
  detail: z.string(),
  value: z.number(),
});
const transferOwed = z.object({
  agreement: z.string(),
  statement: z.int(),
  transfer: z.int(),
  from: z.string(),
  to: z.string(),
  amount: z.number(),
  dueOn: z.string(),
  daysOverdue: z.int(),
});
export const operationsSummarySchema = z
  .object({
    today: z.string(),
    obligations: z.object({
      overdue: z.array(obligationSchema.extend({ daysOverdue: z.int() })).readonly(),
      dueSoon: z.array(obligationSchema.extend({ daysLeft: z.int() })).readonly(),
    }),
    reviewsDue: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          dueDate: z.string(),
          daysLeft: z.int(),
          overdue: z.boolean(),
        }),
      )
      .readonly(),
    payments: z
      .object({
        owed: z.array(transferOwed).readonly(),
        overdue: z.array(transferOwed).readonly(),
      })
      .meta({
        description:
          'unpaid transfers of final statements (every party accepted); due 30 days after the last acceptance',
      }),
    trustFalling: z.array(signal).readonly(),
    netFalling: z.array(signal).readonly(),
    ledger: z.object({
      intact: z.boolean(),
      entries: z.int(),
      firstBad: firstBadSchema.optional(),
      lastRecordedAt: z.string().nullable(),
    }),
    agreements: z.record(z.string(), z.int()),
  })
  .meta({ id: 'OperationsSummary' });

type Summary = z.output<typeof operationsSummarySchema>;

const presentSignal = (s: PartnerSignal) => ({
  partner: s.partner,
  name: s.name,
  detail: s.detail,
  value: s.value,
});

export function presentOperationsSummary(s: OperationsSummary): Summary {
  return {
    today: s.today,
    obligations: {
      overdue: s.obligations.overdue.map((o) => ({
        ...presentObligation(o),
        daysOverdue: o.daysOverdue,
      })),
      dueSoon: s.obligations.dueSoon.map((o) => ({
        ...presentObligation(o),
        daysLeft: o.daysLeft,
      })),
    },
    reviewsDue: s.reviewsDue.map((r) => ({
      id: r.id,
      name: r.name,
      dueDate: r.dueDate,
      daysLeft: r.daysLeft,
      overdue: r.overdue,
    })),
    payments: {
      owed: s.payments.owed.map((t) => ({ ...t })),
      overdue: s.payments.overdue.map((t) => ({ ...t })),
    },
    trustFalling: s.trustFalling.map(presentSignal),
    netFalling: s.netFalling.map(presentSignal),
    ledger: { ...presentLedgerVerification(s.ledger), lastRecordedAt: s.ledger.lastRecordedAt },
    agreements: { ...s.agreements },
  };
}
