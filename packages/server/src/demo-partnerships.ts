/**
 * Running partnerships for the demo workspace, so that a first start shows agreements,
 * a ledger to settle, obligations kept, broken and due, and trust that differs between
 * partners. Dates are relative to the day of the first start (last year's quarters and
 * the weeks around today), so the demo never looks stale.
 */
import type { Db } from './db/connect.js';
import { recordLedgerEvent } from './store/agreements/events.js';
import { changeObligationState, createObligation } from './store/agreements/obligations.js';
import { createAgreement } from './store/agreements/writes.js';
import { changePartnerStatus, getPartner } from './store/partners.js';
import { createReview } from './store/reviews/reviews.js';

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function activate(db: Db, workspaceId: string, key: string, actor: string) {
  let p = await getPartner(db, workspaceId, key);
  for (const to of ['negotiating', 'active'] as const) {
    p = await changePartnerStatus(db, workspaceId, key, to, p.version, actor);
  }
}

/** The agreement whose start treats the demo's medical product lines (demo-outcomes.ts). */
export const DEMO_OUTCOMES_AGREEMENT = 'imaging-fm';

export async function seedDemoPartnerships(
  db: Db,
  workspaceId: string,
  actor: string,
  today: string,
): Promise<void> {
  const year = Number(today.slice(0, 4)) - 1;
  const y = (mmdd: string) => `${year}-${mmdd}`;
  const [uni, hospital, cloud] = [
    'riverton-med-imaging',
    'huaxin-medical-group',
    'nimbus-gpu-cloud',
  ];
  for (const key of [uni, hospital, cloud]) await activate(db, workspaceId, key, actor);

  await createAgreement(
    db,
    workspaceId,
    {
      status: 'active',
      document: {
        id: DEMO_OUTCOMES_AGREEMENT,
        title: 'Medical imaging foundation model',
        type: 'joint-rnd',
        parties: ['us', uni, hospital],
        start: y('01-01'),
        end: `${year + 2}-12-31`,
        noticeDays: 90,
        renewal: { automatic: false },
        ip: {
          foreground: { us: 0.5, [uni]: 0.3, [hospital]: 0.2 },
          background: { [uni]: 'segmentation models', [hospital]: 'de-identified scans' },
          publication: 'joint papers after a 60-day review by every party',
          licensing: 'us: exclusive commercial licence; university: research use',
        },
        exit: {
          ipDisposition: 'foreground stays jointly owned',
          data: 'delete',
          finalSettlement: true,
        },
        terms: [
          {
            revenueShare: {
              source: 'imaging-api',
              collector: 'us',
              tiers: [
                { upTo: 500000, shares: { [uni]: 0.08 } },
                { upTo: null, shares: { [uni]: 0.04 } },
              ],
              cap: { [uni]: 60000 },
            },
          },
          { costShare: { pool: 'gpu', split: { us: 0.6, [hospital]: 0.4 } } },
          { milestone: { id: 'dataset-v1', payer: hospital, payee: uni, amount: 30000 } },
        ],
      },
      fairShare: {
        values: {
          '': 0,
          us: 200000,
          [uni]: 50000,
          [hospital]: 80000,
          [`us,${uni}`]: 420000,
          [`us,${hospital}`]: 460000,
          [`${uni},${hospital}`]: 150000,
          [`us,${uni},${hospital}`]: 800000,
        },
      },
    },
    actor,
  );
  const events = [
    { date: y('02-15'), kind: 'revenue', source: 'imaging-api', amount: 180000 },
    { date: y('03-05'), kind: 'cost', pool: 'gpu', amount: 42000, paidBy: 'us' },
    { date: y('05-20'), kind: 'revenue', source: 'imaging-api', amount: 410000 },
    { date: y('06-10'), kind: 'cost', pool: 'gpu', amount: 51000, paidBy: hospital },
    { date: y('08-12'), kind: 'revenue', source: 'imaging-api', amount: 520000 },
  ];
  for (const e of events) await recordLedgerEvent(db, workspaceId, 'imaging-fm', e, actor);

  const obligation = async (
    title: string,
    owner: string,
    dueDate: string,
    outcome?: { state: 'kept' | 'broken'; resolvedAt: string; evidence?: string },
    milestoneId?: string,
  ) => {
    const o = await createObligation(
      db,
      workspaceId,
      'imaging-fm',
      {
        title,
        owner,
        dueDate,
        kind: milestoneId ? 'milestone' : 'obligation',
        ...(milestoneId ? { milestoneId } : {}),
      },
      actor,
    );
    if (outcome) await changeObligationState(db, workspaceId, o.id, outcome, o.version, actor);
  };
  await obligation(
    'Annotated dataset v1 (10,000 scans)',
    uni,
    y('03-31'),
    { state: 'kept', resolvedAt: y('03-28') },
    'dataset-v1',
  );
  await obligation('Quarterly GPU cost report', hospital, y('04-15'), {
    state: 'kept',
    resolvedAt: y('04-14'),
  });
  await obligation('Ethics approval for the second cohort', hospital, y('06-30'), {
    state: 'broken',
    resolvedAt: y('07-15'),
    evidence: 'approval not filed; cohort postponed',
  });
  await obligation('Clinical validation report', hospital, y('10-31'), {
    state: 'broken',
    resolvedAt: y('11-20'),
    evidence: 'report not delivered; escalated at the steering meeting',
  });
  await obligation('Joint paper draft', uni, addDays(today, 10));
  await obligation('Data-deletion certificate for the pilot', hospital, addDays(today, -5));

  await createAgreement(
    db,
    workspaceId,
    {
      status: 'active',
      document: {
        id: 'gpu-pool',
        title: 'Shared GPU cluster',
        type: 'resource-sharing',
        parties: ['us', cloud],
        start: y('01-01'),
        end: `${year + 1}-12-31`,
        resources: {
          contributions: [
            { party: cloud, kind: 'compute', description: '64 H100 GPUs, reserved', quantity: 64 },
            { party: 'us', kind: 'talent', description: 'two MLOps engineers' },
          ],
          accessRules: 'fair-share scheduler; each party may reserve at most 60%',
          dataGovernance: 'no customer data leaves our tenancy; logs kept 30 days',
        },
        terms: [{ costShare: { pool: 'cluster', split: 'byUse' } }],
      },
    },
    actor,
  );
  for (const e of [
    { date: y('03-31'), kind: 'cost', pool: 'cluster', amount: 96000, paidBy: cloud },
    { date: y('03-31'), kind: 'usage', pool: 'cluster', party: 'us', quantity: 3100 },
    { date: y('03-31'), kind: 'usage', pool: 'cluster', party: cloud, quantity: 1700 },
  ]) {
    await recordLedgerEvent(db, workspaceId, 'gpu-pool', e, actor);
  }

  await createReview(
    db,
    workspaceId,
    hospital,
    {
      periodStart: y('01-01'),
      periodEnd: y('06-30'),
      plan: { cost: 40, return: 150 },
      actual: { cost: 51, return: 120 },
      actualReason:
        'the project’s own revenue and costs, from finance: the ledger holds only what the parties owe each other',
      health: [
        {
          respondent: 'alliance lead',
          side: 'us',
          scores: { strategy: 4, operations: 2, relationship: 3, governance: 3 },
        },
        {
          respondent: 'hospital CIO',
          side: 'partner',
          scores: { strategy: 4, operations: 4, relationship: 4, governance: 3 },
        },
      ],
      issues: ['ethics approvals slip', 'GPU costs above plan'],
      improvements: ['monthly steering meeting', 'shared approval tracker'],
      decision: 'adjust',
      reasons: 'net below plan; agree a monthly steering meeting before the next cohort',
    },
    actor,
  );
}
