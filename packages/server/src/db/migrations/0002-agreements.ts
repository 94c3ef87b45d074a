import type { Kysely } from 'kysely';

/**
 * Running partnerships: agreements with their parties and obligations, the settlement
 * ledger (append-only, hash-chained per workspace like the audit log), periodic reviews,
 * review settings and exit plans. Portable types only (see ../schema.ts).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const workspaceRef = 'workspaces.id';
  await db.schema
    .createTable('agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references(workspaceRef).onDelete('cascade'),
    )
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('fair_share', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agreements_code', ['workspace_id', 'code'])
    .execute();

  await db.schema
    .createTable('agreement_parties')
    .addColumn('agreement_id', 'text', (c) =>
      c.notNull().references('agreements.id').onDelete('cascade'),
    )
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('agreement_parties_pk', ['agreement_id', 'party'])
    .execute();
  await db.schema
    .createIndex('agreement_parties_partner')
    .on('agreement_parties')
    .columns(['workspace_id', 'partner_id'])
    .execute();

  await db.schema
    .createTable('obligations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('agreement_id', 'text', (c) =>
      c.notNull().references('agreements.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('milestone_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('obligations_due')
    .on('obligations')
    .columns(['workspace_id', 'state', 'due_date'])
    .execute();
  await db.schema
    .createIndex('obligations_agreement')
    .on('obligations')
    .column('agreement_id')
    .execute();

  await db.schema
    .createTable('ledger_entries')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('agreement_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('event_date', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_entries_pk', ['workspace_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('ledger_entries_agreement')
    .on('ledger_entries')
    .columns(['workspace_id', 'agreement_id', 'event_date'])
    .execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('suggestion', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reviews_partner')
    .on('reviews')
    .columns(['workspace_id', 'partner_id', 'period_end'])
    .execute();

  await db.schema
    .createTable('review_settings')
    .addColumn('workspace_id', 'text', (c) =>
      c.primaryKey().references(workspaceRef).onDelete('cascade'),
    )
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('overrides', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('exit_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('exit_plans_partner', ['workspace_id', 'partner_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'exit_plans',
    'review_settings',
    'reviews',
    'ledger_entries',
    'obligations',
    'agreement_parties',
    'agreements',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
