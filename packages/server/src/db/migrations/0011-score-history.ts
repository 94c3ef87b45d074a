import { type Kysely, sql } from 'kysely';

/**
 * The assessments' history: every score written or removed, with when. The learned
 * selection standard reads the scores a partner had when it was selected, not today's.
 * Existing scores are backfilled as known from their last update (nothing earlier was kept).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('score_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('partner_id', 'text', (c) =>
      c.notNull().references('partners.id').onDelete('cascade'),
    )
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('assessor', 'text', (c) => c.notNull())
    /** Null: the assessor's score was removed. */
    .addColumn('score', 'double precision')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('score_history_partner_at')
    .on('score_history')
    .columns(['workspace_id', 'partner_id', 'at'])
    .execute();
  await sql`insert into score_history (id, workspace_id, partner_id, criterion, assessor, score, at)
    select id, workspace_id, partner_id, criterion, assessor, score, updated_at from assessments`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('score_history').execute();
}
