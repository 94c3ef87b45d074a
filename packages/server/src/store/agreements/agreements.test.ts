import { EXIT_STEPS } from '@partnerfolio/core';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Db } from '../../db/connect.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { StoreError } from '../errors.js';
import { startExitPlan, updateExitStep } from '../exit-plans.js';
import { listLedger } from '../ledger.js';
import { verifyLedger } from '../ledger-verify.js';
import { operationsSummary } from '../operations.js';
import { changePartnerStatus, deletePartner, getPartner } from '../partners.js';
import { createReview, previewReview } from '../reviews/reviews.js';
import { partnerTrust } from '../reviews/trust.js';
import { replaceWorkspaceFromSpec } from '../spec-replace.js';
import { createTestWorkspace, generateSpec } from '../test-support/factories.js';
import { recordLedgerEvent, settleFromLedger } from './events.js';
import { listAgreements } from './list.js';
import { changeObligationState, createObligation, listObligations } from './obligations.js';
import { createAgreement, updateAgreement } from './writes.js';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a StoreError');
    },
    (error: unknown) => {
      if (!(error instanceof StoreError)) throw error;
      return error;
    },
  );

/** The example of docs/agreements.md with the workspace's partners as parties. */
const jointRnd = (a: string, b: string) => ({
  id: 'jrd-2026-01',
  title: 'Joint R&D on model compression',
  type: 'joint-rnd',
  parties: ['us', a, b],
  start: '2026-01-01',
  end: '2028-12-31',
  noticeDays: 90,
  ip: { foreground: { us: 0.6, [a]: 0.4 } },
  terms: [
    {
      revenueShare: {
        source: 'product-x',
        collector: 'us',
        tiers: [
          { upTo: 1000000, shares: { [a]: 0.1 } },
          { upTo: null, shares: { [a]: 0.05 } },
        ],
        cap: { [a]: 80000 },
      },
    },
    { costShare: { pool: 'compute', split: { us: 0.5, [b]: 0.5 } } },
    { milestone: { id: 'm1', payer: b, payee: a, amount: 50000 } },
  ],
});

/** Every timestamp the suite writes is taken at this moment. */
const pinned = { clock: () => new Date(Date.UTC(2026, 5, 30, 12)) };

