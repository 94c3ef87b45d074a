import { type Kysely, sql } from 'kysely';

/**
 * The estimates' history (issue 9 §3): every cost and return a partner's estimate had,
 * with the version and when it was saved, written in the transaction of each estimate
 * write (the partner form, the estimate route, an import, a spec replacement). A past
 * quarter's plan reads the estimate in force then (core's `estimateInForce`). The audit
 * log does not hold them for every path (an import or a spec replacement audits once for
 * the whole workspace), hence this table. Existing estimates are backfilled as known
 * from their partner's creation (nothing earlier was kept).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partner_estimates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('partner_id', 'text', (c) =>
      c.notNull().references('partners.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    /** The spec's distribution forms as JSON, `null` when not estimated. */
    .addColumn('cost', 'text', (c) => c.notNull())
    .addColumn('return', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('partner_estimates_partner_at')
    .on('partner_estimates')
    .columns(['partner_id', 'at'])
    .execute();
  await sql`insert into partner_estimates (id, workspace_id, partner_id, version, cost, return, at)
    select 'backfill-' || e.partner_id, e.workspace_id, e.partner_id, e.version, e.cost, e.return, p.created_at
    from estimates e join partners p on p.id = e.partner_id`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('partner_estimates').execute();
}
