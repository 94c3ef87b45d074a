import type { Kysely } from 'kysely';

/**
 * The partner's seat (issue 12 §5): the health check answered privately by people of both
 * organisations (one answer per person, round and agreement; store/health-checks.ts), and
 * the partners' word on whether we kept our obligations to them (store/trust-both-ways.ts).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('health_answers')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('health_answers_pk', ['agreement_id', 'round', 'user_id'])
    .execute();
  await db.schema
    .createTable('obligation_verdicts')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('obligation_id', 'text', (c) => c.notNull().references('obligations.id'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('obligation_verdicts_pk', ['obligation_id', 'party'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('obligation_verdicts').execute();
  await db.schema.dropTable('health_answers').execute();
}
