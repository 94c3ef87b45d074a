/**
 * Ledger events: what happened, dated. The ledger is append-only: a mistake is fixed by
 * a new event (a negative amount, with `corrects` naming the `ref` it fixes), never by
 * editing an old one, so that a settled period can always be settled again the same way.
 */
import { z } from 'zod';
import { amountSchema, dateSchema, nameSchema, partySchema } from './schema-parts.js';

const common = {
  date: dateSchema,
  /** The event's own reference (an invoice number, say), for `corrects`. */
  ref: nameSchema('a reference').optional(),
  /** The `ref` of an earlier event this one corrects. */
  corrects: nameSchema('a reference').optional(),
  note: z.string().optional(),
};

export const LEDGER_EVENT_KINDS = ['revenue', 'cost', 'usage', 'milestone'] as const;

export const ledgerEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('revenue'),
    ...common,
    source: nameSchema('a revenue source'),
    amount: amountSchema,
  }),
  z.strictObject({
    kind: z.literal('cost'),
    ...common,
    pool: nameSchema('a cost pool'),
    amount: amountSchema,
    paidBy: partySchema,
  }),
  z.strictObject({
    kind: z.literal('usage'),
    ...common,
    pool: nameSchema('a cost pool'),
    party: partySchema,
    /** Units of use (GPU hours, say); negative only to correct an earlier event. */
    quantity: z.number(),
  }),
  z.strictObject({
    kind: z.literal('milestone'),
    ...common,
    id: nameSchema('a milestone id'),
  }),
]);

export type LedgerEvent = z.output<typeof ledgerEventSchema>;
export type LedgerEventKind = LedgerEvent['kind'];
