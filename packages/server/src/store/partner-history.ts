import { StoreError } from './errors.js';
import type { Trx } from './tx.js';

/**
 * Refuses to delete partners that have a history in running partnerships (a party to an
 * agreement, a review, an exit plan): that history must stay. The way out of a
 * partnership is its exit plan and the `exited` status, not deletion.
 */
export async function refuseIfHistory(
  trx: Trx,
  workspaceId: string,
  partners: ReadonlyMap<string, string>,
): Promise<void> {
  const ids = [...partners.keys()];
  if (ids.length === 0) return;
  const party = await trx
    .selectFrom('agreement_parties as ap')
    .innerJoin('agreements as a', 'a.id', 'ap.agreement_id')
    .select(['ap.partner_id', 'a.code'])
    .where('ap.workspace_id', '=', workspaceId)
    .where('ap.partner_id', 'in', ids)
    .limit(1)
    .executeTakeFirst();
  const reviewed = party
    ? undefined
    : await trx
        .selectFrom('reviews')
        .select('partner_id')
        .where('workspace_id', '=', workspaceId)
        .where('partner_id', 'in', ids)
        .union(
          trx
            .selectFrom('exit_plans')
            .select('partner_id')
            .where('workspace_id', '=', workspaceId)
            .where('partner_id', 'in', ids),
        )
        .limit(1)
        .executeTakeFirst();
  const hit = party?.partner_id ?? reviewed?.partner_id;
  if (hit === undefined || hit === null) return;
  const key = partners.get(hit) ?? hit;
  const what = party ? `a party to agreement "${party.code}"` : 'reviewed or exiting';
  throw new StoreError(
    'conflict',
    `partner "${key}" is ${what}, and its history stays: keep the partner (mark it exited through its exit plan) instead of deleting it`,
    {
      issues: [
        {
          code: 'partner_has_history',
          path: ['partners', key],
          message: `partner "${key}" has a partnership history`,
        },
      ],
    },
  );
}
