import type { Kysely } from 'kysely';

/**
 * The Ed25519 keys that sign each workspace's ledger tree heads (store/ledger-keys.ts).
 * A key is created on first use; rotating retires it (`retired_at`) but keeps it, so
 * heads signed before the rotation still verify. `key_id` is the hex SHA-256 of the raw
 * public key; `private_key` is PKCS#8 PEM, kept with the data (and in its backups) as the
 * ledger it signs is.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ledger_keys')
    .addColumn('key_id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();
  await db.schema
    .createIndex('ledger_keys_workspace')
    .on('ledger_keys')
    .columns(['workspace_id', 'retired_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ledger_keys').execute();
}
