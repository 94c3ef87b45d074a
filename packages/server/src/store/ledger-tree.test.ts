import { fromHex, renderEnglish, verifyInclusion } from '@partnerfolio/core';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Db } from '../db/connect.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { recordLedgerEvent } from './agreements/events.js';
import { createAgreement } from './agreements/writes.js';
import { backupDatabase } from './backup.js';
import { ledgerHash, listLedger } from './ledger.js';
import { sha256 } from './ledger-crypto.js';
import { listLedgerKeys, rotateLedgerKey } from './ledger-keys.js';
import {
  ledgerConsistencyProof,
  ledgerInclusionProof,
  signLedgerCheckpoint,
  verifyLedgerSince,
} from './ledger-tree.js';
import { verifyLedger } from './ledger-verify.js';
import { createTestWorkspace } from './test-support/factories.js';

const agreement = (a: string) => ({
  id: 'rs-1',
  type: 'market-cooperation',
  parties: ['us', a],
  start: '2026-01-01',
  end: '2027-12-31',
  terms: [
    {
      revenueShare: {
        source: 'product',
        collector: 'us',
        tiers: [{ upTo: null, shares: { [a]: 0.1 } }],
      },
    },
  ],
});

/** Every timestamp the suite writes is taken at this moment. */
const pinned = { clock: () => new Date(Date.UTC(2026, 5, 30, 12)) };

