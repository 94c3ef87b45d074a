/**
 * Amendments: once an agreement is active its terms change only through a new terms
 * version, proposed with an effective date and a readable diff, and in force once every
 * party accepted it. Settlement then uses the terms in force on each event's date
 * (core's `settleAcrossVersions`), so a past period settles as it did.
 */
import {
  type Agreement as AgreementDocument,
  addDays,
  isIsoDate,
  type TermsVersion,
  validateAgreement,
} from '@partnerfolio/core';
import type { Db } from '../../db/connect.js';
import { appendAudit } from '../audit.js';
import { canonicalJson, parseJson } from '../canonical-json.js';
import { invalid, notFound, StoreError } from '../errors.js';
import { now, readTransaction, type Trx, writeTransaction } from '../tx.js';
import { type Agreement, readAgreement } from './present.js';

export interface DiffEntry {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface Amendment {
  readonly version: number;
  readonly effectiveFrom: string;
  /** `draft`: opened by a review, edited by the people responsible, not yet open to acceptance. */
  readonly status: 'draft' | 'proposed' | 'accepted';
  /** The review that opened it as a draft. */
  readonly review: string | null;
  readonly document: AgreementDocument;
  readonly diff: readonly DiffEntry[];
  readonly accepted: readonly string[];
  readonly awaiting: readonly string[];
  readonly acceptedAt: string | null;
  readonly createdAt: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The leaves that differ, by path (`terms[0].revenueShare.tiers[0].shares.univ-a`). */
export function diffDocuments(before: unknown, after: unknown, path = '', depth = 0): DiffEntry[] {
  if (canonicalJson(before) === canonicalJson(after)) return [];
  if (depth < 12 && Array.isArray(before) && Array.isArray(after)) {
    const out: DiffEntry[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i += 1) {
      out.push(...diffDocuments(before[i], after[i], `${path}[${i}]`, depth + 1));
    }
    return out;
  }
  if (depth < 12 && isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) =>
      diffDocuments(before[k], after[k], path === '' ? k : `${path}.${k}`, depth + 1),
    );
  }
  return [{ path: path || '(document)', before: before ?? null, after: after ?? null }];
}

export async function listAmendments(q: Trx, agreement: Agreement): Promise<Amendment[]> {
  const rows = await q
    .selectFrom('agreement_amendments')
    .selectAll()
    .where('agreement_id', '=', agreement.id)
    .orderBy('version')
    .execute();
  const acceptances = await q
    .selectFrom('amendment_acceptances')
    .select(['version', 'party'])
    .where('agreement_id', '=', agreement.id)
    .execute();
  const parties = agreement.parties.map((p) => p.party);
  return rows.map((row) => {
    const version = Number(row.version);
    const accepted = parties.filter((p) =>
      acceptances.some((a) => Number(a.version) === version && a.party === p),
    );
    return {
      version,
      effectiveFrom: row.effective_from,
      status:
        row.accepted_at !== null
          ? 'accepted'
          : Number(row.drafted ?? 0) === 1
            ? 'draft'
            : 'proposed',
      review: row.draft_review ?? null,
      document: parseJson<AgreementDocument>(row.document),
      diff: parseJson<DiffEntry[]>(row.diff),
      accepted,
      awaiting: parties.filter((p) => !accepted.includes(p)),
      acceptedAt: row.accepted_at,
      createdAt: row.created_at,
    };
  });
}

/** Version 1 (the agreement's own document, from its start) and every accepted amendment. */
export async function termsVersions(q: Trx, agreement: Agreement): Promise<TermsVersion[]> {
  const accepted = (await listAmendments(q, agreement)).filter((a) => a.status === 'accepted');
  return [
    { version: 1, effectiveFrom: agreement.start, agreement: agreement.document },
    ...accepted.map((a) => ({
      version: a.version,
      effectiveFrom: a.effectiveFrom,
      agreement: a.document,
    })),
  ];
}

export interface AmendmentInput {
  readonly document: unknown;
  readonly effectiveFrom: string;
}

export async function proposeAmendment(
  db: Db,
  workspaceId: string,
  code: string,
  input: AmendmentInput,
  actor: string | null,
): Promise<Amendment> {
  const parsed = validateAgreement(input.document);
  if (!parsed.ok) {
    throw new StoreError(
      'invalid',
      `the amended terms are not valid: ${parsed.issues[0]?.message}`,
      {
        issues: parsed.issues.map((i) => ({ ...i, path: ['document', ...i.path] })),
      },
    );
  }
  const document = parsed.value;
  if (!isIsoDate(input.effectiveFrom)) {
    throw invalid(['effectiveFrom'], 'expected a date as YYYY-MM-DD', 'invalid_date');
  }
  return writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, code, true);
    if (agreement.status !== 'active') {
      throw new StoreError(
        'conflict',
        `agreement "${agreement.code}" is ${agreement.status}: only an active agreement is amended (edit a draft directly)`,
      );
    }
    if (document.id !== agreement.code) {
      throw invalid(
        ['document', 'id'],
        `an agreement's id cannot change (it is "${agreement.code}")`,
      );
    }
    if (canonicalJson(document.parties) !== canonicalJson(agreement.document.parties)) {
      throw invalid(
        ['document', 'parties'],
        'an amendment keeps the same parties',
        'parties_changed',
      );
    }
    const existing = await listAmendments(trx, agreement);
    const pending = existing.find((a) => a.status !== 'accepted');
    if (pending !== undefined) {
      throw new StoreError(
        'conflict',
        pending.status === 'draft'
          ? `agreement "${agreement.code}" has a draft amendment (version ${pending.version}): edit and propose it`
          : `agreement "${agreement.code}" has an amendment awaiting acceptance`,
      );
    }
    const { latest, diff } = await checkAmended(trx, agreement, document, input.effectiveFrom);
    if (diff.length === 0)
      throw invalid(['document'], 'the amendment changes nothing', 'no_change');
    const version = latest.version + existing.filter((a) => a.version > latest.version).length + 1;
    const at = now(trx);
    await trx
      .insertInto('agreement_amendments')
      .values({
        agreement_id: agreement.id,
        version,
        effective_from: input.effectiveFrom,
        document: canonicalJson(document),
        diff: canonicalJson(diff),
        accepted_at: null,
        proposed_by: actor,
        created_at: at,
      })
      .execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'agreement.amend',
      entity: 'agreement',
      entityId: agreement.code,
      before: null,
      after: { version, effectiveFrom: input.effectiveFrom, diff },
      at,
    });
    return (await listAmendments(trx, agreement)).find((a) => a.version === version) as Amendment;
  });
}

