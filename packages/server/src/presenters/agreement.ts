/**
 * How agreements, their obligations, amendments and ledger entries appear in answers.
 * Each schema here is the answer's OpenAPI schema and each presenter returns exactly its
 * output: the store's records are copied field by field, so a column added to the store
 * (the workspace's id on a ledger entry, say) is published only on purpose, and read-only
 * arrays become plain JSON.
 */
import { AGREEMENT_TYPES } from '@partnerfolio/core';
import { z } from 'zod';
import type { Amendment } from '../store/agreements/amendments.js';
import { OBLIGATION_STATES, type Obligation } from '../store/agreements/obligations.js';
import { AGREEMENT_STATUSES, type Agreement } from '../store/agreements/present.js';
import { fairShareSchema } from '../store/agreements/writes.js';
import type { LedgerEntry } from '../store/ledger.js';

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
export { documentSchema as agreementDocumentSchema };

export const presentAgreement = (a: Agreement): z.output<typeof agreementSchema> => ({
  id: a.id,
  code: a.code,
  type: a.type,
  title: a.title,
  status: a.status,
  start: a.start,
  end: a.end,
  parties: a.parties.map((p) => ({ party: p.party, partner: p.partner })),
  document: { ...a.document },
  fairShare:
    a.fairShare === null
      ? null
      : {
          values: { ...a.fairShare.values },
          ...(a.fairShare.fixedSplit === undefined
            ? {}
            : { fixedSplit: { ...a.fairShare.fixedSplit } }),
        },
  version: a.version,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
});

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

export const presentObligation = (o: Obligation): z.output<typeof obligationSchema> => ({
  id: o.id,
  agreementId: o.agreementId,
  agreement: o.agreement,
  kind: o.kind,
  title: o.title,
  owner: o.owner,
  dueDate: o.dueDate,
  state: o.state,
  evidence: o.evidence,
  resolvedAt: o.resolvedAt,
  milestoneId: o.milestoneId,
  version: o.version,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
});

export const amendmentSchema = z
  .object({
    version: z.int(),
    effectiveFrom: z.string(),
    status: z.enum(['draft', 'proposed', 'accepted']),
    review: z.string().nullable().meta({ description: 'the review that opened it as a draft' }),
    document: z.object({}).loose(),
    diff: z
      .array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() }))
      .readonly(),
    accepted: z.array(z.string()).readonly(),
    awaiting: z.array(z.string()).readonly(),
    acceptedAt: z.string().nullable(),
    openedBy: z.string().nullable().meta({ description: 'who proposed it or opened the draft' }),
    origin: z
      .object({
        review: z.string(),
        partner: z.string(),
        decision: z.string(),
        periodStart: z.string(),
        periodEnd: z.string(),
      })
      .nullable()
      .meta({ description: 'the review that opened it as a draft, for the team only' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Amendment' });

export const presentAmendment = (a: Amendment): z.output<typeof amendmentSchema> => ({
  version: a.version,
  effectiveFrom: a.effectiveFrom,
  status: a.status,
  review: a.review,
  document: { ...a.document },
  diff: a.diff.map((d) => ({ path: d.path, before: d.before, after: d.after })),
  accepted: [...a.accepted],
  awaiting: [...a.awaiting],
  acceptedAt: a.acceptedAt,
  openedBy: a.openedBy,
  origin:
    a.origin === null
      ? null
      : {
          review: a.origin.review,
          partner: a.origin.partner,
          decision: a.origin.decision,
          periodStart: a.origin.periodStart,
          periodEnd: a.origin.periodEnd,
        },
  createdAt: a.createdAt,
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

/** Never the workspace's internal id, which the store keeps on each entry for its hash. */
export const presentLedgerEntry = (e: LedgerEntry): z.output<typeof ledgerEntrySchema> => ({
  seq: e.seq,
  agreementId: e.agreementId,
  kind: e.kind,
  eventDate: e.eventDate,
  event: { ...e.event },
  author: e.author,
  at: e.at,
  prevHash: e.prevHash,
  hash: e.hash,
});
