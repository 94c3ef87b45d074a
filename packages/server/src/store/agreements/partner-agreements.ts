/**
 * A partner's agreements as the lifecycle needs them: the ones that run (for the exit
 * cost they propose and the dates an exit honours), their terms in force with the money
 * events of the ledger, and ending them when the partner has exited.
 */
import type { Agreement as AgreementDocument, LedgerEvent, TermsVersion } from '@partnerfolio/core';
import { appendAudit } from '../audit.js';
import { listLedger } from '../ledger.js';
import { now, type Trx } from '../tx.js';
import { termsVersions } from './amendments.js';
import { MONEY_KINDS } from './events.js';
import {
  type Agreement,
  type AgreementStatus,
  presentAgreements,
  readAgreement,
} from './present.js';

/** The agreements the partner (by key) is a party to, with the given statuses, by code. */
export async function partnerAgreements(
  q: Trx,
  workspaceId: string,
  partnerKey: string,
  statuses: readonly AgreementStatus[],
): Promise<Agreement[]> {
  if (statuses.length === 0) return [];
  const rows = await q
    .selectFrom('agreements as a')
    .selectAll('a')
    .where('a.workspace_id', '=', workspaceId)
    .where('a.status', 'in', [...statuses])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('agreement_parties as ap')
          .innerJoin('partners as p', 'p.id', 'ap.partner_id')
          .select('ap.party')
          .whereRef('ap.agreement_id', '=', 'a.id')
          .where('p.key', '=', partnerKey),
      ),
    )
    .orderBy('a.code')
    .execute();
  return presentAgreements(q, rows);
}

/** The party name the partner has in an agreement (its key, unless written otherwise). */
export const partyOf = (agreement: Agreement, partnerKey: string): string =>
  agreement.parties.find((p) => p.partner === partnerKey)?.party ?? partnerKey;

/** The terms in force on `date` (version 1 or the last accepted amendment effective by then). */
export async function termsOn(
  q: Trx,
  agreement: Agreement,
  date: string,
): Promise<AgreementDocument> {
  const versions = await termsVersions(q, agreement);
  const inForce = versions.filter((v: TermsVersion) => v.effectiveFrom <= date);
  return (inForce[inForce.length - 1] ?? versions[0])?.agreement ?? agreement.document;
}

/** The agreement's money events on the ledger up to `to` (all when absent). */
export async function moneyEvents(
  q: Trx,
  workspaceId: string,
  agreement: Agreement,
  to?: string,
): Promise<LedgerEvent[]> {
  const entries = await listLedger(q, workspaceId, {
    agreementId: agreement.id,
    ...(to === undefined ? {} : { to }),
  });
  return entries
    .filter((e) => MONEY_KINDS.has(e.kind))
    .map((e) => e.event as unknown as LedgerEvent);
}

/**
 * When a partner becomes `exited` its agreements end: an active one `ended` when it had
 * run to its end date, else `terminated`; a draft `terminated`. Inside the status move's
 * transaction; each change is audited.
 */
export async function endPartnerAgreements(
  trx: Trx,
  workspaceId: string,
  partnerKey: string,
  actor: string | null,
): Promise<void> {
  const running = await partnerAgreements(trx, workspaceId, partnerKey, ['draft', 'active']);
  const at = now(trx);
  const today = at.slice(0, 10);
  for (const agreement of running) {
    const before = await readAgreement(trx, workspaceId, agreement.id, true);
    const status: AgreementStatus =
      before.status === 'active' && before.end !== null && before.end <= today
        ? 'ended'
        : 'terminated';
    await trx
      .updateTable('agreements')
      .set({ status, version: before.version + 1, updated_at: at })
      .where('id', '=', before.id)
      .execute();
    const after = await readAgreement(trx, workspaceId, before.id);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'agreement.update',
      entity: 'agreement',
      entityId: before.code,
      before,
      after: { ...after, because: `partner "${partnerKey}" exited` },
      at,
    });
  }
}