describeEachDatabase('agreements, ledger, reviews and exit', pinned, (get) => {
  async function setUp(db: Db) {
    const { workspace } = await createTestWorkspace(db, { partners: 3 });
    const agreement = await createAgreement(
      db,
      workspace.id,
      { document: jointRnd('p00001', 'p00002'), status: 'active' },
      'lead',
    );
    return { ws: workspace.id, agreement };
  }

  it('creates an agreement whose parties are us and partners, and names a stranger', async () => {
    const { db } = get();
    const { ws, agreement } = await setUp(db);
    expect(agreement.parties).toEqual([
      { party: 'us', partner: null },
      { party: 'p00001', partner: 'p00001' },
      { party: 'p00002', partner: 'p00002' },
    ]);
    expect((await listAgreements(db, ws, { partner: 'p00002' })).map((a) => a.code)).toEqual([
      'jrd-2026-01',
    ]);
    expect(await listAgreements(db, ws, { partner: 'p00003' })).toEqual([]);
    const stranger = await rejection(
      createAgreement(db, ws, { document: { ...jointRnd('p00001', 'nobody'), id: 'x' } }, null),
    );
    expect(stranger.details.issues?.[0]?.path).toEqual(['document', 'parties', 2]);
    const invalid = await rejection(
      createAgreement(
        db,
        ws,
        { document: { ...jointRnd('p00001', 'p00002'), id: 'y', end: '2020-01-01' } },
        null,
      ),
    );
    expect(invalid.details.issues?.[0]?.path).toEqual(['document', 'end']);
    expect(
      (await rejection(createAgreement(db, ws, { document: jointRnd('p00001', 'p00002') }, null)))
        .code,
    ).toBe('duplicate');
    const stale = await rejection(
      updateAgreement(db, ws, agreement.code, { status: 'ended' }, 0, null),
    );
    expect(stale.code).toBe('conflict');
    const ended = await updateAgreement(db, ws, agreement.code, { status: 'ended' }, 1, null);
    expect(ended.status).toBe('ended');
    const back = await rejection(
      updateAgreement(db, ws, agreement.code, { status: 'active' }, 2, null),
    );
    expect(back.code).toBe('invalid_transition');
  });

  it('settles a quarter from the ledger line by line, paying a milestone once', async () => {
    const { db } = get();
    const { ws } = await setUp(db);
    await recordLedgerEvent(
      db,
      ws,
      'jrd-2026-01',
      { date: '2026-02-01', kind: 'revenue', source: 'product-x', amount: 600000 },
      'lead',
    );
    await recordLedgerEvent(
      db,
      ws,
      'jrd-2026-01',
      { date: '2026-03-10', kind: 'cost', pool: 'compute', amount: 40000, paidBy: 'us' },
      'lead',
    );
    const milestone = await createObligation(
      db,
      ws,
      'jrd-2026-01',
      {
        title: 'Prototype delivered',
        kind: 'milestone',
        owner: 'p00001',
        dueDate: '2026-03-31',
        milestoneId: 'm1',
      },
      'lead',
    );
    await changeObligationState(
      db,
      ws,
      milestone.id,
      { state: 'kept', resolvedAt: '2026-03-20' },
      1,
      'lead',
    );
    const q1 = await settleFromLedger(db, ws, 'jrd-2026-01', {
      from: '2026-01-01',
      to: '2026-03-31',
    });
    // univ 10% × 600,000 + 50,000; us −60,000 − 20,000 + 40,000; corp −20,000 − 50,000.
    expect(q1.balances).toEqual({ us: -40000, p00001: 110000, p00002: -70000 });
    expect(q1.lines.find((l) => l.kind === 'milestone' && l.party === 'p00001')?.amount).toBe(
      50000,
    );
    const paid = q1.transfers.reduce((s, t) => s + t.amount, 0);
    expect(paid).toBe(110000);
    // The milestone event is recorded once more in Q2 by mistake: it does not pay again.
    await recordLedgerEvent(
      db,
      ws,
      'jrd-2026-01',
      { date: '2026-04-02', kind: 'milestone', id: 'm1' },
      'lead',
    );
    const q2 = await settleFromLedger(db, ws, 'jrd-2026-01', {
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(Object.values(q2.balances).every((b) => b === 0)).toBe(true);
    // A correction is a new event: revenue −100,000 in Q1 lowers the share to 50,000.
    await recordLedgerEvent(
      db,
      ws,
      'jrd-2026-01',
      {
        date: '2026-03-31',
        kind: 'revenue',
        source: 'product-x',
        amount: -100000,
        note: 'refund',
      },
      'lead',
    );
    const corrected = await settleFromLedger(db, ws, 'jrd-2026-01', {
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(corrected.balances.p00001).toBe(100000);
    const kinds = (await listLedger(db.kysely, ws)).map((e) => e.kind);
    expect(kinds).toEqual(['revenue', 'cost', 'obligation', 'milestone', 'milestone', 'revenue']);
  });

  it('refuses an event that does not fit the terms, writing nothing', async () => {
    const { db } = get();
    const { ws } = await setUp(db);
    const bad = await rejection(
      recordLedgerEvent(
        db,
        ws,
        'jrd-2026-01',
        { date: '2026-02-01', kind: 'revenue', source: 'product-y', amount: 5 },
        null,
      ),
    );
    expect(bad.code).toBe('invalid');
    expect(bad.details.issues?.[0]?.path).toEqual(['source']);
    expect(bad.message).toContain('product-x');
    const shapeless = await rejection(
      recordLedgerEvent(db, ws, 'jrd-2026-01', { date: 'soon', kind: 'revenue' }, null),
    );
    expect(shapeless.code).toBe('invalid');
    expect(await listLedger(db.kysely, ws)).toEqual([]);
  });

  it('finds an edited or deleted ledger entry and names it', async () => {
    const { db } = get();
    const { ws } = await setUp(db);
    for (const amount of [100, 200, 300]) {
      await recordLedgerEvent(
        db,
        ws,
        'jrd-2026-01',
        { date: '2026-02-01', kind: 'revenue', source: 'product-x', amount },
        null,
      );
    }
    expect(await verifyLedger(db, ws)).toEqual({ intact: true, entries: 3 });
    const edited = '{"amount":2000,"date":"2026-02-01","kind":"revenue","source":"product-x"}';
    await sql`update ledger_entries set event = ${edited} where workspace_id = ${ws} and seq = 2`.execute(
      db.kysely,
    );
    const afterEdit = await verifyLedger(db, ws);
    expect(afterEdit).toMatchObject({ intact: false, firstBad: { seq: 2 } });
    expect(afterEdit.intact ? '' : afterEdit.firstBad.reason).toContain('altered');
    await sql`delete from ledger_entries where workspace_id = ${ws} and seq = 2`.execute(db.kysely);
    const afterDelete = await verifyLedger(db, ws);
    expect(afterDelete).toMatchObject({ intact: false, firstBad: { seq: 2 } });
    expect(afterDelete.intact ? '' : afterDelete.firstBad.reason).toContain('missing');
    // The reason as a code with its values too, for the web app to say in Chinese.
    expect(afterEdit.intact ? undefined : afterEdit.firstBad.because).toEqual({
      code: 'chain.altered',
      params: { noun: { code: 'chain.noun.ledger', params: {} }, seq: '2' },
    });
    expect(afterDelete.intact ? undefined : afterDelete.firstBad.because).toMatchObject({
      code: 'chain.missing',
      params: { seq: '2', previous: '1' },
    });
  });

  it('moves obligations through their states, and a broken one lowers trust', async () => {
    const { db } = get();
    const { ws } = await setUp(db);
    const stranger = await rejection(
      createObligation(
        db,
        ws,
        'jrd-2026-01',
        { title: 'x', owner: 'p00003', dueDate: '2026-02-01' },
        null,
      ),
    );
    expect(stranger.details.issues?.[0]?.path).toEqual(['owner']);
    const report = await createObligation(
      db,
      ws,
      'jrd-2026-01',
      { title: 'Quarterly report', owner: 'p00002', dueDate: '2026-04-15' },
      null,
    );
    const before = await partnerTrust(db.kysely, ws, 'p00002', '2026-06-30');
    expect(before.score).toBe(0.5);
    const noEvidence = await rejection(
      changeObligationState(db, ws, report.id, { state: 'broken' }, 1, null),
    );
    expect(noEvidence.code).toBe('invalid_transition');
    await changeObligationState(
      db,
      ws,
      report.id,
      { state: 'broken', evidence: 'not delivered', resolvedAt: '2026-04-20' },
      1,
      null,
    );
    const after = await partnerTrust(db.kysely, ws, 'p00002', '2026-06-30');
    expect(after.score).toBeLessThan(before.score);
    expect(after.broken).toBeGreaterThan(0);
    const overdue = await createObligation(
      db,
      ws,
      'jrd-2026-01',
      { title: 'Data delivery', owner: 'p00001', dueDate: '2026-06-01' },
      null,
    );
    const summary = await operationsSummary(db, ws);
    expect(summary.obligations.overdue.map((o) => o.id)).toEqual([overdue.id]);
    expect(summary.obligations.overdue[0]?.daysOverdue).toBe(29);
    expect(summary.ledger).toMatchObject({ intact: true, entries: 1 });
    expect((await listObligations(db, ws, { state: 'broken' })).map((o) => o.id)).toEqual([
      report.id,
    ]);
  });

  it('suggests exit after two periods below plan with low trust, and exits through the plan', async () => {
    const { db } = get();
    const { ws } = await setUp(db);
    let p = await getPartner(db, ws, 'p00002');
    p = await changePartnerStatus(db, ws, 'p00002', 'negotiating', p.version, null);
    p = await changePartnerStatus(db, ws, 'p00002', 'active', p.version, null);
    const o = await createObligation(
      db,
      ws,
      'jrd-2026-01',
      { title: 'Compute share', owner: 'p00002', dueDate: '2026-03-01' },
      null,
    );
    await changeObligationState(
      db,
      ws,
      o.id,
      { state: 'broken', evidence: 'unpaid', resolvedAt: '2026-03-05' },
      1,
      null,
    );
    const period = (start: string, end: string) => ({
      periodStart: start,
      periodEnd: end,
      plan: { cost: 100, return: 300 },
      actual: { cost: 120, return: 200 },
      actualReason: 'typed for the test',
    });
    const first = await createReview(
      db,
      ws,
      'p00002',
      { ...period('2025-01-01', '2025-12-31'), decision: 'adjust', reasons: 'one bad year' },
      'lead',
    );
    expect(first.suggestion.suggestion).toBe('adjust');
    const draft = period('2026-01-01', '2026-06-30');
    const preview = await previewReview(db, ws, 'p00002', draft);
    expect(preview.suggestion.suggestion).toBe('exit');
    expect(preview.suggestion.fired[0]?.ruleId).toBe('exit-net-below-plan-low-trust');
    expect(preview.facts.trust).toBeLessThan(0.5);
    expect(preview.history).toHaveLength(1);
    await createReview(
      db,
      ws,
      'p00002',
      { ...draft, decision: 'exit', reasons: 'the rule and our own view', exitOwner: 'lead' },
      'lead',
    );
    p = await getPartner(db, ws, 'p00002');
    expect(p.status).toBe('exiting');
    const refused = await rejection(
      changePartnerStatus(db, ws, 'p00002', 'exited', p.version, null),
    );
    expect(refused.message).toContain('notice-sent');
    let plan = await startExitPlan(db, ws, 'p00002', {}, null);
    for (const step of EXIT_STEPS) {
      plan = await updateExitStep(
        db,
        ws,
        'p00002',
        step,
        { done: true, evidence: `${step}: see file` },
        plan.version,
        null,
      );
    }
    expect(plan.progress.complete).toBe(true);
    p = await changePartnerStatus(db, ws, 'p00002', 'exited', p.version, null);
    expect(p.status).toBe('exited');
    // Its history stays: the partner cannot be deleted or dropped by a spec replace.
    expect((await rejection(deletePartner(db, ws, 'p00002', p.version, null))).code).toBe(
      'conflict',
    );
    const dropped = await rejection(replaceWorkspaceFromSpec(db, ws, generateSpec(1), null));
    expect(dropped.message).toContain('jrd-2026-01');
  });
});
