import { describe, expect, it } from 'vitest';
import {
  compareHealth,
  defaultPeriod,
  linesOf,
  plannedFrom,
  plannedOn,
  reviewDraft,
} from './review-draft';

describe('the review draft', () => {
  it('plans from the partner’s expected cost and return', () => {
    expect(
      plannedFrom({ cost: { uniform: [180, 240] }, return: { triangular: [200, 300, 400] } }),
    ).toEqual({
      cost: 210,
      return: 300,
    });
    expect(plannedFrom({ cost: null, return: 120 })).toEqual({ cost: 0, return: 120 });
  });

  it('plans a past period with the estimate in force on its first day', () => {
    const partner = { cost: 10, return: 90 };
    const history = [
      { version: 1, since: '2025-01-15', estimate: { cost: 10, return: 30 } },
      { version: 2, since: '2025-06-01', estimate: { cost: 10, return: 90 } },
    ];
    expect(plannedOn(history, '2025-01-01', partner)).toEqual({ cost: 10, return: 30 });
    expect(plannedOn(history, '2025-05-31', partner)).toEqual({ cost: 10, return: 30 });
    expect(plannedOn(history, '2025-06-01', partner)).toEqual({ cost: 10, return: 90 });
    // No history yet, or no start: the partner's current expected values.
    expect(plannedOn(undefined, '2025-01-01', partner)).toEqual({ cost: 10, return: 90 });
    expect(plannedOn(history, '', partner)).toEqual({ cost: 10, return: 90 });
  });

  it('defaults to this calendar year and reads one item per line', () => {
    expect(defaultPeriod('2026-11-29')).toEqual({
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    expect(linesOf(' late reports \n\n  missed the data drop ')).toEqual([
      'late reports',
      'missed the data drop',
    ]);
  });

  it('compares the two sides of the health check per dimension', () => {
    const rows = compareHealth([
      { side: 'us', scores: { strategy: 4, operations: 2 } },
      { side: 'us', scores: { strategy: 2 } },
      { side: 'partner', scores: { strategy: 5, relationship: 4 } },
    ]);
    expect(rows).toEqual([
      { dimension: 'strategy', us: 3, partner: 5, gap: 2 },
      { dimension: 'operations', us: 2, partner: null, gap: null },
      { dimension: 'relationship', us: null, partner: 4, gap: null },
      { dimension: 'governance', us: null, partner: null, gap: null },
      { dimension: 'culture', us: null, partner: null, gap: null },
    ]);
  });

  it('leaves actuals to the ledger when none are typed', () => {
    const draft = reviewDraft({ periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(draft).not.toHaveProperty('actual');
    expect(draft).not.toHaveProperty('actualReason');
  });

  it('builds the body: scores and answers given, empty respondents left out', () => {
    expect(
      reviewDraft(
        {
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          plan: { cost: 100, return: 200 },
          actual: { cost: 150, return: null },
          actualReason: ' invoices missing ',
          scores: { tech: 7, fit: null, team: 4 },
          health: [
            {
              respondent: ' Ada ',
              side: 'us',
              scores: { strategy: 4, operations: null },
              comment: ' ',
            },
            { respondent: 'Bo', side: 'partner', scores: {} },
          ],
          issues: 'late\n',
          improvements: '',
        },
        { team: 4 },
      ),
    ).toEqual({
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      plan: { cost: 100, return: 200 },
      actual: { cost: 150, return: 0 },
      actualReason: 'invoices missing',
      scores: { tech: 7 },
      health: [{ respondent: 'Ada', side: 'us', scores: { strategy: 4 } }],
      issues: ['late'],
      improvements: [],
    });
  });
});
