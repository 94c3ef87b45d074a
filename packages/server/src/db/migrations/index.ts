import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.js';

/** Migrations are code, listed here in order; the same list runs on SQLite and PostgreSQL. */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
