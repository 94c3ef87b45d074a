/**
 * Agreements: create, change (terms, status, fair-share table) and list. The terms are
 * core's agreement document, validated by core; the store adds what only the workspace
 * knows: every party is `us` or a partner of the workspace.
 */
import {
  type Agreement as AgreementDocument,
  type Issue,
  validateAgreement,
} from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../../db/connect.js';
import { appendAudit } from '../audit.js';
import { canonicalJson } from '../canonical-json.js';
import { invalid, StoreError } from '../errors.js';
import { newId, now, type Trx, writeTransaction } from '../tx.js';
import { keySchema, parseOrThrow } from '../validation.js';
import {
  AGREEMENT_STATUSES,
  type Agreement,
  type AgreementStatus,
  readAgreement,
  US,
} from './present.js';

export const fairShareSchema = z.strictObject({
  /** Coalition values as in game files: members in party order joined by commas (`us,univ-a`), "" for none. */
  values: z.record(z.string().max(10_000), z.number()),
  fixedSplit: z.record(keySchema, z.number().min(0).max(1)).optional(),
});

export const agreementInputSchema = z.strictObject({
  document: z.unknown(),
  status: z.enum(AGREEMENT_STATUSES).optional(),
  fairShare: fairShareSchema.nullable().optional(),
});
export const agreementPatchSchema = agreementInputSchema.partial();
export type AgreementInput = z.input<typeof agreementInputSchema>;
export type AgreementPatch = z.input<typeof agreementPatchSchema>;

const NEXT_STATUS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  draft: ['active', 'terminated'],
  active: ['ended', 'terminated'],
  ended: [],
  terminated: [],
};

function checkDocument(value: unknown): AgreementDocument {
  const result = validateAgreement(value);
  if (!result.ok) {
    throw new StoreError('invalid', `the agreement is not valid: ${result.issues[0]?.message}`, {
      issues: result.issues.map((i): Issue => ({ ...i, path: ['document', ...i.path] })),
    });
  }
  return result.value;
}

/** Each party's partner row id (null for `us`); a party that is neither is an issue. */
async function resolveParties(
  trx: Trx,
  workspaceId: string,
  doc: AgreementDocument,
): Promise<(string | null)[]> {
  const others = doc.parties.filter((p) => p !== US);
  const rows =
    others.length === 0
      ? []
      : await trx
          .selectFrom('partners')
          .select(['id', 'key'])
          .where('workspace_id', '=', workspaceId)
          .where('key', 'in', others)
          .execute();
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  return doc.parties.map((party, i) => {
    if (party === US) return null;
    const id = ids.get(party);
    if (id === undefined) {
      throw invalid(
        ['document', 'parties', i],
        `party "${party}" is neither "${US}" (your organisation) nor a partner of this workspace`,
        'unknown_partner',
      );
    }
    return id;
  });
}

async function writeParties(
  trx: Trx,
  workspaceId: string,
  agreementId: string,
  doc: AgreementDocument,
) {
  const partnerIds = await resolveParties(trx, workspaceId, doc);
  await trx.deleteFrom('agreement_parties').where('agreement_id', '=', agreementId).execute();
  await trx
    .insertInto('agreement_parties')
    .values(
      doc.parties.map((party, position) => ({
        agreement_id: agreementId,
        workspace_id: workspaceId,
        party,
        partner_id: partnerIds[position] ?? null,
        position,
      })),
    )
    .execute();
}

function checkFairShare(doc: AgreementDocument, fairShare: AgreementInput['fairShare']) {
  if (!fairShare?.fixedSplit) return;
  for (const key of Object.keys(fairShare.fixedSplit)) {
    if (!doc.parties.includes(key)) {
      throw invalid(['fairShare', 'fixedSplit', key], `"${key}" is not a party of the agreement`);
    }
  }
}

