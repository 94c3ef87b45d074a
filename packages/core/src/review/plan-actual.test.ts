import { describe, expect, it } from 'vitest';
import type { SettleReport } from '../agreements/report.js';
import {
  calendarQuarters,
  periodActual,
  periodDays,
  periodPlan,
  plannedS,
  portfolioPeriodActual,
  type ReviewPlanRecord,
} from './plan-actual.js';

const line = (party: string, amount: number) => ({
  term: 'terms[0].costShare',
  kind: 'costShare' as const,
  party,
  amount,
  explain: '',
  because: { code: 'x', params: {} },
});
const report = (agreement: string, lines: ReturnType<typeof line>[]): SettleReport => ({
  agreement,
  period: { from: '2025-01-01', to: '2025-03-31' },
  events: lines.length,
  balances: {},
  transfers: [],
  lines,
});
const Q1 = { from: '2025-01-01', to: '2025-03-31' };
/** One estimate saved on 2025-01-01 (version 1). */
const only = (cost: number, ret: number) => [
  { version: 1, since: '2025-01-01', estimate: { cost, return: ret } },
];
const Q2 = { from: '2025-04-01', to: '2025-06-30' };

const review = (over: Partial<ReviewPlanRecord>): ReviewPlanRecord => ({
  id: 'r1',
  periodStart: '2025-01-01',
  periodEnd: '2025-06-30',
  plan: { cost: 40000, return: 150000 },
  offLedger: [],
  createdAt: '2025-07-01T00:00:00Z',
  ...over,
});

describe('calendarQuarters', () => {
  it('lists the quarters overlapping the dates, the latest kept', () => {
    expect(calendarQuarters('2024-11-15', '2025-04-02', 10)).toEqual([
      { from: '2024-10-01', to: '2024-12-31' },
      Q1,
      Q2,
    ]);
    expect(calendarQuarters('2020-01-01', '2025-04-02', 2)).toEqual([Q1, Q2]);
    expect(calendarQuarters('2025-05-01', '2025-04-02', 4)).toEqual([]);
  });

  it('counts days with both ends', () => {
    expect(periodDays(Q1)).toBe(90);
    expect(periodDays({ from: '2024-01-01', to: '2024-03-31' })).toBe(91);
    expect(periodDays({ from: '2025-01-01', to: '2025-06-30' })).toBe(181);
  });
});

describe('periodPlan', () => {
  it('scales the annual estimate by the quarter’s share of its year', () => {
    // 2025 Q1: 90 of 365 days. 36,500 × 90/365 = 9,000; 73,000 × 90/365 = 18,000.
    expect(periodPlan(Q1, [], only(36500, 73000))).toEqual({
      cost: 9000,
      return: 18000,
      net: 9000,
      source: 'estimate',
      estimate: { version: 1, since: '2025-01-01', backdated: false },
    });
    // A leap year: 2024 Q1 has 91 of 366 days; 36,600 × 91/366 = 9,100.
    expect(periodPlan({ from: '2024-01-01', to: '2024-03-31' }, [], only(36600, 0))).toMatchObject({
      cost: 9100,
      net: -9100,
    });
  });

  it('prefers the plan of a review covering the whole quarter, scaled by days', () => {
    // H1 2025 is 181 days; Q1 is 90 of them: 40,000 × 90/181 = 19,889.50; 150,000 × 90/181 = 74,585.64.
    expect(periodPlan(Q1, [review({})], only(1, 1))).toEqual({
      cost: 19889.5,
      return: 74585.64,
      net: 54696.14,
      source: 'review',
      review: 'r1',
    });
    // A review of Q2 only does not cover Q1.
    const q2 = review({ id: 'r2', periodStart: Q2.from, periodEnd: Q2.to });
    expect(periodPlan(Q1, [q2], [])).toEqual({ cost: 0, return: 0, net: 0, source: 'none' });
  });

  it('takes the latest review when two cover the quarter', () => {
    const older = review({ id: 'old', createdAt: '2025-07-01T00:00:00Z' });
    const newer = review({
      id: 'new',
      periodStart: Q1.from,
      periodEnd: Q1.to,
      plan: { cost: 0, return: 900 },
      createdAt: '2025-08-01T00:00:00Z',
    });
    expect(periodPlan(Q1, [older, newer], [])).toMatchObject({ review: 'new', net: 900 });
  });

  it('plans each quarter with the estimate in force on its first day', () => {
    // Return 36,500 a year until 2025-03-10, then 73,000: the change is in Q1, so Q1 keeps
    // the old plan (36,500 × 90/365 = 9,000) and Q2 takes the new (73,000 × 91/365 = 18,200).
    const history = [
      { version: 2, since: '2025-03-10', estimate: { cost: 0, return: 73000 } },
      { version: 1, since: '2024-11-02', estimate: { cost: 0, return: 36500 } },
    ];
    expect(periodPlan(Q1, [], history)).toEqual({
      cost: 0,
      return: 9000,
      net: 9000,
      source: 'estimate',
      estimate: { version: 1, since: '2024-11-02', backdated: false },
    });
    expect(periodPlan(Q2, [], history)).toMatchObject({
      return: 18200,
      estimate: { version: 2, since: '2025-03-10', backdated: false },
    });
    // A quarter before the first estimate on record takes it, marked backdated.
    expect(periodPlan({ from: '2024-07-01', to: '2024-09-30' }, [], history)).toMatchObject({
      return: 9174.86, // 36,500 × 92/366 = 9,174.86
      estimate: { version: 1, backdated: true },
    });
    // A cleared estimate plans nothing, and says which one.
    const cleared = [...history, { version: 3, since: '2025-04-01', estimate: null }];
    expect(periodPlan({ from: '2025-07-01', to: '2025-09-30' }, [], cleared)).toEqual({
      cost: 0,
      return: 0,
      net: 0,
      source: 'none',
      estimate: { version: 3, since: '2025-04-01', backdated: false },
    });
  });
});

