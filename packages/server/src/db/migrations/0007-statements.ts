import type { Kysely } from 'kysely';

/**
 * Settlement statements (store/statements/): a period's settlement recorded once and
 * never changed (`document`, signed by the workspace's ledger key, with the tree head it
 * covers), the parties' answers (accept, or dispute naming lines and why) and the
 * transfers marked paid. A corrected statement is a new one that `supersedes` the old.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('supersedes', 'integer')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('statements_number', ['agreement_id', 'number'])
    .execute();
  await db.schema
    .createTable('statement_responses')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('lines', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('responded_by', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statement_responses_pk', ['statement_id', 'party'])
    .execute();
  await db.schema
    .createTable('statement_payments')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id'))
    .addColumn('transfer', 'integer', (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statement_payments_pk', ['statement_id', 'transfer'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['statement_payments', 'statement_responses', 'statements']) {
    await db.schema.dropTable(table).execute();
  }
}
