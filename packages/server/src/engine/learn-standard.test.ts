/**
 * The learned standard on both databases, from a history built through the store: ten
 * partners scored when selected (January 2024), re-scored with hindsight in 2025 in the
 * opposite order on c1, and judged by each success measure. Every measure follows c1 *at
 * selection*, so c1's rank correlation is +1 when the standard reads the assessments'
 * history and would be −1 on today's scores. One partner's agreement started before it
 * was ever scored: it is measured but left out, and named.
 */
import { beforeAll, expect, it } from 'vitest';
import { recordLedgerEvent } from '../store/agreements/events.js';
import { createAgreement } from '../store/agreements/writes.js';
import { importAssessments } from '../store/assessments.js';
import { upsertOutcomes } from '../store/outcomes.js';
import { createReview } from '../store/reviews/reviews.js';
import { recordStatement } from '../store/statements/statements.js';
import { createTestWorkspace } from '../store/test-support/factories.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { type LearnDocument, learnFromHistory } from './learn-standard.js';

const PARTNERS = 10;

/** The database's clock: `at(iso)` moves it. */
let current = new Date(0);
const at = (iso: string) => {
  current = new Date(iso);
};

describeEachDatabase('the learned standard from the history', { clock: () => current }, (get) => {
  let workspaceId = '';
  let late = '';
  let c1 = new Map<string, number>();

  beforeAll(async () => {
    const { db } = get();
    at('2024-01-02T09:00:00Z');
    const { workspace, spec, partnerKeys } = await createTestWorkspace(db, {
      partners: PARTNERS,
      seed: 7,
    });
    workspaceId = workspace.id;
    c1 = new Map(spec.partners.map((p) => [p.id, p.scores.c1 ?? 0]));
    late = partnerKeys[PARTNERS - 1] ?? '';
    at('2024-01-10T09:00:00Z');
    const points: { unit: string; period: string; outcome: string; value: number }[] = [];
    const months = Array.from(
      { length: 24 },
      (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    for (const [i, key] of partnerKeys.entries()) {
      const code = `ag-${key}`;
      const start = key === late ? '2023-06-01' : '2024-02-01';
      await createAgreement(
        db,
        workspaceId,
        {
          document: {
            id: code,
            title: code,
            type: 'market-cooperation',
            parties: ['us', key],
            start,
            end: '2025-12-31',
            terms: [
              {
                revenueShare: {
                  source: 'api',
                  collector: 'us',
                  tiers: [{ upTo: null, shares: { [key]: 0.1 } }],
                },
              },
            ],
          },
          status: 'active',
        },
        null,
      );
      // The partner's share is what we pay: the better partners (higher c1) cost us less.
      const amount = 1000 * (11 - (c1.get(key) ?? 0));
      await recordLedgerEvent(
        db,
        workspaceId,
        code,
        { date: '2024-03-10', kind: 'revenue', source: 'api', amount },
        null,
      );
      // Outcome series: one treated unit per agreement, effect 10 × c1 from February 2024.
      for (const [t, period] of months.entries()) {
        const treated = period >= '2024-02' && key !== late;
        points.push({
          unit: `line-${i}`,
          period,
          outcome: 'revenue',
          value: 100 + i * 3 + t + (treated ? 10 * (c1.get(key) ?? 0) : 0),
        });
      }
    }
    for (let j = 0; j < 6; j++) {
      for (const [t, period] of months.entries()) {
        points.push({ unit: `control-${j}`, period, outcome: 'revenue', value: 90 + j * 5 + t });
      }
    }
    await upsertOutcomes(
      db,
      workspaceId,
      {
        points,
        units: partnerKeys.map((key, i) => ({ unit: `line-${i}`, agreement: `ag-${key}` })),
      },
      null,
    );
    at('2025-01-05T09:00:00Z');
    for (const key of partnerKeys) {
      await recordStatement(
        db,
        { id: workspaceId, slug: workspace.slug },
        `ag-${key}`,
        { from: '2024-01-01', to: '2024-12-31' },
        null,
      );
      await createReview(
        db,
        workspaceId,
        key,
        {
          periodStart: '2024-02-01',
          periodEnd: '2024-12-31',
          plan: { cost: 100, return: 200 },
          actual: { cost: 100, return: 100 + 50 * (c1.get(key) ?? 0) },
          actualReason: 'typed for the test: a planted outcome',
          health: [
            {
              respondent: 'lead',
              side: 'us',
              scores: { strategy: 3, operations: 3, relationship: 3, governance: 3 },
            },
          ],
          decision: 'continue',
          reasons: 'year one',
        },
        null,
      );
    }
    // Hindsight: c1 re-scored in the opposite order; today's scores no longer predict.
    at('2025-06-01T09:00:00Z');
    await importAssessments(
      db,
      workspaceId,
      partnerKeys.map((key) => ({
        partner: key,
        criterion: 'c1',
        assessor: 'spec',
        score: 11 - (c1.get(key) ?? 0),
      })),
      null,
    );
  });

  const rhoOf = (doc: LearnDocument, id: string) =>
    doc.status === 'ok' ? doc.criteria.find((c) => c.criterion === id)?.rho : undefined;

  it.each(['realised-net', 'settled-net', 'attributed-effect'] as const)(
    'learns from the scores at selection, measuring success by %s',
    async (success) => {
      const { db } = get();
      const answer = await learnFromHistory(db, workspaceId, { seed: 5, bootstrap: 200, success });
      if (!answer.ok) throw new Error(answer.issues[0]?.message);
      const doc = answer.value;
      expect(doc.success).toBe(success);
      expect(doc.measured).toBe(PARTNERS);
      expect(doc.unscored).toEqual([late]);
      expect(doc.reviewed).toBe(PARTNERS - 1);
      if (success === 'attributed-effect') expect(doc.outcome).toBe('revenue');
      expect(doc.status).toBe('ok');
      expect(rhoOf(doc, 'c1')).toBeCloseTo(1, 6);
    },
  );

  it('asks which outcome when several are stored, naming the field', async () => {
    const { db } = get();
    await upsertOutcomes(
      db,
      workspaceId,
      { points: [{ unit: 'control-0', period: '2023-01', outcome: 'users', value: 1 }] },
      null,
    );
    const answer = await learnFromHistory(db, workspaceId, { success: 'attributed-effect' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.issues[0]).toMatchObject({ code: 'outcome_required', path: ['outcome'] });
    const unknown = await learnFromHistory(db, workspaceId, {
      success: 'attributed-effect',
      outcome: 'nope',
    });
    expect(unknown.ok ? undefined : unknown.issues[0]?.code).toBe('unknown_outcome');
  });
});
