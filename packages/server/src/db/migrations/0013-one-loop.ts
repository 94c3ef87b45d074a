import type { Kysely } from 'kysely';

/**
 * One loop (issue 9): assessments remember where they came from (a review, on its date);
 * an amendment may be a draft a review opened; an exit plan keeps the dates the
 * agreements' notice periods set; and the risk register.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessments').addColumn('source', 'text').execute();
  await db.schema.alterTable('assessments').addColumn('assessed_on', 'text').execute();
  await db.schema.alterTable('agreement_amendments').addColumn('draft_review', 'text').execute();
  await db.schema.alterTable('agreement_amendments').addColumn('drafted', 'integer').execute();
  await db.schema.alterTable('exit_plans').addColumn('schedule', 'text').execute();
  await db.schema
    .createTable('risks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('risks_key', ['workspace_id', 'key'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('risks').execute();
  await db.schema.alterTable('exit_plans').dropColumn('schedule').execute();
  await db.schema.alterTable('agreement_amendments').dropColumn('drafted').execute();
  await db.schema.alterTable('agreement_amendments').dropColumn('draft_review').execute();
  await db.schema.alterTable('assessments').dropColumn('assessed_on').execute();
  await db.schema.alterTable('assessments').dropColumn('source').execute();
}
