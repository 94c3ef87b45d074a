import { describe, expect, it } from 'vitest';
import { type Agreement, agreementSchema } from '../agreements/agreement-schema.js';
import { renderEnglish } from '../messages/english.js';
import { exitSchedule, newExitPlan, noticeOf, proposeExitCost } from './index.js';

const agreement = (extra: Record<string, unknown> = {}): Agreement =>
  agreementSchema.parse({
    id: 'gpu-2026',
    type: 'resource-sharing',
    parties: ['us', 'nimbus'],
    start: '2026-01-01',
    end: '2027-12-31',
    noticeDays: 90,
    terms: [
      { milestone: { id: 'm1', payer: 'us', payee: 'nimbus', amount: 1000, due: '2026-05-01' } },
      { milestone: { id: 'm2', payer: 'us', payee: 'nimbus', amount: 2500.5, due: '2026-06-15' } },
      { milestone: { id: 'm3', payer: 'us', payee: 'nimbus', amount: 9999, due: '2026-12-01' } },
      { milestone: { id: 'm4', payer: 'nimbus', payee: 'us', amount: 700, due: '2026-05-01' } },
      { milestone: { id: 'm5', payer: 'us', payee: 'nimbus', amount: 300 } },
    ],
    exit: { data: 'return', writeOff: 4000, dataReturnCost: 1200.25 },
    ...extra,
  });

describe('noticeOf', () => {
  it('ends noticeDays after the notice, or at the agreement end when that is sooner', () => {
    expect(noticeOf(agreement(), '2026-04-01').effectiveEnd).toBe('2026-06-30');
    expect(noticeOf(agreement(), '2027-12-01').effectiveEnd).toBe('2027-12-31');
    expect(noticeOf(agreement({ noticeDays: undefined }), '2026-04-01').effectiveEnd).toBe(
      '2026-04-01',
    );
  });
});

describe('proposeExitCost', () => {
  it('counts unmet milestones we owe up to the notice end, the write-off and data return', () => {
    const r = proposeExitCost('nimbus', '2026-04-01', [{ agreement: agreement(), events: [] }]);
    if (!r.ok) throw new Error('expected ok');
    // m1 1000 + m2 2500.50 (due before 2026-06-30) + 4000 + 1200.25; not m3 (later),
    // m4 (they pay us), m5 (no due date).
    expect(r.value.parts.map((p) => [p.kind, p.amount])).toEqual([
      ['milestone', 1000],
      ['milestone', 2500.5],
      ['write-off', 4000],
      ['data-return', 1200.25],
    ]);
    expect(r.value.total).toBe(8700.75);
    expect(r.value.agreements).toEqual([
      { agreement: 'gpu-2026', noticeDays: 90, effectiveEnd: '2026-06-30' },
    ]);
    expect(renderEnglish(r.value.parts[0]?.because ?? { code: '', params: {} })).toBe(
      'milestone m1 of gpu-2026: 1,000.00 still due on 2026-05-01, before the notice period ends on 2026-06-30',
    );
  });

  it('leaves out a milestone already met on the ledger', () => {
    const r = proposeExitCost('nimbus', '2026-04-01', [
      { agreement: agreement(), events: [{ kind: 'milestone', id: 'm1', date: '2026-03-01' }] },
    ]);
    expect(r.ok && r.value.total).toBe(7700.75);
  });

  it('is zero without agreements, and refuses a bad date', () => {
    const r = proposeExitCost('nimbus', '2026-04-01', []);
    expect(r.ok && r.value.total).toBe(0);
    const bad = proposeExitCost('nimbus', '2026-02-30', []);
    expect(bad.ok).toBe(false);
  });
});

describe('exitSchedule', () => {
  it('dates the steps from the longest notice period', () => {
    const short = agreement({ id: 'short', noticeDays: 30 });
    const r = exitSchedule('2026-04-01', [short, agreement()]);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.effectiveEnd).toBe('2026-06-30');
    expect(r.value.dueDates['notice-sent']).toBe('2026-04-01');
    expect(r.value.dueDates['final-settlement']).toBe('2026-06-30');
    expect(renderEnglish(r.value.because)).toContain('ends on 2026-06-30');
    const plan = newExitPlan({ today: '2026-04-01', dueDates: r.value.dueDates });
    expect(plan.ok && plan.value.steps.map((s) => s.dueDate)).toEqual([
      '2026-04-01',
      '2026-06-30',
      '2026-06-30',
      '2026-06-30',
      '2026-06-30',
    ]);
  });
});
