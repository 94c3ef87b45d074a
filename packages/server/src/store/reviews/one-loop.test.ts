/**
 * The loop from a review back into the standard and the agreements (issue 9): actuals
 * from the ledger, re-scored criteria as assessments, decisions that open a draft
 * amendment or an exit plan dated by the notice period, the final settlement, and
 * agreements ending with an exited partner; the exit cost the agreements propose.
 */
import { EXIT_STEPS } from '@partnerfolio/core';
import { expect, it } from 'vitest';
import type { Db } from '../../db/connect.js';
import { loadPortfolio } from '../../engine/load-portfolio.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { editDraftAmendment } from '../agreements/amendment-drafts.js';
import { listAmendments } from '../agreements/amendments.js';
import { recordLedgerEvent } from '../agreements/events.js';
import { readAgreement } from '../agreements/present.js';
import { createAgreement } from '../agreements/writes.js';
import { listAssessments } from '../assessments.js';
import { StoreError } from '../errors.js';
import { partnerExitCosts } from '../exit-costs.js';
import { getExitPlan, updateExitStep } from '../exit-plans.js';
import { runFinalSettlement } from '../exit-settlement.js';
import { changePartnerStatus, getPartner } from '../partners.js';
import { listStatements } from '../statements/statements.js';
import { createTestWorkspace } from '../test-support/factories.js';
import { createReview, previewReview } from './reviews.js';

const agreement = (partner: string) => ({
  id: `gpu-${partner}`,
  type: 'resource-sharing',
  parties: ['us', partner],
  start: '2026-01-01',
  end: '2027-12-31',
  noticeDays: 90,
  terms: [
    { costShare: { pool: 'cluster', split: { us: 0.5, [partner]: 0.5 } } },
    { milestone: { id: 'm1', payer: 'us', payee: partner, amount: 1000, due: '2026-08-01' } },
    { milestone: { id: 'm2', payer: 'us', payee: partner, amount: 9000, due: '2027-06-01' } },
  ],
  exit: { data: 'return', writeOff: 2500, dataReturnCost: 500 },
});

async function activate(db: Db, ws: string, key: string) {
  let p = await getPartner(db, ws, key);
  p = await changePartnerStatus(db, ws, key, 'negotiating', p.version, null);
  await changePartnerStatus(db, ws, key, 'active', p.version, null);
}

async function setUp(db: Db) {
  const { workspace } = await createTestWorkspace(db, { partners: 2, unit: 'USD' });
  const ws = workspace.id;
  await activate(db, ws, 'p00001');
  await createAgreement(db, ws, { document: agreement('p00001'), status: 'active' }, null);
  // We paid 3000 of the shared cluster: half of it is the partner's.
  await recordLedgerEvent(
    db,
    ws,
    'gpu-p00001',
    { date: '2026-03-10', kind: 'cost', pool: 'cluster', amount: 3000, paidBy: 'us' },
    null,
  );
  // The partner paid 800 of it: half is ours.
  await recordLedgerEvent(
    db,
    ws,
    'gpu-p00001',
    { date: '2026-04-10', kind: 'cost', pool: 'cluster', amount: 800, paidBy: 'p00001' },
    null,
  );
  return { workspace, ws };
}

const rejection = async (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => {
      if (!(error instanceof StoreError)) throw error;
      return error;
    },
  );

const clock = () => new Date(Date.UTC(2026, 6, 1, 9));

