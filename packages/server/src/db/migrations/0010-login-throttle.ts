import type { Kysely } from 'kysely';

/**
 * Failed sign-ins per key (`address:…` or `account:…`), counted in the database so that
 * every server process on it shares one count (auth/login-throttle.ts). Times are
 * milliseconds since the epoch; a key without failures for a while is deleted.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'double precision', (c) => c.notNull())
    .addColumn('last', 'double precision', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_throttle_last').on('login_throttle').column('last').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
}
