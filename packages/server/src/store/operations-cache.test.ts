import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Db } from '../db/connect.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { recordLedgerEvent } from './agreements/events.js';
import { createAgreement } from './agreements/writes.js';
import { operationsSummary } from './operations.js';
import { createTestWorkspace } from './test-support/factories.js';

const agreement = {
  id: 'pool-1',
  title: 'GPU pool',
  type: 'resource-sharing',
  parties: ['us', 'p00001'],
  start: '2026-01-01',
  end: '2027-12-31',
  terms: [{ costShare: { pool: 'compute', split: { us: 0.5, p00001: 0.5 } } }],
};

const cost = (day: number, amount: number) => ({
  date: `2026-02-${String(day).padStart(2, '0')}`,
  kind: 'cost',
  pool: 'compute',
  amount,
  paidBy: 'us',
});

describeEachDatabase('the operations summary, once per state of the workspace', (get) => {
  async function setUp(db: Db) {
    const { workspace } = await createTestWorkspace(db, { partners: 2 });
    const created = await createAgreement(
      db,
      workspace.id,
      { document: agreement, status: 'active' },
      'lead',
    );
    return { ws: workspace.id, agreementId: created.id };
  }

  it('follows every append, and serves the same answer while nothing changes', async () => {
    const { db } = get();
    const { ws, agreementId } = await setUp(db);
    const empty = await operationsSummary(db, ws);
    expect(empty.ledger).toMatchObject({ intact: true, entries: 0, lastRecordedAt: null });
    for (let day = 1; day <= 3; day++) {
      await recordLedgerEvent(db, ws, agreementId, cost(day, 100 * day), 'lead');
    }
    const first = await operationsSummary(db, ws);
    expect(first.ledger).toMatchObject({ intact: true, entries: 3 });
    expect(first.ledger.lastRecordedAt).not.toBeNull();
    // Nothing written: the very same answer, not a recomputation.
    expect(await operationsSummary(db, ws)).toBe(first);
    await recordLedgerEvent(db, ws, agreementId, cost(4, 400), 'lead');
    const second = await operationsSummary(db, ws);
    expect(second).not.toBe(first);
    expect(second.ledger).toMatchObject({ intact: true, entries: 4 });
  });

  it('resumes the chain walk after the verified prefix and still names a bad new entry', async () => {
    const { db } = get();
    const { ws, agreementId } = await setUp(db);
    for (let day = 1; day <= 3; day++) {
      await recordLedgerEvent(db, ws, agreementId, cost(day, 10), 'lead');
    }
    expect((await operationsSummary(db, ws)).ledger.intact).toBe(true);
    await recordLedgerEvent(db, ws, agreementId, cost(5, 10), 'lead');
    // The newest entry is altered behind the server's back: its content no longer hashes.
    await sql`update ledger_entries set event = ${'{"amount":"999999","date":"2026-02-05","kind":"cost","paidBy":"us","pool":"compute"}'} where workspace_id = ${ws} and seq = 4`.execute(
      db.kysely,
    );
    const summary = await operationsSummary(db, ws);
    expect(summary.ledger).toMatchObject({ intact: false, firstBad: { seq: 4 } });
  });

  it('walks the whole chain again when the verified prefix itself changed', async () => {
    const { db } = get();
    const { ws, agreementId } = await setUp(db);
    for (let day = 1; day <= 3; day++) {
      await recordLedgerEvent(db, ws, agreementId, cost(day, 10), 'lead');
    }
    expect((await operationsSummary(db, ws)).ledger.intact).toBe(true);
    // Entry 3 (the end of the verified prefix) is re-hashed, then a new entry arrives.
    await sql`update ledger_entries set hash = ${'0'.repeat(64)} where workspace_id = ${ws} and seq = 3`.execute(
      db.kysely,
    );
    await recordLedgerEvent(db, ws, agreementId, cost(9, 10), 'lead');
    const summary = await operationsSummary(db, ws);
    expect(summary.ledger).toMatchObject({ intact: false, firstBad: { seq: 3 } });
  });
});
