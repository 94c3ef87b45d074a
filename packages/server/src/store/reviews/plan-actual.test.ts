/**
 * Plan against actual per quarter, on both databases, with numbers worked by hand: the
 * plan in force (a review's, or the annual estimate scaled by days), the actual from the
 * ledger's settlement lines as a review reads them (plus a review's items off the ledger),
 * the running portfolio's S over time, and answers kept only while the heads stand.
 */
import { expect, it } from 'vitest';
import { type Db, withClock } from '../../db/connect.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { recordLedgerEvent } from '../agreements/events.js';
import { createAgreement } from '../agreements/writes.js';
import { StoreError } from '../errors.js';
import { setEstimate } from '../estimates.js';
import { changePartnerStatus, createPartner, getPartner } from '../partners.js';
import { createTestWorkspace } from '../test-support/factories.js';
import { partnerPlanActual, portfolioPlanActual } from './plan-actual.js';
import { createReview, previewReview } from './reviews.js';

const TODAY = Date.UTC(2026, 4, 11, 9); // 2026-05-11: 2026 Q2 is running.

async function partner(db: Db, ws: string, id: string, cost: number, ret: number, run = true) {
  await createPartner(db, ws, { id, name: id, kind: 'academic', cost, return: ret }, null);
  if (!run) return;
  let p = await getPartner(db, ws, id);
  p = await changePartnerStatus(db, ws, id, 'negotiating', p.version, null);
  await changePartnerStatus(db, ws, id, 'active', p.version, null);
}

const agreement = (id: string, other: string, start: string) => ({
  id,
  type: 'resource-sharing',
  parties: ['us', other],
  start,
  end: '2027-12-31',
  terms: [{ costShare: { pool: 'cluster', split: { us: 0.5, [other]: 0.5 } } }],
});

async function cost(
  db: Db,
  ws: string,
  code: string,
  date: string,
  amount: number,
  paidBy: string,
) {
  await recordLedgerEvent(
    db,
    ws,
    code,
    { date, kind: 'cost', pool: 'cluster', amount, paidBy },
    null,
  );
}

const Q1 = { periodStart: '2026-01-01', periodEnd: '2026-03-31' };
const grant = { kind: 'return' as const, amount: 250, evidence: 'grant letter 7' };

/** The ledger is in whole dollars; `unit` is the workspace's (plans and reviews are in it). */
async function setUp(base: Db, unit = 'USD') {
  const db = withClock(base, () => new Date(TODAY));
  const { workspace } = await createTestWorkspace(db, { unit });
  const ws = workspace.id;
  // Annual estimates: alpha nets 36,500; beta 36,500 of return at no cost.
  await partner(db, ws, 'alpha', 36500, 73000);
  await partner(db, ws, 'beta', 0, 36500);
  await partner(db, ws, 'gamma', 0, 1_000_000, false);
  await createAgreement(
    db,
    ws,
    { document: agreement('ag-alpha', 'alpha', '2025-10-01'), status: 'active' },
    null,
  );
  await createAgreement(
    db,
    ws,
    { document: agreement('ag-beta', 'beta', '2026-01-01'), status: 'active' },
    null,
  );
  await createAgreement(
    db,
    ws,
    { document: agreement('ag-gamma', 'gamma', '2026-01-01'), status: 'active' },
    null,
  );
  // We paid 3,000 of alpha's cluster in Q1, half is theirs: +1,500 to us. Alpha paid 800 in Q2: −400.
  await cost(db, ws, 'ag-alpha', '2026-03-10', 3000, 'us');
  await cost(db, ws, 'ag-alpha', '2026-04-10', 800, 'alpha');
  // Beta paid 1,000 in Q1: −500 to us. Gamma (a candidate) is not in the running portfolio.
  await cost(db, ws, 'ag-beta', '2026-02-01', 1000, 'beta');
  await cost(db, ws, 'ag-gamma', '2026-02-01', 90000, 'us');
  // A three-party agreement: we paid 600 in Q2 and owe half: +300 to us, in alpha's and
  // beta's series both, and once in S.
  await createAgreement(
    db,
    ws,
    {
      document: {
        ...agreement('ag-shared', 'alpha', '2026-04-01'),
        parties: ['us', 'alpha', 'beta'],
        terms: [{ costShare: { pool: 'cluster', split: { us: 0.5, alpha: 0.25, beta: 0.25 } } }],
      },
      status: 'active',
    },
    null,
  );
  await cost(db, ws, 'ag-shared', '2026-04-20', 600, 'us');
  // A review of exactly 2026 Q1 with an item off the ledger.
  await createReview(
    db,
    ws,
    'alpha',
    {
      ...Q1,
      plan: { cost: 10000, return: 20000 },
      offLedger: [grant],
      decision: 'continue',
      reasons: 'on track',
    },
    null,
  );
  return { db, ws };
}

