import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-agreements.js';
import * as m0003 from './0003-partner-list-speed.js';
import * as m0004 from './0004-accounts.js';
import * as m0005 from './0005-lifecycle-costs.js';
import * as m0006 from './0006-ledger-keys.js';
import * as m0007 from './0007-statements.js';
import * as m0008 from './0008-amendments.js';
import * as m0009 from './0009-outcomes.js';
import * as m0010 from './0010-login-throttle.js';
import * as m0011 from './0011-score-history.js';
import * as m0012 from './0012-partner-seat.js';
import * as m0013 from './0013-one-loop.js';
import * as m0014 from './0014-score-distributions.js';
import * as m0015 from './0015-estimate-history.js';
import * as m0016 from './0016-job-summary.js';

/** Migrations are code, listed here in order; the same list runs on SQLite and PostgreSQL. */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-agreements': m0002,
  '0003-partner-list-speed': m0003,
  '0004-accounts': m0004,
  '0005-lifecycle-costs': m0005,
  '0006-ledger-keys': m0006,
  '0007-statements': m0007,
  '0008-amendments': m0008,
  '0009-outcomes': m0009,
  '0010-login-throttle': m0010,
  '0011-score-history': m0011,
  '0012-partner-seat': m0012,
  '0013-one-loop': m0013,
  '0014-score-distributions': m0014,
  '0015-estimate-history': m0015,
  '0016-job-summary': m0016,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
