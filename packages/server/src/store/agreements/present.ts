import type { Agreement as AgreementDocument, AgreementType } from '@partnerfolio/core';
import type { Db } from '../../db/connect.js';
import type { Row } from '../../db/schema.js';
import { notFound } from '../errors.js';
import { dialectOf, type Trx } from '../tx.js';

export const AGREEMENT_STATUSES = ['draft', 'active', 'ended', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The party that stands for the workspace's own organisation in every agreement. */
export const US = 'us';

export interface AgreementParty {
  readonly party: string;
  /** The partner's key when the party is a partner of the workspace; null for `us`. */
  readonly partner: string | null;
}

/** The coalition table a joint project's fair shares are computed from (see fair-shares.ts). */
export interface FairShareInput {
  readonly values: Readonly<Record<string, number>>;
  readonly fixedSplit?: Readonly<Record<string, number>>;
}

export interface Agreement {
  readonly id: string;
  readonly code: string;
  readonly type: AgreementType;
  readonly title: string;
  readonly status: AgreementStatus;
  readonly start: string;
  readonly end: string | null;
  readonly parties: readonly AgreementParty[];
  readonly document: AgreementDocument;
  readonly fairShare: FairShareInput | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export async function readAgreement(
  q: Trx,
  workspaceId: string,
  id: string,
  lock = false,
): Promise<Agreement> {
  let query = q
    .selectFrom('agreements')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('id', '=', id), eb('code', '=', id)]));
  if (lock && dialectOf(q) === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound(`agreement "${id}"`);
  const [agreement] = await presentAgreements(q, [row]);
  if (!agreement) throw notFound(`agreement "${id}"`);
  return agreement;
}

/** Rows to records, with each agreement's parties in the document's order. */
export async function presentAgreements(
  q: Trx,
  rows: readonly Row<'agreements'>[],
): Promise<Agreement[]> {
  if (rows.length === 0) return [];
  const parties = await q
    .selectFrom('agreement_parties as ap')
    .leftJoin('partners as p', 'p.id', 'ap.partner_id')
    .select(['ap.agreement_id', 'ap.party', 'ap.position', 'p.key'])
    .where(
      'ap.agreement_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('ap.position')
    .execute();
  const byAgreement = new Map<string, AgreementParty[]>();
  for (const p of parties) {
    const list = byAgreement.get(p.agreement_id) ?? [];
    list.push({ party: p.party, partner: p.key ?? null });
    byAgreement.set(p.agreement_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    type: row.type as AgreementType,
    title: row.title,
    status: row.status as AgreementStatus,
    start: row.start_date,
    end: row.end_date,
    parties: byAgreement.get(row.id) ?? [],
    document: JSON.parse(row.document) as AgreementDocument,
    fairShare: row.fair_share === null ? null : (JSON.parse(row.fair_share) as FairShareInput),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** One agreement by id or code, read on the handle (the routes' read). */
export const getAgreement = (db: Db, workspaceId: string, id: string): Promise<Agreement> =>
  readAgreement(db.kysely, workspaceId, id);
