import type { Row } from '../db/schema.js';
import { chunks } from './batch.js';
import type { Trx } from './tx.js';

/**
 * A partner row to upsert; `combined_scores` is left to its default or the refresh unless
 * given, and `score_distributions` (stated uncertain scores) to what is stored.
 */
export type PartnerUpsertRow = Omit<Row<'partners'>, 'combined_scores' | 'score_distributions'> & {
  readonly combined_scores?: string;
  readonly score_distributions?: string | null;
};

/**
 * Writes partner rows in batches: new keys are inserted, existing ones get the bulk
 * fields (`name` … `beta`, plus `also`) and a new version, keeping their row id, status,
 * contacts and creation time. Shared by the CSV/XLSX import and the spec replace.
 */
export async function upsertPartnerRows(
  trx: Trx,
  rows: readonly PartnerUpsertRow[],
  also: readonly ('notes' | 'position' | 'combined_scores' | 'score_distributions')[],
): Promise<void> {
  for (const batch of chunks(rows)) {
    await trx
      .insertInto('partners')
      .values(batch)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'key']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          kind: eb.ref('excluded.kind'),
          domains: eb.ref('excluded.domains'),
          offers: eb.ref('excluded.offers'),
          uses: eb.ref('excluded.uses'),
          alpha: eb.ref('excluded.alpha'),
          beta: eb.ref('excluded.beta'),
          ...Object.fromEntries(also.map((column) => [column, eb.ref(`excluded.${column}`)])),
          updated_at: eb.ref('excluded.updated_at'),
          version: eb('partners.version', '+', 1),
        })),
      )
      .execute();
  }
}
