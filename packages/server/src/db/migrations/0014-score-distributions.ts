import type { Kysely } from 'kysely';

/**
 * Stated uncertain scores (issue 15): a partner's `scoreDistributions` from the spec,
 * `{ criterion: distribution }` as JSON, or null when none is stated.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('partners').addColumn('score_distributions', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('partners').dropColumn('score_distributions').execute();
}
