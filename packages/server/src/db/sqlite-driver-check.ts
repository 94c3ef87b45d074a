/**
 * better-sqlite3 12 (the version the lock file holds: the last that runs on Node 20)
 * aborts Node ≥ 24.19 whenever a collected statement is finalised (Node's ObjectWrap now
 * registers cleanup hooks; better-sqlite3 13 fixed it and needs Node ≥ 22). Rather than
 * crash at a random moment later, the server refuses to open SQLite on that pair and
 * says what to do.
 */
import { createRequire } from 'node:module';

export function sqliteDriverProblem(
  nodeVersion: string = process.versions.node,
  driverVersion: string = driverPackageVersion(),
): string | null {
  const node = Number(nodeVersion.split('.')[0]);
  const driver = Number(driverVersion.split('.')[0]);
  if (node >= 24 && driver < 13) {
    return (
      `Node ${nodeVersion} needs better-sqlite3 13 or newer for the embedded database (found ${driverVersion}, ` +
      'which aborts the process on Node 24). Run `npm install -w @partnerfolio/server better-sqlite3@13`, ' +
      'use Node 20 or 22, or set DATABASE_URL to use PostgreSQL.'
    );
  }
  return null;
}

function driverPackageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('better-sqlite3/package.json') as { version: string }).version;
}
