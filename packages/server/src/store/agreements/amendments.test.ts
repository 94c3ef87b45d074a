import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import { StoreError } from '../errors.js';
import { recordStatement } from '../statements/statements.js';
import { createTestWorkspace } from '../test-support/factories.js';
import { acceptAmendment, proposeAmendment } from './amendments.js';
import { recordLedgerEvent, settleFromLedger } from './events.js';
import { createAgreement, updateAgreement } from './writes.js';

const code = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof StoreError ? error.code : String(error)),
  );

const doc = (share: number) => ({
  id: 'mc-am',
  type: 'market-cooperation',
  parties: ['us', 'p00001'],
  start: '2026-01-01',
  end: '2027-12-31',
  terms: [
    {
      revenueShare: {
        source: 'api',
        collector: 'us',
        tiers: [{ upTo: null, shares: { p00001: share } }],
      },
    },
  ],
});

describeEachDatabase('amendments', { clock: () => new Date(Date.UTC(2026, 5, 20, 9)) }, (get) => {
  it('changes the next period once both sides accept, never the last; in-place edits are refused', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 1 });
    const ws = workspace.id;
    const agreement = await createAgreement(db, ws, { document: doc(0.1), status: 'active' }, null);
    for (const [date, amount] of [
      ['2026-03-01', 1000],
      ['2026-08-01', 1000],
    ] as const) {
      await recordLedgerEvent(
        db,
        ws,
        'mc-am',
        { date, kind: 'revenue', source: 'api', amount },
        null,
      );
    }
    const h1 = { from: '2026-01-01', to: '2026-06-30' };
    const h2 = { from: '2026-07-01', to: '2026-12-31' };
    const before = await settleFromLedger(db, ws, 'mc-am', h1);
    expect(before.balances).toEqual({ us: -100, p00001: 100 });

    // Editing the terms of an active agreement in place is refused; other fields are not.
    expect(
      await code(updateAgreement(db, ws, 'mc-am', { document: doc(0.2) }, agreement.version, null)),
    ).toBe('conflict');
    const retitled = await updateAgreement(
      db,
      ws,
      'mc-am',
      { document: { ...doc(0.1), title: 'Market cooperation' } },
      agreement.version,
      null,
    );
    expect(retitled.title).toBe('Market cooperation');

    const proposed = await proposeAmendment(
      db,
      ws,
      'mc-am',
      { document: { ...doc(0.2), title: 'Market cooperation' }, effectiveFrom: '2026-07-01' },
      'ann',
    );
    expect(proposed).toMatchObject({ version: 2, status: 'proposed', awaiting: ['us', 'p00001'] });
    expect(proposed.diff).toEqual([
      { path: 'terms[0].revenueShare.tiers[0].shares.p00001', before: 0.1, after: 0.2 },
    ]);
    expect(
      await code(
        proposeAmendment(
          db,
          ws,
          'mc-am',
          { document: doc(0.3), effectiveFrom: '2026-09-01' },
          null,
        ),
      ),
    ).toBe('conflict');
    // Proposed but not accepted: nothing changes yet.
    expect((await settleFromLedger(db, ws, 'mc-am', h2)).balances).toEqual({
      us: -100,
      p00001: 100,
    });
    await acceptAmendment(db, ws, 'mc-am', 2, 'us', null);
    expect(await code(acceptAmendment(db, ws, 'mc-am', 2, 'us', null))).toBe('conflict');
    const accepted = await acceptAmendment(db, ws, 'mc-am', 2, 'p00001', 'partner');
    expect(accepted.status).toBe('accepted');

    expect((await settleFromLedger(db, ws, 'mc-am', h1)).balances).toEqual({
      us: -100,
      p00001: 100,
    });
    expect((await settleFromLedger(db, ws, 'mc-am', h2)).balances).toEqual({
      us: -200,
      p00001: 200,
    });
    const year = await recordStatement(
      db,
      workspace,
      'mc-am',
      { from: '2026-01-01', to: '2026-12-31' },
      null,
    );
    expect(year.document.balances).toEqual({ us: -300, p00001: 300 });
    expect(year.document.termsVersion).toBe(2);
    expect(year.document.termsVersions?.map((v) => [v.version, v.effectiveFrom])).toEqual([
      [1, '2026-01-01'],
      [2, '2026-07-01'],
    ]);

    expect(
      await code(
        proposeAmendment(
          db,
          ws,
          'mc-am',
          { document: doc(0.3), effectiveFrom: '2026-06-01' },
          null,
        ),
      ),
    ).toBe('invalid');
    expect(
      await code(
        proposeAmendment(
          db,
          ws,
          'mc-am',
          { document: { ...doc(0.3), parties: ['us'] }, effectiveFrom: '2026-09-01' },
          null,
        ),
      ),
    ).toBe('invalid');
  });
});
