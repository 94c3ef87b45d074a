import type { Config, Db } from '@partnerfolio/server';
import { usageError } from '../errors.js';
import { loadServer } from '../server-module.js';

/** Flags shared by the commands that work on a server's data (`--data`, `--port`, `--host`). */
export interface DataFlags {
  readonly data?: string;
  readonly port?: string;
  readonly host?: string;
}

/** The server configuration from flags and the environment, or a usage error naming each problem. */
export async function configFrom(flags: DataFlags): Promise<Config> {
  const { ConfigError, loadConfig } = await loadServer();
  try {
    return loadConfig({ data: flags.data, port: flags.port, host: flags.host }, process.env);
  } catch (error) {
    if (error instanceof ConfigError) throw usageError(error.message);
    throw error;
  }
}

/** Opens (and migrates) the database the server would use; works while a server runs. */
export async function withDatabase<T>(
  flags: DataFlags,
  fn: (db: Db, config: Config) => Promise<T>,
): Promise<T> {
  const config = await configFrom(flags);
  const { databaseTarget, migrateToLatest, openDatabase } = await loadServer();
  const db = openDatabase(databaseTarget(config));
  try {
    await migrateToLatest(db);
    return await fn(db, config);
  } finally {
    await db.close();
  }
}