describeEachDatabase('plan against actual', (get) => {
  it('plans from the review in force or the estimate, and reads actuals as the review does', async () => {
    const { db, ws } = await setUp(get().db);
    const series = await partnerPlanActual(db, ws, 'alpha', 4);
    expect(series.asOf).toBe('2026-05-11');
    expect(series.periods.map((p) => [p.from, p.to, p.partial])).toEqual([
      ['2025-10-01', '2025-12-31', false],
      ['2026-01-01', '2026-03-31', false],
      ['2026-04-01', '2026-06-30', true],
    ]);
    const [q4, q1, q2] = series.periods;
    // 2025 Q4: 92 of 365 days of the estimate: 36,500 × 92/365 = 9,200; 73,000 × 92/365 = 18,400.
    // The estimate was saved today, its first: it stands for the quarters before, backdated.
    const first = { version: 1, since: '2026-05-11', backdated: true };
    expect(q4?.plan).toEqual({
      cost: 9200,
      return: 18400,
      net: 9200,
      source: 'estimate',
      estimate: first,
    });
    expect(q4?.actual).toMatchObject({ net: 0, source: 'ledger' });
    // 2026 Q1: the review's plan (its period is the quarter); +1,500 of the ledger and the grant's 250.
    expect(q1?.plan).toMatchObject({ net: 10000, source: 'review' });
    expect(q1?.actual).toMatchObject({
      net: 1750,
      ledgerNet: 1500,
      source: 'off-ledger',
      offLedger: [grant],
    });
    expect(q1?.gap).toBe(-8250);
    // 2026 Q2: 91 of 365 days: 9,100 and 18,200 planned. Alpha paid 800: our share −400; on
    // the shared cluster we paid 600 (+600) and our share is 300 (−300).
    expect(q2?.plan).toEqual({
      cost: 9100,
      return: 18200,
      net: 9100,
      source: 'estimate',
      estimate: first,
    });
    expect(q2?.actual).toMatchObject({ net: -100, cost: 700, return: 600, source: 'ledger' });
    expect(q2?.gap).toBe(-9200);
    const beta = await partnerPlanActual(db, ws, 'beta', 4);
    expect(beta.periods.map((p) => p.actual.net)).toEqual([-500, 300]);

    // The same figure a review of the quarter stands on.
    const preview = await previewReview(db, ws, 'alpha', {
      ...Q1,
      plan: { cost: 0, return: 0 },
      offLedger: [grant],
    });
    expect(preview.actual.return - preview.actual.cost).toBeCloseTo(q1?.actual.net ?? NaN, 9);
  });

  it('sums the running partners into S planned and realised per quarter', async () => {
    const { db, ws } = await setUp(get().db);
    const s = await portfolioPlanActual(db, ws, 4);
    expect(s.partners).toEqual(['alpha', 'beta']);
    // Beta: 36,500 × 90/365 = 9,000 in Q1 and × 91/365 = 9,100 in Q2; −500 realised in Q1.
    // Q2 realised: −400 (alpha's agreement) + 300 (the shared one, once) = −100.
    expect(s.periods).toEqual([
      { from: '2025-10-01', to: '2025-12-31', partial: false, planned: 9200, actual: 0 },
      { from: '2026-01-01', to: '2026-03-31', partial: false, planned: 19000, actual: 1250 },
      { from: '2026-04-01', to: '2026-06-30', partial: true, planned: 18200, actual: -100 },
    ]);
    expect((await portfolioPlanActual(db, ws, 1)).periods.map((p) => p.from)).toEqual([
      '2026-04-01',
    ]);
  });

  it('plans a past quarter with the estimate in force then, not today’s', async () => {
    const on = (iso: string) => withClock(get().db, () => new Date(iso));
    const { workspace } = await createTestWorkspace(on('2025-11-20T10:00:00Z'));
    const ws = workspace.id;
    // Alpha is entered on 2025-11-20 with cost 36,500 and return 73,000 a year (v1).
    await partner(on('2025-11-20T10:00:00Z'), ws, 'alpha', 36500, 73000);
    await createAgreement(
      on('2025-11-20T10:00:00Z'),
      ws,
      { document: agreement('ag-alpha', 'alpha', '2025-10-01'), status: 'active' },
      null,
    );
    const db = withClock(get().db, () => new Date(TODAY));
    const before = await partnerPlanActual(db, ws, 'alpha', 4);
    // On 2026-02-15, in Q1, its return estimate doubles to 146,000 (v2).
    await setEstimate(on('2026-02-15T09:00:00Z'), ws, 'alpha', { return: 146000 }, 1, null);
    const series = await partnerPlanActual(db, ws, 'alpha', 4);
    expect(series).not.toBe(before);
    const [q4, q1, q2] = series.periods;
    // 2025 Q4 began before the first estimate on record: v1, backdated. 92/365 of it.
    expect(q4?.plan).toEqual({
      cost: 9200,
      return: 18400,
      net: 9200,
      source: 'estimate',
      estimate: { version: 1, since: '2025-11-20', backdated: true },
    });
    // 2026 Q1: v1 was in force on 1 January; the change in February plans the next quarter.
    // 36,500 × 90/365 = 9,000; 73,000 × 90/365 = 18,000.
    expect(q1?.plan).toEqual({
      cost: 9000,
      return: 18000,
      net: 9000,
      source: 'estimate',
      estimate: { version: 1, since: '2025-11-20', backdated: false },
    });
    // 2026 Q2 takes v2: 146,000 × 91/365 = 36,400; 9,100 of cost; net 27,300.
    expect(q2?.plan).toEqual({
      cost: 9100,
      return: 36400,
      net: 27300,
      source: 'estimate',
      estimate: { version: 2, since: '2026-02-15', backdated: false },
    });
    expect(before.periods.map((p) => p.plan.net)).toEqual([9200, 9000, 9100]);
    // S planned follows the same history.
    expect((await portfolioPlanActual(db, ws, 4)).periods.map((p) => p.planned)).toEqual([
      9200, 9000, 27300,
    ]);
  });

  it('keeps an answer while the heads stand, and follows a new ledger entry', async () => {
    const { db, ws } = await setUp(get().db);
    const first = await partnerPlanActual(db, ws, 'alpha', 4);
    expect(await partnerPlanActual(db, ws, 'alpha', 4)).toBe(first);
    await cost(db, ws, 'ag-alpha', '2026-05-01', 200, 'alpha');
    const after = await partnerPlanActual(db, ws, 'alpha', 4);
    expect(after).not.toBe(first);
    expect(after.periods.at(-1)?.actual.net).toBe(-200);
    expect((await portfolioPlanActual(db, ws, 4)).periods.at(-1)?.actual).toBe(-200);
  });

  it('reads the ledger in the workspace unit: USD k plans against dollars ÷ 1,000', async () => {
    const { db, ws } = await setUp(get().db, 'USD k');
    const alpha = await partnerPlanActual(db, ws, 'alpha', 4);
    expect(alpha.unit).toBe('USD k');
    const [, q1, q2] = alpha.periods;
    // The plan and the grant are in USD k as typed; +1,500 USD of the ledger is 1.5 USD k.
    expect(q1?.plan).toMatchObject({ net: 10000, source: 'review' });
    expect(q1?.actual).toMatchObject({ net: 251.5, ledgerNet: 1.5, source: 'off-ledger' });
    // 600 USD of return and 700 USD of cost.
    expect(q2?.actual).toMatchObject({ net: -0.1, cost: 0.7, return: 0.6 });
    const s = await portfolioPlanActual(db, ws, 4);
    expect(s.unit).toBe('USD k');
    // Q1: 1,500 − 500 USD = 1 USD k, plus alpha's 250 USD k grant.
    expect(s.periods.map((p) => [p.planned, p.actual])).toEqual([
      [9200, 0],
      [19000, 251],
      [18200, -0.1],
    ]);
    const preview = await previewReview(db, ws, 'alpha', { ...Q1, plan: { cost: 0, return: 0 } });
    // We paid 3,000 USD (return 3 USD k) and our share is 1,500 USD (cost 1.5 USD k).
    expect(preview.actual).toEqual({ cost: 1.5, return: 3 });
  });

  it('says when the ledger cannot be compared with the unit, rather than give a number', async () => {
    const db = withClock(get().db, () => new Date(TODAY));
    const { workspace } = await createTestWorkspace(db, { unit: 'points' });
    const ws = workspace.id;
    await partner(db, ws, 'alpha', 1, 2);
    await createAgreement(
      db,
      ws,
      { document: agreement('ag-alpha', 'alpha', '2026-01-01'), status: 'active' },
      null,
    );
    await cost(db, ws, 'ag-alpha', '2026-03-10', 3000, 'us');
    const because = { code: 'unit.incomparable.points', params: { unit: 'points' } };
    const series = await partnerPlanActual(db, ws, 'alpha', 4);
    expect(series).toMatchObject({ unit: 'points', incomparable: because, periods: [] });
    const s = await portfolioPlanActual(db, ws, 4);
    expect(s).toMatchObject({ unit: 'points', incomparable: because, periods: [] });
    // A review cannot take the ledger either: only typed figures with a reason stand.
    await expect(
      previewReview(db, ws, 'alpha', { ...Q1, plan: { cost: 0, return: 0 } }),
    ).rejects.toMatchObject({
      code: 'invalid',
      details: {
        issues: [{ code: 'units_incomparable_points', path: ['actual'], params: because.params }],
      },
    });
    const typed = await previewReview(db, ws, 'alpha', {
      ...Q1,
      plan: { cost: 0, return: 0 },
      actual: { cost: 1, return: 3 },
      actualReason: 'scored by the steering group',
    });
    expect(typed.actuals.incomparable).toEqual(because);
  });

  it('answers an empty series for a partner with no agreements, and bounds the periods', async () => {
    const db = withClock(get().db, () => new Date(TODAY));
    const { workspace } = await createTestWorkspace(db);
    await partner(db, workspace.id, 'solo', 1, 2);
    expect((await partnerPlanActual(db, workspace.id, 'solo')).periods).toEqual([]);
    expect((await portfolioPlanActual(db, workspace.id)).periods).toEqual([]);
    await expect(partnerPlanActual(db, workspace.id, 'solo', 21)).rejects.toBeInstanceOf(
      StoreError,
    );
    await expect(partnerPlanActual(db, workspace.id, 'nobody')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
