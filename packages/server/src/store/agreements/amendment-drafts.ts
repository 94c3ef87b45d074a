/**
 * Draft amendments: a review's `renegotiate` or `adjust` decision opens one on each running
 * agreement with the partner (the terms in force, unchanged); the people responsible edit
 * its terms and effective date, then propose it (it joins the accept flow of amendments.ts)
 * or discard it. A draft is the team's own: partner users never see one (routes).
 */
import { addDays, isIsoDate, type TermsVersion } from '@partnerfolio/core';
import type { Db } from '../../db/connect.js';
import { appendAudit } from '../audit.js';
import { canonicalJson } from '../canonical-json.js';
import { invalid, notFound, StoreError } from '../errors.js';
import { now, type Trx, writeTransaction } from '../tx.js';
import {
  type Amendment,
  checkAmended,
  checkSameAgreement,
  listAmendments,
  nextVersion,
  parseAmended,
  termsVersions,
} from './amendments.js';
import { type Agreement, readAgreement } from './present.js';

/**
 * Opens a draft on `agreement`: the terms in force, from the day after the review (or
 * after the terms in force). An agreement with an amendment already pending, or ending
 * before then, gets none (null).
 */
export async function openDraftAmendmentIn(
  trx: Trx,
  workspaceId: string,
  agreement: Agreement,
  options: { readonly reviewId: string; readonly from: string; readonly actor: string | null },
): Promise<Amendment | null> {
  const existing = await listAmendments(trx, agreement);
  if (existing.some((a) => a.status !== 'accepted')) return null;
  const versions = await termsVersions(trx, agreement);
  const latest = versions[versions.length - 1] as TermsVersion;
  const afterLatest = addDays(latest.effectiveFrom, 1);
  // ISO dates: the later one sorts last.
  const effectiveFrom = [options.from, afterLatest].sort()[1] ?? afterLatest;
  if (agreement.end !== null && effectiveFrom > agreement.end) return null;
  const version = nextVersion(latest, existing);
  const at = now(trx);
  await trx
    .insertInto('agreement_amendments')
    .values({
      agreement_id: agreement.id,
      version,
      effective_from: effectiveFrom,
      document: canonicalJson(latest.agreement),
      diff: canonicalJson([]),
      accepted_at: null,
      proposed_by: options.actor,
      created_at: at,
      drafted: 1,
      draft_review: options.reviewId,
    })
    .execute();
  await appendAudit(trx, {
    workspaceId,
    actor: options.actor,
    action: 'agreement.amendment.draft',
    entity: 'agreement',
    entityId: agreement.code,
    before: null,
    after: { version, effectiveFrom, review: options.reviewId },
    at,
  });
  return (await listAmendments(trx, agreement)).find((a) => a.version === version) ?? null;
}

/** The draft `version` of `agreement`: 404 when there is none, 409 when it is no longer a draft. */
async function readDraft(trx: Trx, agreement: Agreement, version: number): Promise<Amendment> {
  const draft = (await listAmendments(trx, agreement)).find((a) => a.version === version);
  if (draft === undefined) throw notFound(`amendment ${version} of agreement "${agreement.code}"`);
  if (draft.status !== 'draft') {
    throw new StoreError(
      'conflict',
      `amendment ${version} is ${draft.status}: only a draft is edited`,
    );
  }
  return draft;
}

export interface DraftPatch {
  readonly document?: unknown;
  readonly effectiveFrom?: string | undefined;
  /** Open it to acceptance (it must change something). */
  readonly propose?: boolean | undefined;
}

/** Edits a draft amendment's terms or date, and with `propose` opens it to every party's acceptance. */
export async function editDraftAmendment(
  db: Db,
  workspaceId: string,
  code: string,
  version: number,
  patch: DraftPatch,
  actor: string | null,
): Promise<Amendment> {
  return writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, code, true);
    const draft = await readDraft(trx, agreement, version);
    const document = patch.document === undefined ? draft.document : parseAmended(patch.document);
    checkSameAgreement(agreement, document);
    const effectiveFrom = patch.effectiveFrom ?? draft.effectiveFrom;
    if (!isIsoDate(effectiveFrom)) {
      throw invalid(['effectiveFrom'], 'expected a date as YYYY-MM-DD', 'invalid_date');
    }
    const { diff } = await checkAmended(trx, agreement, document, effectiveFrom);
    if (patch.propose === true && diff.length === 0) {
      throw invalid(
        ['document'],
        'the amendment changes nothing: edit the terms before proposing it',
        'no_change',
      );
    }
    const at = now(trx);
    await trx
      .updateTable('agreement_amendments')
      .set({
        document: canonicalJson(document),
        effective_from: effectiveFrom,
        diff: canonicalJson(diff),
        drafted: patch.propose === true ? 0 : 1,
      })
      .where('agreement_id', '=', agreement.id)
      .where('version', '=', version)
      .execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: patch.propose === true ? 'agreement.amend' : 'agreement.amendment.edit',
      entity: 'agreement',
      entityId: agreement.code,
      before: { version, effectiveFrom: draft.effectiveFrom, diff: draft.diff },
      after: { version, effectiveFrom, diff },
      at,
    });
    return (await listAmendments(trx, agreement)).find((a) => a.version === version) as Amendment;
  });
}

/**
 * Discards a draft amendment: the terms in force stay as they are and the version number
 * is free again; the audit trail keeps what the draft was and which review opened it.
 */
export async function discardDraftAmendment(
  db: Db,
  workspaceId: string,
  code: string,
  version: number,
  actor: string | null,
): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, code, true);
    const draft = await readDraft(trx, agreement, version);
    await trx
      .deleteFrom('agreement_amendments')
      .where('agreement_id', '=', agreement.id)
      .where('version', '=', version)
      .execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'agreement.amendment.discard',
      entity: 'agreement',
      entityId: agreement.code,
      before: {
        version,
        effectiveFrom: draft.effectiveFrom,
        diff: draft.diff,
        review: draft.review,
      },
      after: null,
      at: now(trx),
    });
  });
}
