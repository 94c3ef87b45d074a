import { checkReceipt } from '@partnerfolio/core';
import { expect, it } from 'vitest';
import { type Db, withClock } from '../../db/connect.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { recordLedgerEvent } from '../agreements/events.js';
import { createAgreement } from '../agreements/writes.js';
import { StoreError } from '../errors.js';
import { ledgerCrypto } from '../ledger-crypto.js';
import { verifyLedgerSince } from '../ledger-tree.js';
import { operationsSummary } from '../operations.js';
import { createTestWorkspace } from '../test-support/factories.js';
import { statementReceipt } from './receipt.js';
import {
  listStatements,
  markTransferPaid,
  recordStatement,
  respondToStatement,
} from './statements.js';

const code = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof StoreError ? error.code : String(error)),
  );

const document = (a: string) => ({
  id: 'mc-1',
  type: 'market-cooperation',
  parties: ['us', a],
  start: '2026-01-01',
  end: '2027-12-31',
  terms: [
    {
      revenueShare: {
        source: 'api',
        collector: 'us',
        tiers: [{ upTo: null, shares: { [a]: 0.1 } }],
      },
    },
    { milestone: { id: 'm1', payer: 'us', payee: a, amount: 500 } },
  ],
});

/** Every timestamp the suite writes is taken at this moment. */
const pinned = { clock: () => new Date(Date.UTC(2026, 3, 1, 9)) };

