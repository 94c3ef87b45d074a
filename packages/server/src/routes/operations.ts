/** The running-partnerships summary for the dashboard. */
import { z } from 'zod';
import { access } from '../auth/policies.js';
import { workspaceOf } from '../auth/principal.js';
import type { RoutePlugin } from '../http/context.js';
import { messageSchema } from '../http/message-schema.js';
import { operationsSummary } from '../store/operations.js';
import { obligationSchema } from './agreements/schema.js';
import { slugParam } from './shared-schema.js';

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
const summarySchema = z
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
      firstBad: z.object({ seq: z.int(), reason: z.string(), because: messageSchema }).optional(),
      lastRecordedAt: z.string().nullable(),
    }),
    agreements: z.record(z.string(), z.int()),
  })
  .meta({ id: 'OperationsSummary' });

export const operationsRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/workspaces/:slug/operations',
    {
      config: { access: access.workspace('agreements', 'read') },
      schema: {
        summary:
          'Obligations due and overdue, reviews due, payments owed and overdue on final statements, falling trust or net, the ledger’s state',
        tags: ['agreements'],
        params: slugParam,
        response: { 200: summarySchema },
      },
    },
    async (request) => {
      const summary = await operationsSummary(db, workspaceOf(request).id);
      const { ledger } = summary;
      return {
        ...summary,
        ledger: ledger.intact
          ? { intact: true, entries: ledger.entries, lastRecordedAt: ledger.lastRecordedAt }
          : {
              intact: false,
              entries: ledger.entries,
              firstBad: {
                seq: ledger.firstBad.seq,
                reason: ledger.firstBad.reason,
                because: ledger.firstBad.because,
              },
              lastRecordedAt: ledger.lastRecordedAt,
            },
      };
    },
  );
};
