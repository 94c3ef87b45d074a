import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { SQLITE_FILE, withClock } from '../db/connect.js';
import {
  createTestDatabase,
  describeEachDatabase,
  type TestDatabase,
} from '../test-support/databases.js';
import { now, readTransaction, today, writeTransaction } from './tx.js';
import { createWorkspace, listWorkspaces } from './workspaces.js';

describeEachDatabase('write transactions', (get) => {
  it('roll back everything when the function throws, and leave the connection usable', async () => {
    const { db } = get();
    const at = now(db);
    await expect(
      writeTransaction(db, async (trx) => {
        await trx
          .insertInto('workspaces')
          .values({
            id: 'rolled-back',
            slug: 'rolled-back',
            name: 'x',
            created_at: at,
            settings: '{}',
            version: 1,
          })
          .execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await listWorkspaces(db)).map((w) => w.slug)).not.toContain('rolled-back');
    await createWorkspace(db, { slug: 'after-rollback', name: 'ok', actor: null });
    expect((await listWorkspaces(db)).map((w) => w.slug)).toContain('after-rollback');
  });

  it("take the time from the handle's clock, inside transactions too", async () => {
    const db = withClock(get().db, fixedClock('2026-01-02T03:04:05Z'));
    expect(now(db)).toBe('2026-01-02T03:04:05.000Z');
    expect(await writeTransaction(db, async (trx) => now(trx))).toBe('2026-01-02T03:04:05.000Z');
    expect(await readTransaction(db, async (trx) => today(trx))).toBe('2026-01-02');
    const workspace = await createWorkspace(db, { slug: 'pinned-clock', name: 'c', actor: null });
    expect(workspace.createdAt).toBe('2026-01-02T03:04:05.000Z');
    expect(() => now(get().db.kysely)).toThrow('transaction');
  });
});

describe('SQLite: a writer in another process', () => {
  let target: TestDatabase & { drop(): Promise<void> };
  beforeAll(async () => {
    target = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await target.drop();
  });

  it('makes our write transaction wait (busy_timeout), not fail with SQLITE_BUSY', async () => {
    const require = createRequire(import.meta.url);
    const driver = require.resolve('better-sqlite3');
    const file = join(target.dataDir ?? '', SQLITE_FILE);
    // The other process takes the write lock, says so, holds it for 800 ms, then commits.
    const script = `
      const Database = require(${JSON.stringify(driver)});
      const db = new Database(${JSON.stringify(file)});
      db.pragma('busy_timeout = 10000');
      db.exec('begin immediate');
      process.stdout.write('locked\\n');
      const until = Date.now() + 800;
      while (Date.now() < until) {}
      db.exec('commit');
      db.close();
    `;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('locked')) resolve();
      });
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`the locking process exited early (${code})`)));
    });
    const started = performance.now();
    const ws = await createWorkspace(target.db, { slug: 'waited', name: 'Waited', actor: null });
    const waited = performance.now() - started;
    expect(ws.slug).toBe('waited');
    expect(waited).toBeGreaterThan(300);
    await new Promise((resolve) => child.on('close', resolve));
  });
});
