/**
 * `ledger checkpoint` and `ledger verify --since` through the real binary. The ledger rows
 * are written straight into the database (as a forger behind the server's back would),
 * chained with the server's own `ledgerHash`, so that the hash chain stays valid and only
 * the signed Merkle tree head can tell.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Db,
  getWorkspaceBySlug,
  ledgerHash,
  migrateToLatest,
  openDatabase,
} from '@partnerfolio/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from './run-cli.js';

const GENESIS = '0'.repeat(64);

async function withDb<T>(dir: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase({ kind: 'sqlite', dir });
  try {
    await migrateToLatest(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Rewrites the workspace's ledger to `amounts` (one revenue entry each), chained from the start. */
async function writeLedger(dir: string, slug: string, amounts: readonly number[]): Promise<void> {
  await withDb(dir, async (db) => {
    const ws = (await getWorkspaceBySlug(db, slug)).id;
    await db.kysely.deleteFrom('ledger_entries').where('workspace_id', '=', ws).execute();
    let prev = GENESIS;
    for (const [i, amount] of amounts.entries()) {
      const event = { amount, date: '2026-02-01', kind: 'revenue', source: 'api' };
      const entry = {
        workspaceId: ws,
        seq: i + 1,
        agreementId: null,
        kind: 'revenue',
        eventDate: '2026-02-01',
        event,
        author: null,
        at: `2026-02-01T00:00:0${i % 10}.000Z`,
      };
      const hash = ledgerHash(prev, entry);
      await db.kysely
        .insertInto('ledger_entries')
        .values({
          workspace_id: ws,
          seq: entry.seq,
          agreement_id: null,
          kind: entry.kind,
          event_date: entry.eventDate,
          event: JSON.stringify(event),
          author: null,
          at: entry.at,
          prev_hash: prev,
          hash,
        })
        .execute();
      prev = hash;
    }
  });
}

describe('ledger checkpoint and verify --since', () => {
  const dir = mkdtempSync(join(tmpdir(), 'partnerfolio-ledger-'));
  const file = join(dir, 'checkpoint.json');
  const since = () => runBin(['ledger', 'verify', '--since', file, '--data', dir, '--json']);

  beforeAll(async () => {
    const add = await runBin(
      ['user', 'add', '--email', 'o@example.org', '--password', 'a-long-password'].concat([
        '--workspace',
        'acme',
        '--data',
        dir,
      ]),
    );
    expect(add.code, add.stderr).toBe(0);
  }, 30_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a signed tree head with exactly the contract fields', async () => {
    await writeLedger(dir, 'acme', [1, 2, 3, 4, 5]);
    const run = await runBin([
      'ledger',
      'checkpoint',
      '--data',
      dir,
      '--workspace',
      'acme',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const head = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(head).sort()).toEqual(
      ['at', 'keyId', 'publicKey', 'rootHash', 'signature', 'size', 'workspace'].sort(),
    );
    expect(head).toMatchObject({ workspace: 'acme', size: 5 });
    expect(head.rootHash).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(file, run.stdout);
    // The only workspace is the default.
    const again = await runBin(['ledger', 'checkpoint', '--data', dir, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ rootHash: head.rootHash, keyId: head.keyId });
  });

  it('accepts a ledger that only grew', async () => {
    await writeLedger(dir, 'acme', [1, 2, 3, 4, 5, 6, 7]);
    const run = await since();
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ intact: true, entries: 7 });
  });

  it('catches the newest entries deleted behind its back (the chain alone cannot)', async () => {
    await writeLedger(dir, 'acme', [1, 2, 3]);
    const chain = await runBin(['ledger', 'verify', '--data', dir, '--json']);
    expect(JSON.parse(chain.stdout)).toEqual({ intact: true, entries: 3 });
    const run = await since();
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      intact: false,
      reason: 'entries were cut off: the checkpoint covers 5 entries, the ledger now has 3',
      because: { code: 'checkpoint.cut', params: { size: '5', now: '3' } },
    });
  });

  it('catches an entry rewritten and the chain re-computed', async () => {
    await writeLedger(dir, 'acme', [1, 2000, 3, 4, 5, 6]);
    const chain = await runBin(['ledger', 'verify', '--data', dir, '--json']);
    expect(JSON.parse(chain.stdout)).toEqual({ intact: true, entries: 6 });
    const run = await since();
    expect(run.code).toBe(1);
    const answer = JSON.parse(run.stdout) as { intact: boolean; reason: string };
    expect(answer.intact).toBe(false);
    expect(answer.reason).toMatch(/^entries were rewritten/);
  });

  it('refuses a checkpoint that was edited, and names a file it cannot read', async () => {
    await writeLedger(dir, 'acme', [1, 2, 3, 4, 5]);
    expect((await since()).code).toBe(0);
    const head = JSON.parse(
      (await runBin(['ledger', 'checkpoint', '--data', dir, '--json'])).stdout,
    );
    writeFileSync(file, JSON.stringify({ ...head, size: 4 }));
    const edited = await since();
    expect(edited.code).toBe(1);
    expect((JSON.parse(edited.stdout) as { reason: string }).reason).toMatch(/signature/);
    const missing = await runBin([
      'ledger',
      'verify',
      '--since',
      join(dir, 'nope.json'),
      '--data',
      dir,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json/);
  });
});
