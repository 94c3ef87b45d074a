/**
 * Combined scores kept on write. A partner's combined score on a criterion is the mean of
 * every assessor's score; `partners.combined_scores` holds them as JSON so that reads (the
 * partner list above all) never aggregate the assessments. Every write to `assessments`
 * refreshes the partners it touched inside the same transaction:
 *
 * - `upsertScores` (single writes, bulk imports, the partner form, the CSV/XLSX import)
 *   refreshes the partners of its rows;
 * - a deleted assessment refreshes its partner;
 * - the spec replace writes the spec's scores as the combined scores (they are the only
 *   assessments left) and a restore recomputes every workspace;
 * - deleting a partner deletes the row, and with it the column.
 *
 * The means come from the database's `avg` (as the aggregate on every read did), the JSON
 * is written by JavaScript (exact numbers, criteria in code-unit order on both databases).
 */
import { sql } from 'kysely';
import { chunks } from './batch.js';
import { canonicalJson } from './canonical-json.js';
import { dialectOf, type Trx } from './tx.js';

export type Scores = Readonly<Record<string, number>>;

/** The column's text for a set of scores: canonical JSON (criteria in code-unit order), numbers exact. */
export function combinedScoresJson(scores: Scores): string {
  return canonicalJson(scores);
}

/**
 * The mean score per criterion of the given partners (row ids), aggregated from the
 * assessments; or of every partner of `workspaceId` when `partnerRowIds` is omitted.
 * Partners without assessments are absent from the map.
 */
export async function aggregateScores(
  q: Trx,
  target: { readonly workspaceId: string } | { readonly partnerRowIds: readonly string[] },
): Promise<Map<string, Record<string, number>>> {
  const scores = new Map<string, Record<string, number>>();
  const groups = 'workspaceId' in target ? [undefined] : chunks([...new Set(target.partnerRowIds)]);
  for (const ids of groups) {
    if (ids !== undefined && ids.length === 0) continue;
    let query = q
      .selectFrom('assessments')
      .select((eb) => ['partner_id', 'criterion', eb.fn.avg<number>('score').as('score')]);
    query =
      ids === undefined
        ? query.where('workspace_id', '=', (target as { workspaceId: string }).workspaceId)
        : query.where('partner_id', 'in', ids);
    const rows = await query.groupBy(['partner_id', 'criterion']).execute();
    for (const row of rows) {
      const own = scores.get(row.partner_id) ?? {};
      own[row.criterion] = Number(row.score);
      scores.set(row.partner_id, own);
    }
  }
  return scores;
}

/** Sets `combined_scores` of each partner (row id → JSON text), 500 rows per statement. */
async function writeCombinedScores(
  trx: Trx,
  values: readonly (readonly [string, string])[],
): Promise<void> {
  for (const batch of chunks(values)) {
    if (batch.length === 0) continue;
    const cases = sql.join(
      batch.map(([id, json]) => sql`when ${id} then ${json}`),
      sql` `,
    );
    await trx
      .updateTable('partners')
      .set({ combined_scores: sql<string>`case id ${cases} end` })
      .where(
        'id',
        'in',
        batch.map(([id]) => id),
      )
      .execute();
  }
}

/**
 * Recomputes the combined scores of these partners (row ids) from their assessments.
 *
 * On PostgreSQL (read committed) two transactions may write assessments of one partner at
 * once; each would compute the mean without the other's uncommitted score and the last
 * to write would lose the first's. So the partners' rows are locked first (`for no key
 * update`: it does not conflict with the key-share locks that the assessments' foreign
 * keys take, so two imports do not deadlock), in one global order, and the mean is read
 * after the lock, when the other writer has committed. On SQLite one writer runs at a time.
 */
export async function refreshCombinedScores(
  trx: Trx,
  partnerRowIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(partnerRowIds)].sort();
  const postgres = dialectOf(trx) === 'postgres';
  for (const batch of chunks(ids)) {
    if (batch.length === 0) continue;
    if (postgres) {
      await trx
        .selectFrom('partners')
        .select('id')
        .where('id', 'in', batch)
        .orderBy('id')
        .forNoKeyUpdate()
        .execute();
    }
    const scores = await aggregateScores(trx, { partnerRowIds: batch });
    await writeCombinedScores(
      trx,
      batch.map((id) => [id, combinedScoresJson(scores.get(id) ?? {})] as const),
    );
  }
}

/** Recomputes the combined scores of every partner of the workspace. */
export async function refreshWorkspaceCombinedScores(trx: Trx, workspaceId: string): Promise<void> {
  let query = trx
    .selectFrom('partners')
    .select(['id', 'combined_scores'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id');
  if (dialectOf(trx) === 'postgres') query = query.forNoKeyUpdate();
  const partners = await query.execute();
  const scores = await aggregateScores(trx, { workspaceId });
  const changed: (readonly [string, string])[] = [];
  for (const p of partners) {
    const json = combinedScoresJson(scores.get(p.id) ?? {});
    if (json !== p.combined_scores) changed.push([p.id, json]);
  }
  await writeCombinedScores(trx, changed);
}

/** Parses the column (`{}` when empty). */
export function parseCombinedScores(text: string): Record<string, number> {
  return JSON.parse(text) as Record<string, number>;
}
