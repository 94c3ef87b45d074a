import type { Kysely } from 'kysely';

/**
 * A partner's lifecycle costs beside its cost and return (DESIGN.md "Lifecycle in the
 * spec"): `exit_cost` (what dropping it as an incumbent costs) and `onboarding_cost` (the
 * one-off cost of starting), in the spec's distribution forms as JSON; null when not given.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('estimates').addColumn('exit_cost', 'text').execute();
  await db.schema.alterTable('estimates').addColumn('onboarding_cost', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('estimates').dropColumn('onboarding_cost').execute();
  await db.schema.alterTable('estimates').dropColumn('exit_cost').execute();
}
