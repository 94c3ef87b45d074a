/**
 * Trust both ways (issue 12 §5): we record whether a partner kept the obligations it owes
 * (obligations' states, store/agreements/obligations.ts), and each partner records whether
 * *we* kept the obligations we owe it (verdicts here). Both directions use core's beta
 * reputation, and an agreement shows them side by side.
 */
import { type ObligationTrust, trustFromObligations } from '@partnerfolio/core';
import type { Db } from '../../db/connect.js';
import { presentObligation, selectObligations } from '../agreements/obligations.js';
import { readAgreement } from '../agreements/present.js';
import { appendAudit } from '../audit.js';
import { invalid, notFound, StoreError } from '../errors.js';
import { now, readTransaction, type Trx, today, writeTransaction } from '../tx.js';
import { partnerTrust } from './trust.js';

export interface Verdict {
  readonly party: string;
  readonly verdict: 'kept' | 'broken';
  readonly date: string;
  readonly note: string;
}

export interface TrustFigure {
  readonly score: number;
  readonly uncertainty: number;
  readonly counted: number;
}

export interface AgreementTrust {
  /** Per partner party: our trust in it, and its trust in us, side by side. */
  readonly parties: readonly {
    readonly party: string;
    readonly ofThem: TrustFigure;
    readonly ofUs: TrustFigure;
  }[];
  /** The obligations we (`us`) owe under the agreement, with each partner's verdict. */
  readonly ours: readonly {
    readonly id: string;
    readonly title: string;
    readonly dueDate: string;
    readonly state: string;
    readonly verdicts: readonly Verdict[];
  }[];
}

const figure = (t: ObligationTrust): TrustFigure => ({
  score: t.score,
  uncertainty: t.uncertainty,
  counted: t.counted,
});

export async function agreementTrust(
  q: Trx,
  workspaceId: string,
  code: string,
  today: string,
): Promise<AgreementTrust> {
  const agreement = await readAgreement(q, workspaceId, code);
  const rows = await selectObligations(q, workspaceId)
    .where('o.agreement_id', '=', agreement.id)
    .where('o.owner', '=', 'us')
    .orderBy('o.due_date')
    .orderBy('o.id')
    .execute();
  const obligations = rows.map(presentObligation);
  const verdictRows =
    obligations.length === 0
      ? []
      : await q
          .selectFrom('obligation_verdicts')
          .selectAll()
          .where(
            'obligation_id',
            'in',
            obligations.map((o) => o.id),
          )
          .execute();
  const verdictsOf = (id: string): Verdict[] =>
    verdictRows
      .filter((v) => v.obligation_id === id)
      .map((v) => ({
        party: v.party,
        verdict: v.verdict === 'broken' ? 'broken' : 'kept',
        date: v.on_date,
        note: v.note,
      }));
  const parties: AgreementTrust['parties'][number][] = [];
  for (const p of agreement.parties) {
    if (p.partner === null) continue;
    const ofThem = await partnerTrust(q, workspaceId, p.partner, today);
    const judged = obligations.flatMap((o) =>
      verdictsOf(o.id)
        .filter((v) => v.party === p.party && v.date <= today)
        .map((v) => ({
          id: o.id,
          title: o.title,
          kind: o.kind,
          owner: 'us',
          dueDate: o.dueDate,
          state: v.verdict,
          resolvedAt: v.date,
        })),
    );
    const ofUs = trustFromObligations(judged, { today, party: 'us' });
    if (!ofUs.ok) throw new StoreError('invalid', ofUs.issues[0]?.message ?? 'cannot compute');
    parties.push({ party: p.party, ofThem: figure(ofThem), ofUs: figure(ofUs.value) });
  }
  return {
    parties,
    ours: obligations.map((o) => ({
      id: o.id,
      title: o.title,
      dueDate: o.dueDate,
      state: o.state,
      verdicts: verdictsOf(o.id),
    })),
  };
}

/** A party's word on one of our obligations under the agreement (a later word replaces it). */
export async function recordVerdict(
  db: Db,
  workspaceId: string,
  code: string,
  obligationId: string,
  input: Verdict,
  actor: string | null,
): Promise<AgreementTrust> {
  return writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, code, true);
    const party = agreement.parties.find((p) => p.party === input.party);
    if (party === undefined || party.partner === null) {
      throw invalid(
        ['party'],
        `"${input.party}" is not a partner party to agreement "${agreement.code}"`,
        'unknown_party',
      );
    }
    const obligation = await selectObligations(trx, workspaceId)
      .where('o.agreement_id', '=', agreement.id)
      .where('o.id', '=', obligationId)
      .executeTakeFirst();
    if (obligation === undefined || obligation.owner !== 'us') {
      throw notFound(`obligation ${obligationId} of ours under agreement "${agreement.code}"`);
    }
    const today = now(trx).slice(0, 10);
    if (input.date > today) {
      throw invalid(['date'], `${input.date} is after today: only past outcomes count`);
    }
    await trx
      .deleteFrom('obligation_verdicts')
      .where('obligation_id', '=', obligationId)
      .where('party', '=', input.party)
      .execute();
    const at = now(trx);
    await trx
      .insertInto('obligation_verdicts')
      .values({
        workspace_id: workspaceId,
        obligation_id: obligationId,
        party: input.party,
        verdict: input.verdict,
        note: input.note,
        on_date: input.date,
        recorded_by: actor,
        at,
      })
      .execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'obligation.verdict',
      entity: 'agreement',
      entityId: agreement.code,
      before: null,
      after: { obligation: obligationId, ...input },
      at,
    });
    return agreementTrust(trx, workspaceId, agreement.code, today);
  });
}

/** Both directions of trust on an agreement today (by the database's clock). */
export function agreementTrustToday(
  db: Db,
  workspaceId: string,
  code: string,
): Promise<AgreementTrust> {
  return readTransaction(db, (trx) => agreementTrust(trx, workspaceId, code, today(trx)));
}
