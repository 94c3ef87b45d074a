import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * The partner list without aggregates: `partners.combined_scores` keeps each partner's
 * combined scores (`{ criterion: mean over assessors }`, JSON) up to date on every
 * assessment write (store/partner-scores.ts), so a page no longer averages its ~500
 * assessments on every read. Existing rows are filled from their assessments here.
 *
 * No new index: the page is cut from the existing sort indexes (workspace, column, key),
 * the count and the audit head (`max(seq)`) use the workspace's index and the audit log's
 * primary key.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('partners')
    .addColumn('combined_scores', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();

  const rows = await db
    .selectFrom('assessments')
    .select((eb) => ['partner_id', 'criterion', eb.fn.avg('score').as('score')])
    .groupBy(['partner_id', 'criterion'])
    .execute();
  const scores = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const partner = String(row.partner_id);
    const own = scores.get(partner) ?? {};
    own[String(row.criterion)] = Number(row.score);
    scores.set(partner, own);
  }
  // The store's canonical JSON for a flat record of numbers: keys in code-unit order.
  const json = (record: Record<string, number>) =>
    `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${JSON.stringify(record[key])}`)
      .join(',')}}`;
  const values = [...scores].map(([id, record]) => [id, json(record)] as const);
  for (let i = 0; i < values.length; i += 500) {
    const batch = values.slice(i, i + 500);
    const cases = sql.join(
      batch.map(([id, text]) => sql`when ${id} then ${text}`),
      sql` `,
    );
    await db
      .updateTable('partners')
      .set({ combined_scores: sql`case id ${cases} end` })
      .where(
        'id',
        'in',
        batch.map(([id]) => id),
      )
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('partners').dropColumn('combined_scores').execute();
}
