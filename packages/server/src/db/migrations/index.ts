import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-agreements.js';
import * as m0003 from './0003-partner-list-speed.js';
import * as m0009 from './0009-outcomes.js';

/** Migrations are code, listed here in order; the same list runs on SQLite and PostgreSQL. */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-agreements': m0002,
  '0003-partner-list-speed': m0003,
  '0009-outcomes': m0009,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