describeEachDatabase('ledger checkpoints and proofs', pinned, (get) => {
  async function ledgerOf(db: Db, entries: number) {
    const { workspace } = await createTestWorkspace(db, { partners: 1 });
    await createAgreement(
      db,
      workspace.id,
      { document: agreement('p00001'), status: 'active' },
      null,
    );
    const record = async (amount: number) =>
      recordLedgerEvent(
        db,
        workspace.id,
        'rs-1',
        { date: '2026-02-01', kind: 'revenue', source: 'product', amount },
        null,
      );
    for (let i = 1; i <= entries; i += 1) await record(i * 100);
    return { workspace, record };
  }

  it('signs a head that the ledger keeps extending, across a key rotation', async () => {
    const { db } = get();
    const { workspace, record } = await ledgerOf(db, 5);
    const head = await signLedgerCheckpoint(db, workspace);
    expect(head).toMatchObject({
      workspace: workspace.slug,
      size: 5,
      at: '2026-06-30T12:00:00.000Z',
    });
    expect(await verifyLedgerSince(db, head)).toEqual({ intact: true, entries: 5 });
    await record(600);
    await record(700);
    expect(await verifyLedgerSince(db, head)).toEqual({ intact: true, entries: 7 });
    const newKey = await rotateLedgerKey(db, workspace.id);
    expect(newKey.keyId).not.toBe(head.keyId);
    expect((await listLedgerKeys(db, workspace.id)).map((k) => k.keyId)).toEqual(
      expect.arrayContaining([head.keyId, newKey.keyId]),
    );
    const later = await signLedgerCheckpoint(db, workspace);
    expect(later.keyId).toBe(newKey.keyId);
    expect(await verifyLedgerSince(db, head)).toEqual({ intact: true, entries: 7 });
    expect(await verifyLedgerSince(db, later)).toEqual({ intact: true, entries: 7 });
    const backup = await backupDatabase(db);
    expect(
      (backup.tables.ledger_keys ?? []).filter((k) => k.workspace_id === workspace.id),
    ).toHaveLength(2);
  });

  it('refuses a head whose fields were changed or that another key signed', async () => {
    const { db } = get();
    const { workspace } = await ledgerOf(db, 3);
    const head = await signLedgerCheckpoint(db, workspace);
    const reason = async (input: unknown) => {
      const r = await verifyLedgerSince(db, input);
      return r.intact ? 'intact' : r.reason;
    };
    expect(await reason({ ...head, size: 2 })).toContain('signature');
    expect(await reason({ ...head, rootHash: '00'.repeat(32) })).toContain('signature');
    expect(await reason({ ...head, size: 'three' })).toContain('not a signed tree head');
    const other = await ledgerOf(db, 3);
    const foreign = await signLedgerCheckpoint(db, other.workspace);
    expect(await reason({ ...foreign, workspace: workspace.slug })).toContain(
      "not one of this workspace's keys",
    );
    expect(await reason({ ...head, signature: foreign.signature })).toContain('signature');
    expect(await reason({ ...head, workspace: 'nowhere' })).toBe('there is no workspace "nowhere"');
  });

  it('says each refusal as a code with its values, whose English is the reason', async () => {
    const { db } = get();
    const { workspace } = await ledgerOf(db, 3);
    const head = await signLedgerCheckpoint(db, workspace);
    const other = await ledgerOf(db, 3);
    const foreign = await signLedgerCheckpoint(db, other.workspace);
    const because = async (input: unknown, expect?: { workspace: string }) => {
      const r = await verifyLedgerSince(db, input, expect);
      if (r.intact) return null;
      // One renderer: the reason is the code's English.
      if (r.reason !== renderEnglish(r.because)) throw new Error(`${r.reason} is not its code's`);
      return r.because;
    };
    expect(await because({ ...head, size: 2 })).toEqual({
      code: 'checkpoint.signature',
      params: {},
    });
    expect(await because({ ...head, size: 'three' })).toEqual({
      code: 'checkpoint.malformed',
      params: { field: 'size' },
    });
    expect(await because({ ...foreign, workspace: workspace.slug })).toEqual({
      code: 'checkpoint.unknown_key',
      params: { key: foreign.keyId },
    });
    expect(await because({ ...head, workspace: 'nowhere' })).toEqual({
      code: 'checkpoint.no_workspace',
      params: { workspace: 'nowhere' },
    });
    expect(await because(head, { workspace: other.workspace.slug })).toEqual({
      code: 'checkpoint.other_workspace',
      params: { named: workspace.slug, expected: other.workspace.slug },
    });
    expect(await because(head, { workspace: workspace.slug })).toBeNull();
  });

  it('catches the newest entries cut off behind its back', async () => {
    const { db } = get();
    const { workspace } = await ledgerOf(db, 6);
    const head = await signLedgerCheckpoint(db, workspace);
    await sql`delete from ledger_entries where workspace_id = ${workspace.id} and seq > 4`.execute(
      db.kysely,
    );
    // The hash chain alone cannot see it:
    expect(await verifyLedger(db, workspace.id)).toEqual({ intact: true, entries: 4 });
    const result = await verifyLedgerSince(db, head);
    expect(result).toEqual({
      intact: false,
      reason: 'entries were cut off: the checkpoint covers 6 entries, the ledger now has 4',
      because: { code: 'checkpoint.cut', params: { size: '6', now: '4' } },
    });
  });

  it('catches an entry rewritten and the chain re-computed after it', async () => {
    const { db } = get();
    const { workspace, record } = await ledgerOf(db, 5);
    const head = await signLedgerCheckpoint(db, workspace);
    await record(999);
    // Rewrite entry 2's amount and re-chain every hash after it, as a forger would.
    const entries = await listLedger(db.kysely, workspace.id);
    let prev = '0'.repeat(64);
    for (const entry of entries) {
      const event = entry.seq === 2 ? { ...entry.event, amount: 1 } : entry.event;
      const hash = ledgerHash(prev, { ...entry, event });
      await sql`update ledger_entries set event = ${JSON.stringify(event)}, prev_hash = ${prev}, hash = ${hash}
      where workspace_id = ${workspace.id} and seq = ${entry.seq}`.execute(db.kysely);
      prev = hash;
    }
    expect(await verifyLedger(db, workspace.id)).toEqual({ intact: true, entries: 6 });
    const result = await verifyLedgerSince(db, head);
    expect(result.intact).toBe(false);
    expect(result.intact ? '' : result.reason).toContain('entries were rewritten');
  });

  it('proves inclusion and consistency from the stored ledger', async () => {
    const { db } = get();
    const { workspace } = await ledgerOf(db, 7);
    const head = await signLedgerCheckpoint(db, workspace);
    const inclusion = await ledgerInclusionProof(db, workspace.id, 3);
    expect(inclusion.root).toBe(head.rootHash);
    const check = {
      index: 2,
      size: 7,
      leafHash: fromHex(inclusion.leafHash) as Uint8Array,
      proof: inclusion.proof.map((p) => fromHex(p) as Uint8Array),
      root: fromHex(head.rootHash) as Uint8Array,
    };
    expect(verifyInclusion(sha256, check).ok).toBe(true);
    expect(verifyInclusion(sha256, { ...check, index: 3 }).ok).toBe(false);
    const consistency = await ledgerConsistencyProof(db, workspace.id, 3);
    expect(consistency).toMatchObject({ first: 3, second: 7, secondRoot: head.rootHash });
    expect(consistency.proof.length).toBeGreaterThan(0);
  });
});
