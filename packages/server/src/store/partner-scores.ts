/**
 * Combined scores kept on write. A partner's combined score on a criterion is the mean of
 * every assessor's score; `partners.combined_scores` holds them as JSON so that reads (the
 * partner list above all) never aggregate the assessments. Every write to `assessments`
 * keeps it true inside the same transaction:
 *
 * - `upsertScores` (single writes, bulk assessment imports, the partner form) refreshes the
 *   partners of its rows;
 * - a deleted assessment refreshes its partner;
 * - the spec replace and the CSV/XLSX import write the new combined scores with the
 *   partner rows they write anyway (`combineScores` over the assessments the partner will
 *   hold), so a bulk write does not rewrite 10,000 partner rows a second time;
 * - a restore recomputes every workspace; deleting a partner deletes the row.
 *
 * The mean is computed here, in one fixed order (assessors in code-unit order), so that
 * every path and both databases give the same number to the last bit; the JSON is
 * canonical (criteria in code-unit order).
 */
import { sql } from 'kysely';
import { chunks } from './batch.js';
import { canonicalJson } from './canonical-json.js';
import { dialectOf, type Trx } from './tx.js';

export type Scores = Readonly<Record<string, number>>;

/** One assessor's score on one criterion. */
export interface AssessorScore {
  readonly criterion: string;
  readonly assessor: string;
  readonly score: number;
}

/** The mean over assessors per criterion: summed in assessor order (code units), then divided. */
export function combineScores(entries: readonly AssessorScore[]): Record<string, number> {
  const byCriterion = new Map<string, AssessorScore[]>();
  for (const entry of entries) {
    const list = byCriterion.get(entry.criterion) ?? [];
    list.push(entry);
    byCriterion.set(entry.criterion, list);
  }
  const out: Record<string, number> = {};
  for (const [criterion, list] of byCriterion) {
    list.sort((a, b) => (a.assessor < b.assessor ? -1 : a.assessor > b.assessor ? 1 : 0));
    let sum = 0;
    for (const entry of list) sum += entry.score;
    out[criterion] = sum / list.length;
  }
  return out;
}

/** The column's text for a set of scores: canonical JSON (criteria in code-unit order), numbers exact. */
export function combinedScoresJson(scores: Scores): string {
  return canonicalJson(scores);
}

/** Parses the column (`{}` when empty). */
export function parseCombinedScores(text: string): Record<string, number> {
  return JSON.parse(text) as Record<string, number>;
}

/**
 * The assessments of the given partners (row ids), or of every partner of a workspace,
 * by partner row id.
 */
export async function readAssessorScores(
  q: Trx,
  target: { readonly workspaceId: string } | { readonly partnerRowIds: readonly string[] },
): Promise<Map<string, AssessorScore[]>> {
  const out = new Map<string, AssessorScore[]>();
  const groups = 'workspaceId' in target ? [undefined] : chunks([...new Set(target.partnerRowIds)]);
  for (const ids of groups) {
    if (ids !== undefined && ids.length === 0) continue;
    let query = q
      .selectFrom('assessments')
      .select(['partner_id', 'criterion', 'assessor', 'score']);
    query =
      ids === undefined
        ? query.where('workspace_id', '=', (target as { workspaceId: string }).workspaceId)
        : query.where('partner_id', 'in', ids);
    for (const row of await query.execute()) {
      const list = out.get(row.partner_id) ?? [];
      list.push({ criterion: row.criterion, assessor: row.assessor, score: Number(row.score) });
      out.set(row.partner_id, list);
    }
  }
  return out;
}

/** The combined scores of partners computed from their assessments (absent: none). */
export async function computeCombinedScores(
  q: Trx,
  target: { readonly workspaceId: string } | { readonly partnerRowIds: readonly string[] },
): Promise<Map<string, Record<string, number>>> {
  const out = new Map<string, Record<string, number>>();
  for (const [id, entries] of await readAssessorScores(q, target)) {
    out.set(id, combineScores(entries));
  }
  return out;
}

/**
 * Sets `combined_scores` of each partner (row id → JSON text). PostgreSQL: one statement
 * over two arrays; SQLite: a `case` per 500 rows.
 */
async function writeCombinedScores(
  trx: Trx,
  values: readonly (readonly [string, string])[],
): Promise<void> {
  if (values.length === 0) return;
  if (dialectOf(trx) === 'postgres') {
    const ids = values.map(([id]) => id);
    const texts = values.map(([, text]) => text);
    await sql`update partners as p set combined_scores = v.scores
      from unnest(${ids}::text[], ${texts}::text[]) as v(id, scores)
      where p.id = v.id`.execute(trx);
    return;
  }
  for (const batch of chunks(values)) {
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
 * The partners' current column, read for a refresh. On PostgreSQL (read committed) two
 * transactions may write assessments of one partner at once; each would compute the mean
 * without the other's uncommitted score, and the last to write would lose the first's. So
 * the rows are locked here, in one global order (`for no key update`: it does not conflict
 * with the key-share locks the assessments' foreign keys take, so two imports do not
 * deadlock), and the assessments are read after the lock, once the other writer has
 * committed. On SQLite one writer runs at a time.
 */
async function lockCurrent(
  trx: Trx,
  target: { readonly workspaceId: string } | { readonly ids: readonly string[] },
): Promise<Map<string, string>> {
  const postgres = dialectOf(trx) === 'postgres';
  const groups =
    'workspaceId' in target ? [undefined] : postgres ? [target.ids] : chunks(target.ids);
  const current = new Map<string, string>();
  for (const ids of groups) {
    let query = trx.selectFrom('partners').select(['id', 'combined_scores']).orderBy('id');
    if (ids === undefined) {
      query = query.where('workspace_id', '=', (target as { workspaceId: string }).workspaceId);
    } else if (postgres) {
      query = query.where(sql<boolean>`id = any(${[...ids]}::text[])`);
    } else {
      query = query.where('id', 'in', ids);
    }
    if (postgres) query = query.forNoKeyUpdate();
    for (const row of await query.execute()) current.set(row.id, row.combined_scores);
  }
  return current;
}

async function refresh(
  trx: Trx,
  current: ReadonlyMap<string, string>,
  computed: ReadonlyMap<string, Record<string, number>>,
): Promise<void> {
  const changed: (readonly [string, string])[] = [];
  for (const [id, stored] of current) {
    const json = combinedScoresJson(computed.get(id) ?? {});
    if (json !== stored) changed.push([id, json]);
  }
  await writeCombinedScores(trx, changed);
}

/** Recomputes the combined scores of these partners (row ids) from their assessments. */
export async function refreshCombinedScores(
  trx: Trx,
  partnerRowIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(partnerRowIds)].sort();
  if (ids.length === 0) return;
  const current = await lockCurrent(trx, { ids });
  await refresh(trx, current, await computeCombinedScores(trx, { partnerRowIds: ids }));
}

/** Recomputes the combined scores of every partner of the workspace. */
export async function refreshWorkspaceCombinedScores(trx: Trx, workspaceId: string): Promise<void> {
  const current = await lockCurrent(trx, { workspaceId });
  await refresh(trx, current, await computeCombinedScores(trx, { workspaceId }));
}
