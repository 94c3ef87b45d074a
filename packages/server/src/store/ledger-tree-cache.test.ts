import { MerkleTree, toHex } from '@partnerfolio/core';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { recordLedgerEvent } from './agreements/events.js';
import { createAgreement } from './agreements/writes.js';
import { ledgerHash, ledgerLeaf, listLedger } from './ledger.js';
import { sha256 } from './ledger-crypto.js';
import { ledgerConsistencyProof, signLedgerCheckpoint, verifyLedgerSince } from './ledger-tree.js';
import { keptTreeSize } from './ledger-tree-cache.js';
import { createTestWorkspace } from './test-support/factories.js';

const clock = () => new Date(Date.UTC(2026, 5, 30, 12));

describeEachDatabase('the kept ledger tree', { clock }, (get) => {
  async function ledger() {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 1 });
    await createAgreement(
      db,
      workspace.id,
      {
        document: {
          id: 'kt-1',
          type: 'market-cooperation',
          parties: ['us', 'p00001'],
          start: '2026-01-01',
          end: '2027-12-31',
          terms: [
            {
              revenueShare: {
                source: 'product',
                collector: 'us',
                tiers: [{ upTo: null, shares: { p00001: 0.1 } }],
              },
            },
          ],
        },
        status: 'active',
      },
      null,
    );
    const record = (amount: number) =>
      recordLedgerEvent(
        db,
        workspace.id,
        'kt-1',
        { date: '2026-02-01', kind: 'revenue', source: 'product', amount },
        null,
      );
    /** The root a full rebuild from the rows gives. */
    const rebuiltRoot = async () => {
      const tree = new MerkleTree(sha256);
      for (const e of await listLedger(db.kysely, workspace.id)) {
        tree.append(Buffer.from(ledgerLeaf(e), 'utf8'));
      }
      return toHex(tree.root());
    };
    return { db, workspace, record, rebuiltRoot };
  }

  it('extends the kept tree by the new entries only, and its heads still verify', async () => {
    const { db, workspace, record, rebuiltRoot } = await ledger();
    for (let i = 1; i <= 5; i += 1) await record(i);
    const first = await signLedgerCheckpoint(db, workspace);
    expect(keptTreeSize(db, workspace.id)).toBe(5);
    await record(6);
    await record(7);
    const second = await signLedgerCheckpoint(db, workspace);
    expect(second.size).toBe(7);
    expect(second.rootHash).toBe(await rebuiltRoot());
    expect(await verifyLedgerSince(db, first)).toEqual({ intact: true, entries: 7 });
    const proof = await ledgerConsistencyProof(db, workspace.id, 5);
    expect(proof.secondRoot).toBe(second.rootHash);
    // Several requests at once append each entry once.
    await record(8);
    const heads = await Promise.all([1, 2, 3].map(() => signLedgerCheckpoint(db, workspace)));
    expect(new Set(heads.map((h) => h.rootHash))).toEqual(new Set([await rebuiltRoot()]));
    expect(keptTreeSize(db, workspace.id)).toBe(8);
  });

  it('rebuilds when entries were cut off or the chain rewritten behind its back', async () => {
    const { db, workspace, record, rebuiltRoot } = await ledger();
    for (let i = 1; i <= 6; i += 1) await record(i);
    const head = await signLedgerCheckpoint(db, workspace);
    await sql`delete from ledger_entries where workspace_id = ${workspace.id} and seq > 4`.execute(
      db.kysely,
    );
    const cut = await signLedgerCheckpoint(db, workspace);
    expect(cut.size).toBe(4);
    expect(cut.rootHash).toBe(await rebuiltRoot());
    expect((await verifyLedgerSince(db, head)).intact).toBe(false);
    // Entry 2 rewritten and every hash after it re-chained, then one more entry appended.
    let prev = '0'.repeat(64);
    for (const entry of await listLedger(db.kysely, workspace.id)) {
      const event = entry.seq === 2 ? { ...entry.event, amount: 1 } : entry.event;
      const hash = ledgerHash(prev, { ...entry, event });
      await sql`update ledger_entries set event = ${JSON.stringify(event)}, prev_hash = ${prev}, hash = ${hash}
        where workspace_id = ${workspace.id} and seq = ${entry.seq}`.execute(db.kysely);
      prev = hash;
    }
    await record(99);
    const rewritten = await signLedgerCheckpoint(db, workspace);
    expect(rewritten.size).toBe(5);
    expect(rewritten.rootHash).toBe(await rebuiltRoot());
  });
});