export async function createAgreement(
  db: Db,
  workspaceId: string,
  input: AgreementInput,
  actor: string | null,
): Promise<Agreement> {
  const valid = parseOrThrow(agreementInputSchema, input, 'the agreement');
  const doc = checkDocument(valid.document);
  checkFairShare(doc, valid.fairShare);
  return writeTransaction(db, async (trx) => {
    const clash = await trx
      .selectFrom('agreements')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('code', '=', doc.id)
      .executeTakeFirst();
    if (clash) {
      throw new StoreError(
        'duplicate',
        `there is already an agreement "${doc.id}" in this workspace`,
      );
    }
    const at = now(trx);
    const id = newId();
    await trx
      .insertInto('agreements')
      .values({
        id,
        workspace_id: workspaceId,
        code: doc.id,
        type: doc.type,
        title: doc.title ?? doc.id,
        status: valid.status ?? 'draft',
        start_date: doc.start,
        end_date: doc.end ?? null,
        document: JSON.stringify(doc),
        fair_share: valid.fairShare ? JSON.stringify(valid.fairShare) : null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await writeParties(trx, workspaceId, id, doc);
    const after = await readAgreement(trx, workspaceId, id);
    await auditAgreement(trx, workspaceId, actor, 'agreement.create', null, after, at);
    return after;
  });
}

export async function updateAgreement(
  db: Db,
  workspaceId: string,
  id: string,
  patch: AgreementPatch,
  expectedVersion: number,
  actor: string | null,
): Promise<Agreement> {
  const valid = parseOrThrow(agreementPatchSchema, patch, 'the change');
  return writeTransaction(db, async (trx) => {
    const before = await readAgreement(trx, workspaceId, id, true);
    if (before.version !== expectedVersion) {
      throw new StoreError(
        'conflict',
        `agreement "${before.code}" changed since version ${expectedVersion} (now ${before.version}); reload and retry`,
        { current: before },
      );
    }
    const doc = valid.document === undefined ? before.document : checkDocument(valid.document);
    if (doc.id !== before.code) {
      throw invalid(['document', 'id'], `an agreement's id cannot change (it is "${before.code}")`);
    }
    if (before.status !== 'draft' && moneyTerms(doc) !== moneyTerms(before.document)) {
      throw new StoreError(
        'conflict',
        `agreement "${before.code}" is ${before.status}: its terms, parties and currency change only through an amendment (POST .../amendments), which every party accepts`,
        {
          issues: [
            { code: 'terms_locked', path: ['document', 'terms'], message: 'use an amendment' },
          ],
        },
      );
    }
    const fairShare = valid.fairShare === undefined ? before.fairShare : valid.fairShare;
    checkFairShare(doc, fairShare);
    const status = valid.status ?? before.status;
    if (status !== before.status && !NEXT_STATUS[before.status].includes(status)) {
      throw new StoreError(
        'invalid_transition',
        `an agreement cannot go from ${before.status} to ${status}`,
        { allowed: NEXT_STATUS[before.status] },
      );
    }
    const at = now(trx);
    await trx
      .updateTable('agreements')
      .set({
        type: doc.type,
        title: doc.title ?? doc.id,
        status,
        start_date: doc.start,
        end_date: doc.end ?? null,
        document: JSON.stringify(doc),
        fair_share: fairShare === null ? null : JSON.stringify(fairShare),
        version: before.version + 1,
        updated_at: at,
      })
      .where('id', '=', before.id)
      .execute();
    if (valid.document !== undefined) await writeParties(trx, workspaceId, before.id, doc);
    const after = await readAgreement(trx, workspaceId, before.id);
    await auditAgreement(trx, workspaceId, actor, 'agreement.update', before, after, at);
    return after;
  });
}

/** What settles money: edited in place only while the agreement is a draft. */
const moneyTerms = (doc: AgreementDocument): string =>
  canonicalJson({ terms: doc.terms, parties: doc.parties, currency: doc.currency ?? null });

export function auditAgreement(
  trx: Trx,
  workspaceId: string,
  actor: string | null,
  action: string,
  before: Agreement | null,
  after: Agreement | null,
  at: string,
) {
  return appendAudit(trx, {
    workspaceId,
    actor,
    action,
    entity: 'agreement',
    entityId: (after ?? before)?.code ?? '',
    before,
    after,
    at,
  });
}
