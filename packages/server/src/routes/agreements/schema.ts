import { AGREEMENT_TYPES } from '@partnerfolio/core';
import { z } from 'zod';
import { fairShareQuerySchema } from '../../engine/fair-shares.js';
import { messageSchema } from '../../http/message-schema.js';
import {
  OBLIGATION_STATES,
  obligationChangeSchema,
  obligationInputSchema,
} from '../../store/agreements/obligations.js';
import { AGREEMENT_STATUSES } from '../../store/agreements/present.js';
import { fairShareSchema } from '../../store/agreements/writes.js';
import { slugParam, versionSchema } from '../shared-schema.js';

const documentSchema = z.record(z.string(), z.unknown()).meta({
  description:
    "the agreement's terms as in an agreement file's `agreement:` (id, type, parties, start, end, noticeDays, ip, resources, market, exit, terms); see docs/agreements.md",
});

export const agreementSchema = z
  .object({
    id: z.string(),
    code: z.string().meta({ description: "the agreement's id in its document" }),
    type: z.enum(AGREEMENT_TYPES),
    title: z.string(),
    status: z.enum(AGREEMENT_STATUSES),
    start: z.string(),
    end: z.string().nullable(),
    parties: z.array(z.object({ party: z.string(), partner: z.string().nullable() })).readonly(),
    document: documentSchema,
    fairShare: fairShareSchema.nullable(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Agreement' });

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

export const obligationSchema = z
  .object({
    id: z.string(),
    agreementId: z.string(),
    agreement: z.string(),
    kind: z.enum(['obligation', 'milestone']),
    title: z.string(),
    owner: z.string(),
    dueDate: z.string(),
    state: z.enum(OBLIGATION_STATES),
    evidence: z.string(),
    resolvedAt: z.string().nullable(),
    milestoneId: z.string().nullable(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Obligation' });
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

export const ledgerEntrySchema = z
  .object({
    seq: z.int(),
    agreementId: z.string().nullable(),
    kind: z.string(),
    eventDate: z.string(),
    event: z.record(z.string(), z.unknown()),
    author: z.string().nullable(),
    at: z.string(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'LedgerEntry' });

export const ledgerEventBody = z.record(z.string(), z.unknown()).meta({
  description:
    'one event: { date, kind: revenue, source, amount } | { date, kind: cost, pool, amount, paidBy } | { date, kind: usage, pool, party, quantity } | { date, kind: milestone, id }; a correction is a new event (negative amount, `corrects`, `note`)',
});

export const settleBody = z.strictObject({
  from: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
  to: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
});
export const settlementSchema = z
  .object({
    agreement: z.string(),
    currency: z.string().optional(),
    period: z.object({ from: z.string(), to: z.string() }),
    events: z.int().meta({ description: 'events dated in the period' }),
    entries: z.int().meta({ description: 'ledger entries read (money events up to `to`)' }),
    balances: z.record(z.string(), z.number()),
    transfers: z
      .array(z.object({ from: z.string(), to: z.string(), amount: z.number() }))
      .readonly(),
    lines: z
      .array(
        z.object({
          term: z.string(),
          kind: z.string(),
          party: z.string(),
          amount: z.number(),
          explain: z.string(),
          /** The explanation as a code with its values (`explain` is its English). */
          because: messageSchema,
        }),
      )
      .readonly(),
  })
  .meta({ id: 'Settlement' });

export const fairShareBody = fairShareQuerySchema;
export const fairSharesSchema = z
  .object({
    type: z.enum(['profit', 'cost']),
    total: z.number(),
    exact: z.boolean(),
    samples: z.int().optional(),
    players: z.array(z.string()).readonly(),
    fixedSplitSource: z.enum(['request', 'stored', 'ip.foreground', 'none']),
    values: z.record(z.string(), z.number()),
    rows: z
      .array(
        z.object({
          player: z.string(),
          shapley: z.number(),
          ci: z.tuple([z.number(), z.number()]).readonly().optional(),
          fraction: z.number().optional(),
          fixed: z.number().optional(),
          difference: z.number().optional(),
        }),
      )
      .readonly(),
    core: z.object({
      nonEmpty: z.boolean().nullable(),
      shapleyInCore: z.boolean().nullable(),
      fixedInCore: z.boolean().nullable(),
      method: z.string(),
      reason: z.string().optional(),
      /** `reason` as a code with its values. */
      because: messageSchema.optional(),
    }),
  })
  .meta({ id: 'FairShares' });

export const airportBody = z.strictObject({
  costs: z.record(z.string().min(1).max(200), z.number()),
});
export const airportSchema = z
  .object({ shares: z.record(z.string(), z.number()), total: z.number() })
  .meta({ id: 'AirportSplit' });
