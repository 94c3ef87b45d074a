import type { Kysely } from 'kysely';

/**
 * Accounts hardened (OWASP ASVS level 2) and partner seats:
 * - API tokens expire and carry a scope (`write` or `read`) and optionally one workspace;
 * - a membership may bind a `partner` user to one partner of the workspace (its spec key);
 * - invitations that a person accepts (a one-time token kept as its SHA-256, with an expiry);
 * - the security log: sign-ins, failures, sign-outs, tokens, passwords, denied requests.
 * Tokens issued before this migration get no expiry (null), as they were issued.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
  await db.schema
    .alterTable('api_tokens')
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('write'))
    .execute();
  await db.schema.alterTable('api_tokens').addColumn('workspace_id', 'text').execute();
  await db.schema.alterTable('memberships').addColumn('partner_key', 'text').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('partner_key', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('invitations_workspace')
    .on('invitations')
    .columns(['workspace_id', 'email'])
    .execute();

  await db.schema
    .createTable('security_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .addColumn('user_id', 'text')
    .addColumn('address', 'text')
    .addColumn('workspace_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('security_events_at').on('security_events').column('at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('security_events').execute();
  await db.schema.dropTable('invitations').execute();
  await db.schema.alterTable('memberships').dropColumn('partner_key').execute();
  for (const column of ['workspace_id', 'scope', 'expires_at']) {
    await db.schema.alterTable('api_tokens').dropColumn(column).execute();
  }
}