describeEachDatabase('settlement statements', pinned, (get) => {
  async function setUp(db: Db) {
    const { workspace } = await createTestWorkspace(db, { partners: 2 });
    await createAgreement(
      db,
      workspace.id,
      { document: document('p00001'), status: 'active' },
      null,
    );
    const events = [
      { date: '2026-01-10', kind: 'revenue', source: 'api', amount: 1000 },
      { date: '2026-02-10', kind: 'revenue', source: 'api', amount: 234.56 },
      { date: '2026-03-01', kind: 'milestone', id: 'm1' },
    ];
    for (const e of events) await recordLedgerEvent(db, workspace.id, 'mc-1', e, null);
    return workspace;
  }

  it('records a signed statement, takes answers, supersedes a disputed one and pays a final one', async () => {
    const { db } = get();
    const ws = await setUp(db);
    const first = await recordStatement(
      db,
      ws,
      'mc-1',
      { from: '2026-01-01', to: '2026-03-31' },
      'ann',
    );
    expect(first).toMatchObject({ number: 1, status: 'open', awaiting: ['us', 'p00001'] });
    expect(first.document.balances).toEqual({ us: -623.46, p00001: 623.46 });
    expect(first.document.entries).toEqual([1, 2, 3]);
    expect(first.document.treeHead.size).toBe(3);
    expect(await verifyLedgerSince(db, first.document.treeHead)).toEqual({
      intact: true,
      entries: 3,
    });

    await respondToStatement(db, ws.id, 'mc-1', 1, { party: 'us', decision: 'accept' }, 'ann');
    expect(
      await code(
        respondToStatement(db, ws.id, 'mc-1', 1, { party: 'us', decision: 'accept' }, null),
      ),
    ).toBe('conflict');
    expect(
      await code(
        respondToStatement(
          db,
          ws.id,
          'mc-1',
          1,
          { party: 'p00001', decision: 'dispute', lines: [9], reason: 'x' },
          null,
        ),
      ),
    ).toBe('invalid');
    expect(
      await code(
        respondToStatement(
          db,
          ws.id,
          'mc-1',
          1,
          { party: 'p00001', decision: 'dispute', lines: [0] },
          null,
        ),
      ),
    ).toBe('invalid');
    expect(
      await code(
        respondToStatement(db, ws.id, 'mc-1', 1, { party: 'nobody', decision: 'accept' }, null),
      ),
    ).toBe('invalid');
    const disputed = await respondToStatement(
      db,
      ws.id,
      'mc-1',
      1,
      {
        party: 'p00001',
        decision: 'dispute',
        lines: [0],
        reason: 'February revenue was 2,345.60',
      },
      'bob',
    );
    expect(disputed.status).toBe('disputed');
    expect(
      await code(
        markTransferPaid(
          db,
          ws.id,
          'mc-1',
          1,
          { transfer: 0, date: '2026-04-02', reference: 'x' },
          null,
        ),
      ),
    ).toBe('conflict');

    // The correction: a new ledger entry, then a statement superseding the first.
    await recordLedgerEvent(
      db,
      ws.id,
      'mc-1',
      { date: '2026-02-10', kind: 'revenue', source: 'api', amount: 2111.04 },
      null,
    );
    const second = await recordStatement(
      db,
      ws,
      'mc-1',
      { from: '2026-01-01', to: '2026-03-31', supersedes: 1 },
      'ann',
    );
    expect(second.document.balances).toEqual({ us: -834.56, p00001: 834.56 });
    expect(second.document.supersedes).toBe(1);
    const [old] = await db.kysely
      .transaction()
      .execute((trx) => listStatements(trx, ws.id, 'mc-1'));
    expect(old).toMatchObject({ number: 1, status: 'superseded', supersededBy: 2 });
    expect(old?.document).toEqual(first.document);
    expect(
      await code(
        respondToStatement(db, ws.id, 'mc-1', 1, { party: 'p00001', decision: 'accept' }, null),
      ),
    ).toBe('conflict');

    await respondToStatement(db, ws.id, 'mc-1', 2, { party: 'us', decision: 'accept' }, null);
    const final = await respondToStatement(
      db,
      ws.id,
      'mc-1',
      2,
      { party: 'p00001', decision: 'accept' },
      null,
    );
    expect(final.status).toBe('final');
    // The dashboard's operations summary: owed from the last acceptance, due 30 days on.
    const transfer = final.document.transfers[0];
    const owed = await operationsSummary(db, ws.id);
    expect(owed.payments).toEqual({
      owed: [
        {
          agreement: 'mc-1',
          statement: 2,
          transfer: 0,
          from: transfer?.from,
          to: transfer?.to,
          amount: transfer?.amount,
          dueOn: '2026-05-01',
          daysOverdue: 0,
        },
      ],
      overdue: [],
    });
    const later = await operationsSummary(
      withClock(db, () => new Date(Date.UTC(2026, 4, 11, 9))),
      ws.id,
    );
    expect(later.payments.overdue).toEqual([
      expect.objectContaining({ statement: 2, transfer: 0, daysOverdue: 10 }),
    ]);
    const paid = await markTransferPaid(
      db,
      ws.id,
      'mc-1',
      2,
      { transfer: 0, date: '2026-04-02', reference: 'SWIFT 123' },
      null,
    );
    expect(paid.payments).toEqual([
      { transfer: 0, date: '2026-04-02', reference: 'SWIFT 123', at: '2026-04-01T09:00:00.000Z' },
    ]);
    expect(
      await code(
        markTransferPaid(
          db,
          ws.id,
          'mc-1',
          2,
          { transfer: 0, date: '2026-04-02', reference: 'again' },
          null,
        ),
      ),
    ).toBe('conflict');
    expect(
      await code(
        markTransferPaid(
          db,
          ws.id,
          'mc-1',
          2,
          { transfer: 5, date: '2026-04-02', reference: 'x' },
          null,
        ),
      ),
    ).toBe('invalid');
    expect((await operationsSummary(db, ws.id)).payments).toEqual({ owed: [], overdue: [] });
  });

  it('issues a receipt that checks offline and fails when anything in it changes', async () => {
    const { db } = get();
    const ws = await setUp(db);
    await recordStatement(db, ws, 'mc-1', { from: '2026-01-01', to: '2026-03-31' }, null);
    await recordLedgerEvent(
      db,
      ws.id,
      'mc-1',
      { date: '2026-04-10', kind: 'revenue', source: 'api', amount: 7 },
      null,
    );
    const receipt = await statementReceipt(db, ws.id, 'mc-1', 1);
    expect(receipt.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    const good = checkReceipt(JSON.parse(JSON.stringify(receipt)), ledgerCrypto);
    expect(good).toMatchObject({
      ok: true,
      value: { agreement: 'mc-1', number: 1, entries: 3, treeSize: 3 },
    });

    const failing = (mutate: (r: typeof receipt) => unknown) => {
      const copy = JSON.parse(JSON.stringify(receipt)) as typeof receipt;
      const result = checkReceipt(mutate(copy) ?? copy, ledgerCrypto);
      return result.ok ? 'ok' : result.issues[0]?.code;
    };
    expect(
      failing((r) => ({ ...r, statement: { ...r.statement, balances: { us: -1, p00001: 1 } } })),
    ).toBe('receipt_signature');
    expect(
      failing((r) => {
        const e = r.entries[1];
        if (e) (e as { leaf: string }).leaf = e.leaf.replace('234.56', '34.56');
      }),
    ).toBe('receipt_proof');
    expect(
      failing((r) => {
        const e = r.entries[0];
        if (e) (e.proof as string[])[0] = '00'.repeat(32);
      }),
    ).toBe('receipt_proof');
    expect(failing((r) => ({ ...r, publicKey: 'ab'.repeat(32) }))).toBe('receipt_key');
    expect(failing((r) => ({ ...r, entries: r.entries.slice(1) }))).toBe('receipt_entries');
    expect(failing((r) => ({ ...r, format: 'x' }))).toBe('receipt_invalid');
  });
});
