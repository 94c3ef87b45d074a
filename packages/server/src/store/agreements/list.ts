import type { Db } from '../../db/connect.js';
import { type Agreement, presentAgreements } from './present.js';

export interface AgreementFilter {
  /** Only agreements this partner (by key) is a party to. */
  readonly partner?: string;
  readonly status?: string;
}

/** The workspace's agreements, newest start first. */
export async function listAgreements(
  db: Db,
  workspaceId: string,
  filter: AgreementFilter = {},
): Promise<Agreement[]> {
  let query = db.kysely
    .selectFrom('agreements as a')
    .selectAll('a')
    .where('a.workspace_id', '=', workspaceId);
  if (filter.status !== undefined) query = query.where('a.status', '=', filter.status);
  if (filter.partner !== undefined) {
    const key = filter.partner;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('agreement_parties as ap')
          .innerJoin('partners as p', 'p.id', 'ap.partner_id')
          .select('ap.party')
          .whereRef('ap.agreement_id', '=', 'a.id')
          .where('p.key', '=', key),
      ),
    );
  }
  const rows = await query.orderBy('a.start_date', 'desc').orderBy('a.code').execute();
  return presentAgreements(db.kysely, rows);
}
