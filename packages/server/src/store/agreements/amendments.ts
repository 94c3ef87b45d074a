/**
 * Amendments: once an agreement is active its terms change only through a new terms
 * version, proposed with an effective date and a readable diff, and in force once every
 * party accepted it. Settlement then uses the terms in force on each event's date
 * (core's `settleAcrossVersions`), so a past period settles as it did. Drafts a review
 * opens are edited, proposed or discarded in amendment-drafts.ts.
 */
import {
  type Agreement as AgreementDocument,
  type DiffEntry,
  diffDocuments,
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

export type { DiffEntry };

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
  /** Who proposed it, or opened it as a draft (the review's author). */
  readonly openedBy: string | null;
  /** Why a draft was opened: the review that decided to renegotiate or adjust. */
  readonly origin: AmendmentOrigin | null;
  readonly createdAt: string;
}

export interface AmendmentOrigin {
  readonly review: string;
  readonly partner: string;
  readonly decision: string;
  readonly periodStart: string;
  readonly periodEnd: string;
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
  const origins = await reviewOrigins(
    q,
    rows.flatMap((r) => (r.draft_review === null ? [] : [r.draft_review])),
  );
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
      openedBy: row.proposed_by,
      origin: row.draft_review === null ? null : (origins.get(row.draft_review) ?? null),
      createdAt: row.created_at,
    };
  });
}

/** The reviews that opened drafts, by id (one query for the agreement's amendments). */
async function reviewOrigins(
  q: Trx,
  ids: readonly string[],
): Promise<ReadonlyMap<string, AmendmentOrigin>> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('reviews as r')
    .innerJoin('partners as p', 'p.id', 'r.partner_id')
    .select(['r.id', 'p.key', 'r.decision', 'r.period_start', 'r.period_end'])
    .where('r.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        review: r.id,
        partner: r.key,
        decision: r.decision,
        periodStart: r.period_start,
        periodEnd: r.period_end,
      },
    ]),
  );
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
  const document = parseAmended(input.document);
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
    checkSameAgreement(agreement, document);
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
    const version = nextVersion(latest, existing);
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

/** The number of the next amendment: after the terms in force and any still pending. */
export const nextVersion = (latest: TermsVersion, existing: readonly Amendment[]): number =>
  latest.version + existing.filter((a) => a.version > latest.version).length + 1;

/** The amended document, validated whole by core; its issues' paths start at `document`. */
export function parseAmended(input: unknown): AgreementDocument {
  const parsed = validateAgreement(input);
  if (!parsed.ok) {
    throw new StoreError(
      'invalid',
      `the amended terms are not valid: ${parsed.issues[0]?.message}`,
      {
        issues: parsed.issues.map((i) => ({ ...i, path: ['document', ...i.path] })),
      },
    );
  }
  return parsed.value;
}

/** An amendment amends the same agreement: its id and its parties do not change. */
export function checkSameAgreement(agreement: Agreement, document: AgreementDocument): void {
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
}

/** The terms in force and what `document` from `effectiveFrom` would change in them. */
export async function checkAmended(
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

/** A party accepts a proposed amendment; the last acceptance puts it in force. */
export async function acceptAmendment(
  db: Db,
  workspaceId: string,
  code: string,
  version: number,
  party: string,
  actor: string | null,
  /** A partner's contact: a draft is the team's own, so it answers "not found". */
  options: { readonly hideDrafts?: boolean } = {},
): Promise<Amendment> {
  return writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, code, true);
    const amendment = (await listAmendments(trx, agreement)).find((a) => a.version === version);
    if (amendment === undefined || (options.hideDrafts === true && amendment.status === 'draft'))
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

/**
 * What a partner's contact sees of the amendments: no drafts (they are the team's own
 * until proposed), and nothing of who on the team opened one or which review did.
 */
export const amendmentsForPartner = (amendments: readonly Amendment[]): Amendment[] =>
  amendments
    .filter((a) => a.status !== 'draft')
    .map((a) => ({ ...a, review: null, origin: null, openedBy: null }));

/** An agreement's amendments, by its id or code, on one snapshot. */
export const agreementAmendments = (
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Amendment[]> =>
  readTransaction(db, async (trx) =>
    listAmendments(trx, await readAgreement(trx, workspaceId, id)),
  );
