import type { Kysely } from 'kysely';

/**
 * Amendments (store/agreements/amendments.ts): an active agreement's terms change only
 * through a new terms version, proposed with an effective date and accepted by every
 * party. Version 1 is the agreement's own document; rows here are versions 2, 3, ...
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agreement_amendments')
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('diff', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('proposed_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agreement_amendments_pk', ['agreement_id', 'version'])
    .execute();
  await db.schema
    .createTable('amendment_acceptances')
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('amendment_acceptances_pk', ['agreement_id', 'version', 'party'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('amendment_acceptances').execute();
  await db.schema.dropTable('agreement_amendments').execute();
}