describe('periodActual', () => {
  const settlements = [
    report('a1', [line('us', 1200.1), line('nimbus', -1200.1), line('us', -300.05)]),
    report('a2', [line('us', -99.95), line('nimbus', 99.95)]),
  ];

  it('reads our settlement lines as a review does', () => {
    const r = periodActual(Q1, settlements, []);
    expect(r.ok && r.value).toEqual({
      cost: 400,
      return: 1200.1,
      net: 800.1,
      source: 'ledger',
      ledgerNet: 800.1,
      lines: 3,
      offLedger: [],
    });
  });

  it('adds the off-ledger items of a review of exactly that quarter', () => {
    const exact = review({
      periodStart: Q1.from,
      periodEnd: Q1.to,
      offLedger: [{ kind: 'return', amount: 50, evidence: 'grant letter 7' }],
    });
    const r = periodActual(Q1, settlements, [exact]);
    expect(r.ok && r.value).toMatchObject({
      source: 'off-ledger',
      net: 850.1,
      ledgerNet: 800.1,
      review: 'r1',
    });
    // A review of the half-year is not split into its quarters.
    const half = periodActual(Q1, settlements, [review({ offLedger: exact.offLedger })]);
    expect(half.ok && half.value).toMatchObject({ source: 'ledger', net: 800.1 });
  });

  it('shows a typed override with its reason, and what the ledger said', () => {
    const typed = review({
      periodStart: Q1.from,
      periodEnd: Q1.to,
      override: { cost: 51000, return: 120000, reason: 'from finance' },
    });
    const r = periodActual(Q1, settlements, [typed]);
    expect(r.ok && r.value).toMatchObject({
      source: 'typed',
      net: 69000,
      ledgerNet: 800.1,
      reason: 'from finance',
    });
  });
});

describe('portfolio S', () => {
  it('sums the partners’ planned nets per quarter, to the cent', () => {
    const a = [
      { ...Q1, planned: 0.1 },
      { ...Q2, planned: 0.2 },
    ];
    const b = [{ ...Q2, planned: 0.1 }];
    expect(plannedS([Q1, Q2], [a, b])).toEqual([0.1, 0.3]);
  });

  it('reads each agreement once and adds every partner’s items off the ledger', () => {
    const settlements = [report('a1', [line('us', 1200.1), line('us', -300.05)])];
    const alpha = [
      review({
        periodStart: Q1.from,
        periodEnd: Q1.to,
        offLedger: [{ kind: 'return', amount: 50, evidence: 'grant' }],
        override: { cost: 0, return: 1e6, reason: 'typed' },
      }),
    ];
    const beta = [
      review({
        id: 'r2',
        periodStart: Q1.from,
        periodEnd: Q1.to,
        offLedger: [{ kind: 'cost', amount: 20, evidence: 'travel' }],
      }),
    ];
    // 1,200.10 − 300.05 = 900.05 from the ledger; + 50 − 20 off it; the override is not taken.
    const r = portfolioPeriodActual(Q1, settlements, [alpha, beta]);
    expect(r.ok && r.value).toEqual({ net: 930.05, ledgerNet: 900.05 });
  });
});
