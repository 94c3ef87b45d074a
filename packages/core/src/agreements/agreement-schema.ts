/**
 * An agreement: who the parties are, how long it runs, and its terms. Only the money
 * terms are settled; the richer fields (IP, resources, market, exit) are recorded and
 * checked for shape and party names so that one file can describe the whole deal.
 */
import { z } from 'zod';
import { isIsoDate } from './dates.js';
import { cmp, ONE } from './exact.js';
import { formatExact } from './money.js';
import {
  dateSchema,
  nameSchema,
  nonNegativeAmountSchema,
  partySchema,
  shareSchema,
  shareSum,
} from './schema-parts.js';
import { termSchema } from './terms-schema.js';

export const AGREEMENT_TYPES = [
  'joint-rnd',
  'resource-sharing',
  'market-cooperation',
  'consortium',
] as const;

export const CONTRIBUTION_KINDS = ['data', 'compute', 'talent', 'other'] as const;

const ipSchema = z
  .strictObject({
    /** Who owns what the agreement produces, as shares adding up to 1. */
    foreground: z.record(partySchema, shareSchema).optional(),
    /** What each party brings in and keeps. */
    background: z.record(partySchema, z.string()).optional(),
    publication: z.string().optional(),
    licensing: z.string().optional(),
  })
  .superRefine((ip, ctx) => {
    if (ip.foreground === undefined) return;
    const total = shareSum(ip.foreground);
    if (total === undefined || cmp(total, ONE) === 0) return;
    ctx.addIssue({
      code: 'custom',
      path: ['foreground'],
      message: `the ownership shares add up to ${formatExact(total)}, not 1; make them add up to 1`,
      params: { code: 'shares_not_one' },
    });
  });

const resourcesSchema = z.strictObject({
  contributions: z
    .array(
      z.strictObject({
        party: partySchema,
        kind: z.enum(CONTRIBUTION_KINDS),
        description: z.string(),
        quantity: z.union([z.number(), z.string()]).optional(),
      }),
    )
    .optional(),
  accessRules: z.string().optional(),
  dataGovernance: z.string().optional(),
});

export const agreementSchema = z
  .strictObject({
    id: nameSchema('an agreement id'),
    title: z.string().optional(),
    type: z.enum(AGREEMENT_TYPES),
    parties: z.array(partySchema).min(2).meta({ description: 'at least two parties' }),
    start: dateSchema,
    end: dateSchema,
    noticeDays: z
      .int({ error: (issue) => `must be a whole number of days (found ${String(issue.input)})` })
      .min(0)
      .optional(),
    /** Only a label on reports (ISO 4217, e.g. EUR): all amounts are in this currency. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'write a three-letter currency code such as EUR or USD' })
      .optional(),
    renewal: z
      .strictObject({
        automatic: z.boolean(),
        periodMonths: z.int().positive().optional(),
      })
      .optional(),
    ip: ipSchema.optional(),
    resources: resourcesSchema.optional(),
    market: z
      .strictObject({ channels: z.array(z.string()), territory: z.string().optional() })
      .optional(),
    exit: z
      .strictObject({
        ipDisposition: z.string().optional(),
        data: z.enum(['return', 'delete']).optional(),
        finalSettlement: z.boolean().optional(),
        /** What `us` writes off on leaving (unrecovered set-up, prepaid work): part of the exit cost. */
        writeOff: nonNegativeAmountSchema.optional(),
        /** What returning or deleting the shared data costs `us`: part of the exit cost. */
        dataReturnCost: nonNegativeAmountSchema.optional(),
      })
      .optional(),
    terms: z.array(termSchema).default([]),
  })
  .superRefine((agreement, ctx) => {
    // An invalid date has its own issue (which does not stop this refinement from running).
    const { start, end } = agreement;
    if (!isIsoDate(start) || !isIsoDate(end) || end >= start) return;
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `the agreement ends (${agreement.end}) before it starts (${agreement.start})`,
      params: { code: 'end_before_start', values: { start: agreement.start, end: agreement.end } },
    });
  })
  .meta({ description: 'a Partnerfolio agreement' });

export type Agreement = z.output<typeof agreementSchema>;
/** An agreement as written (before defaults, e.g. without `terms`). */
export type AgreementInput = z.input<typeof agreementSchema>;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];
