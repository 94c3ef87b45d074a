import type { SpecDistribution } from '@partnerfolio/core';
import { appendAudit } from './audit.js';
import { parseJson } from './canonical-json.js';
import type { Trx } from './tx.js';

/** A synergy between two partners: `value` is added to the portfolio when both are selected. */
export interface Synergy {
  readonly id: string;
  /** The two partners' ids (spec keys). */
  readonly between: readonly [string, string];
  readonly value: SpecDistribution;
  readonly note: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Synergy rows with their partners' keys, in spec order. */
export function selectSynergies(q: Trx, workspaceId: string) {
  return q
    .selectFrom('synergies as s')
    .innerJoin('partners as a', 'a.id', 's.partner_a')
    .innerJoin('partners as b', 'b.id', 's.partner_b')
    .selectAll('s')
    .select(['a.key as key_a', 'b.key as key_b'])
    .where('s.workspace_id', '=', workspaceId)
    .orderBy('s.position')
    .orderBy('s.created_at')
    .orderBy('s.id');
}

export function presentSynergy(row: {
  id: string;
  key_a: string;
  key_b: string;
  value: string;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
}): Synergy {
  return {
    id: row.id,
    between: [row.key_a, row.key_b],
    value: parseJson<SpecDistribution>(row.value),
    note: row.note,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Deletes (and audits, one entry each) the synergies a partner takes part in. */
export async function deleteSynergiesOf(
  trx: Trx,
  workspaceId: string,
  partnerRowId: string,
  actor: string | null,
  at: string,
): Promise<void> {
  const rows = await selectSynergies(trx, workspaceId)
    .where((eb) =>
      eb.or([eb('s.partner_a', '=', partnerRowId), eb('s.partner_b', '=', partnerRowId)]),
    )
    .execute();
  for (const row of rows) {
    await trx.deleteFrom('synergies').where('id', '=', row.id).execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'synergy.delete',
      entity: 'synergy',
      entityId: row.id,
      before: presentSynergy(row),
      after: null,
      at,
    });
  }
}