describeEachDatabase('one loop: reviews, agreements and exits', { clock }, (get) => {
  const draft = {
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    plan: { cost: 1000, return: 2000 },
  };

  it('takes actuals from the ledger, adds items with evidence, and overrides only with a reason', async () => {
    const { db } = get();
    const { ws } = await setUp(db);
    const preview = await previewReview(db, ws, 'p00001', draft);
    // Our side of the cost share: we paid 3000 and owe half of 3800: +1100 in our favour.
    expect(preview.actuals.source).toBe('ledger');
    expect(preview.actuals.agreements).toHaveLength(1);
    expect(preview.actual.return - preview.actual.cost).toBeCloseTo(1100, 9);
    expect(preview.facts.actualReturn).toBe(preview.actual.return);

    const withItem = await previewReview(db, ws, 'p00001', {
      ...draft,
      offLedger: [{ kind: 'return', amount: 400, evidence: 'grant letter 2026-17' }],
    });
    expect(withItem.actual.return).toBeCloseTo(preview.actual.return + 400, 9);

    const noReason = await rejection(
      previewReview(db, ws, 'p00001', { ...draft, actual: { cost: 1, return: 2 } }),
    );
    expect(noReason.code).toBe('invalid');
    const typed = await previewReview(db, ws, 'p00001', {
      ...draft,
      actual: { cost: 1, return: 2 },
      actualReason: 'the ledger misses the March invoices',
    });
    expect(typed.actuals).toMatchObject({ source: 'override', cost: 1, return: 2 });
    expect(typed.actuals.ledger.return - typed.actuals.ledger.cost).toBeCloseTo(1100, 9);
  });

  it('writes re-scored criteria as the reviewer’s assessments and opens a draft amendment', async () => {
    const { db } = get();
    const { ws } = await setUp(db);
    const review = await createReview(
      db,
      ws,
      'p00001',
      { ...draft, scores: { c1: 2 }, decision: 'renegotiate', reasons: 'costs above plan' },
      'maria@example.com',
    );
    const mine = await listAssessments(db, ws, {
      partner: 'p00001',
      assessor: 'maria@example.com',
    });
    expect(mine).toEqual([
      expect.objectContaining({
        criterion: 'c1',
        score: 2,
        source: `review:${review.id}`,
        assessedOn: '2026-06-30',
      }),
    ]);
    expect(review.actions?.assessments).toEqual([{ criterion: 'c1', score: 2 }]);
    const unknown = await rejection(
      createReview(
        db,
        ws,
        'p00001',
        { ...draft, scores: { nope: 2 }, decision: 'continue', reasons: 'x' },
        'maria@example.com',
      ),
    );
    expect(unknown.message).toContain('nope');

    expect(review.actions?.amendments).toEqual([{ agreement: 'gpu-p00001', version: 2 }]);
    const a = await readAgreement(db.kysely, ws, 'gpu-p00001');
    const [amendment] = await listAmendments(db.kysely, a);
    expect(amendment).toMatchObject({ status: 'draft', review: review.id, diff: [] });
    expect(amendment?.effectiveFrom).toBe('2026-07-02');
    // A draft is edited and proposed; proposing one that changes nothing is refused.
    const empty = await rejection(
      editDraftAmendment(db, ws, 'gpu-p00001', 2, { propose: true }, null),
    );
    expect(empty.message).toContain('changes nothing');
    const doc = { ...agreement('p00001'), noticeDays: 60 };
    const proposed = await editDraftAmendment(
      db,
      ws,
      'gpu-p00001',
      2,
      { document: doc, propose: true },
      null,
    );
    expect(proposed.status).toBe('proposed');
    expect(proposed.diff.map((d) => d.path)).toEqual(['noticeDays']);
  });

  it('proposes the exit cost from the agreement, and analyses use it when none is given', async () => {
    const { db } = get();
    const { ws } = await setUp(db);
    const [cost] = await partnerExitCosts(db.kysely, ws, ['p00001'], '2026-07-01');
    // m1 (1000, due 2026-08-01, before 2026-09-29) + write-off 2500 + data return 500.
    expect(cost?.proposal.total).toBe(4000);
    expect(cost?.source).toBe('agreements');
    expect(cost?.proposal.agreements).toEqual([
      { agreement: 'gpu-p00001', noticeDays: 90, effectiveEnd: '2026-09-29' },
    ]);
    const loaded = await loadPortfolio(db, ws, false);
    expect(loaded.exitCosts.map((c) => [c.id, c.exitCost])).toEqual([['p00001', 4000]]);
    const partner = loaded.portfolio.partners.find((p) => p.id === 'p00001');
    expect(partner?.exitCost).toEqual({ kind: 'fixed', value: 4000 });
    // A candidate has no exit cost to propose.
    expect(loaded.portfolio.partners.find((p) => p.id === 'p00002')?.exitCost).toBeUndefined();
  });

  it('dates an exit by the notice period, runs the final settlement, and ends the agreements', async () => {
    const { db } = get();
    const { workspace, ws } = await setUp(db);
    await createReview(
      db,
      ws,
      'p00001',
      {
        ...draft,
        decision: 'exit',
        reasons: 'we leave',
        exitOwner: 'lead',
        noticeDate: '2026-07-15',
      },
      'lead',
    );
    let plan = await getExitPlan(db, ws, 'p00001');
    expect(plan.schedule?.effectiveEnd).toBe('2026-10-13');
    expect(plan.steps.find((s) => s.key === 'notice-sent')?.dueDate).toBe('2026-07-15');
    expect(plan.steps.find((s) => s.key === 'final-settlement')?.dueDate).toBe('2026-10-13');

    const settled = await runFinalSettlement(
      db,
      { id: ws, slug: workspace.slug },
      'p00001',
      {},
      'lead',
    );
    expect(settled.statements.map((s) => s.document.period)).toEqual([
      { from: '2026-01-01', to: '2026-10-13' },
    ]);
    const step = settled.plan.steps.find((s) => s.key === 'final-settlement');
    expect(step).toMatchObject({ done: true, owner: 'lead' });
    expect(step?.evidence).toContain('statement 1 of gpu-p00001');
    expect(await listStatements(db.kysely, ws, 'gpu-p00001')).toHaveLength(1);

    plan = settled.plan;
    for (const key of EXIT_STEPS.filter((k) => k !== 'final-settlement')) {
      plan = await updateExitStep(
        db,
        ws,
        'p00001',
        key,
        { done: true, evidence: `${key}: on file` },
        plan.version,
        null,
      );
    }
    const p = await getPartner(db, ws, 'p00001');
    await changePartnerStatus(db, ws, 'p00001', 'exited', p.version, null);
    const after = await readAgreement(db.kysely, ws, 'gpu-p00001');
    expect(after.status).toBe('terminated');
  });
});