/** The terms in force and what `document` from `effectiveFrom` would change in them. */
async function checkAmended(
  trx: Trx,
  agreement: Agreement,
  document: AgreementDocument,
  effectiveFrom: string,
): Promise<{ latest: TermsVersion; diff: DiffEntry[] }> {
  const versions = await termsVersions(trx, agreement);
  const latest = versions[versions.length - 1] as TermsVersion;
  if (effectiveFrom <= latest.effectiveFrom) {
    throw invalid(
      ['effectiveFrom'],
      `an amendment takes effect after the terms in force (version ${latest.version}, from ${latest.effectiveFrom})`,
      'effective_too_early',
    );
  }
  if (agreement.end !== null && effectiveFrom > agreement.end) {
    throw invalid(
      ['effectiveFrom'],
      `the agreement ends on ${agreement.end}`,
      'effective_too_late',
    );
  }
  return { latest, diff: diffDocuments(latest.agreement, document) };
}

/**
 * A review's `renegotiate` or `adjust` decision opens a draft amendment on each running
 * agreement with the partner: the terms in force, from the day after the review (or
 * after the terms in force), for the people responsible to edit and propose. An
 * agreement with an amendment already pending, or ending before then, gets none.
 * Returns the versions opened, by agreement code.
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
  const version = latest.version + existing.filter((a) => a.version > latest.version).length + 1;
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
    const draft = (await listAmendments(trx, agreement)).find((a) => a.version === version);
    if (draft === undefined)
      throw notFound(`amendment ${version} of agreement "${agreement.code}"`);
    if (draft.status !== 'draft') {
      throw new StoreError(
        'conflict',
        `amendment ${version} is ${draft.status}: only a draft is edited`,
      );
    }
    let document = draft.document;
    if (patch.document !== undefined) {
      const parsed = validateAgreement(patch.document);
      if (!parsed.ok) {
        throw new StoreError(
          'invalid',
          `the amended terms are not valid: ${parsed.issues[0]?.message}`,
          { issues: parsed.issues.map((i) => ({ ...i, path: ['document', ...i.path] })) },
        );
      }
      document = parsed.value;
    }
    if (document.id !== agreement.code) {
      throw invalid(
        ['document', 'id'],
        `an agreement's id cannot change (it is "${agreement.code}")`,
      );
    }
    if (canonicalJson(document.parties) !== canonicalJson(agreement.document.parties)) {
      throw invalid(
        ['document', 'parties'],
        'an amendment keeps the same parties',
        'parties_changed',
      );
    }
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

/** A party accepts a proposed amendment; the last acceptance puts it in force. */
export async function acceptAmendment(
  db: Db,
  workspaceId: string,
  code: string,
  version: number,
  party: string,
  actor: string | null,
): Promise<Amendment> {
  return writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, code, true);
    const amendment = (await listAmendments(trx, agreement)).find((a) => a.version === version);
    if (amendment === undefined)
      throw notFound(`amendment ${version} of agreement "${agreement.code}"`);
    if (!agreement.parties.some((p) => p.party === party)) {
      throw invalid(
        ['party'],
        `"${party}" is not a party to agreement "${agreement.code}"`,
        'unknown_party',
      );
    }
    if (amendment.status === 'draft') {
      throw new StoreError(
        'conflict',
        `amendment ${version} is a draft: propose it before the parties accept it`,
      );
    }
    if (amendment.status === 'accepted' || amendment.accepted.includes(party)) {
      throw new StoreError('conflict', `${party} has already accepted amendment ${version}`);
    }
    const at = now(trx);
    await trx
      .insertInto('amendment_acceptances')
      .values({ agreement_id: agreement.id, version, party, accepted_by: actor, at })
      .execute();
    if (amendment.awaiting.length === 1) {
      await trx
        .updateTable('agreement_amendments')
        .set({ accepted_at: at })
        .where('agreement_id', '=', agreement.id)
        .where('version', '=', version)
        .execute();
    }
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'agreement.amendment.accept',
      entity: 'agreement',
      entityId: agreement.code,
      before: null,
      after: { version, party },
      at,
    });
    return (await listAmendments(trx, agreement)).find((a) => a.version === version) as Amendment;
  });
}

/** An agreement's amendments, by its id or code, on one snapshot. */
export const agreementAmendments = (
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Amendment[]> =>
  readTransaction(db, async (trx) =>
    listAmendments(trx, await readAgreement(trx, workspaceId, id)),
  );
