/**
 * Settlement by hand-computed cases, one money rule each. Figures are in docs/agreements.md.
 */
import { describe, expect, test } from 'vitest';
import { settleAgreement } from './settle.js';
import {
  accepted,
  agreementYaml,
  EXAMPLE,
  fileOf,
  linesOf,
  settleYaml,
} from './test-support/agreements.js';

const Q1 = ['2026-01-01', '2026-03-31'] as const;
const sumOf = (xs: Record<string, number>) => Object.values(xs).reduce((a, b) => a + b, 0);

describe('the contract example, Q1 2026', () => {
  const report = accepted(settleYaml(EXAMPLE, ...Q1));

  test('balances: univ-a +110,000; us −40,000; corp-b −70,000; sum 0', () => {
    expect(report.balances).toStrictEqual({ us: -40_000, 'univ-a': 110_000, 'corp-b': -70_000 });
    expect(sumOf(report.balances)).toBe(0);
  });

  test('lines with their arithmetic', () => {
    // `because` is the same explanation as a code (settle-messages.test.ts checks it).
    expect(report.lines.map(({ because: _, ...line }) => line)).toStrictEqual([
      {
        term: 'terms[0].revenueShare',
        kind: 'revenueShare',
        party: 'univ-a',
        amount: 60_000,
        explain: '10% × 600,000.00 (tier 0 – 1,000,000) = 60,000.00',
      },
      {
        term: 'terms[0].revenueShare',
        kind: 'revenueShare',
        party: 'us',
        amount: -60_000,
        explain:
          'pays the share of 600,000.00 of revenue on product-x (1 event): 60,000.00 to univ-a',
      },
      {
        term: 'terms[1].costShare',
        kind: 'costShare',
        party: 'us',
        amount: 40_000,
        explain: 'paid 40,000.00 of compute costs',
      },
      {
        term: 'terms[1].costShare',
        kind: 'costShare',
        party: 'us',
        amount: -20_000,
        explain: '50% of 40,000.00 compute costs = 20,000.00',
      },
      {
        term: 'terms[1].costShare',
        kind: 'costShare',
        party: 'corp-b',
        amount: -20_000,
        explain: '50% of 40,000.00 compute costs = 20,000.00',
      },
      {
        term: 'terms[2].milestone',
        kind: 'milestone',
        party: 'univ-a',
        amount: 50_000,
        explain: 'milestone m1 reached on 2026-03-20: paid by corp-b, 50,000.00',
      },
      {
        term: 'terms[2].milestone',
        kind: 'milestone',
        party: 'corp-b',
        amount: -50_000,
        explain: 'milestone m1 reached on 2026-03-20: pays univ-a 50,000.00',
      },
    ]);
  });

  test('transfers: largest debtor to largest creditor', () => {
    expect(report.transfers).toStrictEqual([
      { from: 'corp-b', to: 'univ-a', amount: 70_000 },
      { from: 'us', to: 'univ-a', amount: 40_000 },
    ]);
    expect(report).toMatchObject({
      agreement: 'jrd-2026-01',
      period: { from: '2026-01-01', to: '2026-03-31' },
      events: 4,
    });
  });

  test('a period with no events settles to zero', () => {
    const empty = accepted(settleYaml(EXAMPLE, '2025-01-01', '2025-12-31'));
    expect(empty.lines).toStrictEqual([]);
    expect(empty.transfers).toStrictEqual([]);
    expect(empty.balances).toStrictEqual({ us: 0, 'univ-a': 0, 'corp-b': 0 });
  });
});

const tiered = (cap = '') =>
  `revenueShare: { source: p, collector: a, tiers: [{ upTo: 1000000, shares: { b: 0.10 } }, { upTo: null, shares: { b: 0.05 } }]${cap} }`;
const revenue = (date: string, amount: number, more = '') =>
  `{ date: ${date}, kind: revenue, source: p, amount: ${amount}${more} }`;

describe('revenueShare', () => {
  test('tiers are marginal: R = 1,200,000 → 100,000 + 10,000 = 110,000', () => {
    const r = accepted(
      settleYaml(agreementYaml([tiered()], [revenue('2026-02-01', 1_200_000)]), ...Q1),
    );
    expect(linesOf(r, 'b')).toStrictEqual([['terms[0].revenueShare', 110_000]]);
    expect(linesOf(r, 'a')).toStrictEqual([['terms[0].revenueShare', -110_000]]);
    expect(r.lines[0]?.explain).toBe(
      '10% × 1,000,000.00 (tier 0 – 1,000,000) + 5% × 200,000.00 (tier 1,000,000 – ∞) = 110,000.00',
    );
  });

  test('the cap applies per period: 110,000 capped at 80,000', () => {
    const yaml = agreementYaml([tiered(', cap: { b: 80000 }')], [revenue('2026-02-01', 1_200_000)]);
    const r = accepted(settleYaml(yaml, ...Q1));
    expect(r.balances).toStrictEqual({ a: -80_000, b: 80_000, c: 0 });
    expect(r.lines[0]?.explain).toMatch(/= 110,000\.00; capped at 80,000\.00$/);
  });

  test('a negative correction reduces R: 600,000 − 100,000 → 50,000', () => {
    const events = [
      revenue('2026-02-01', 600_000, ', ref: inv-1'),
      revenue('2026-03-01', -100_000, ', corrects: inv-1, note: refund'),
    ];
    const r = accepted(settleYaml(agreementYaml([tiered()], events), ...Q1));
    expect(r.balances).toStrictEqual({ a: -50_000, b: 50_000, c: 0 });
  });

  test('R ≤ 0 shares nothing, and says so', () => {
    const events = [revenue('2026-02-01', 1000), revenue('2026-03-01', -1500)];
    const r = accepted(settleYaml(agreementYaml([tiered()], events), ...Q1));
    expect(r.balances).toStrictEqual({ a: 0, b: 0, c: 0 });
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatchObject({ party: 'a', amount: 0 });
    expect(r.lines[0]?.explain).toMatch(/-500\.00 of revenue on p \(2 events\): nothing to share/);
  });

  test('fractions of a cent round half away from zero, per party', () => {
    // 1/3 × 100.01 = 33.3366… → 33.34; 12.5% × 0.04 = 0.005 → 0.01.
    const yaml = agreementYaml(
      [
        'revenueShare: { source: p, collector: a, tiers: [{ upTo: null, shares: { b: "1/3" } }] }',
        'revenueShare: { source: q, collector: a, tiers: [{ upTo: null, shares: { c: 0.125 } }] }',
      ],
      [
        revenue('2026-02-01', 100.01),
        '{ date: 2026-02-01, kind: revenue, source: q, amount: 0.04 }',
      ],
    );
    const r = accepted(settleYaml(yaml, ...Q1));
    expect(r.balances).toStrictEqual({ a: -33.35, b: 33.34, c: 0.01 });
    expect(r.lines[0]?.explain).toBe('33.3333…% × 100.01 (tier 0 – ∞) = 33.336666… ≈ 33.34');
  });
});

const cost = (amount: number, paidBy: string, date = '2026-02-01') =>
  `{ date: ${date}, kind: cost, pool: k, amount: ${amount}, paidBy: ${paidBy} }`;
const usage = (party: string, quantity: number, date = '2026-02-01') =>
  `{ date: ${date}, kind: usage, pool: k, party: ${party}, quantity: ${quantity} }`;

describe('costShare', () => {
  test('100.00 in thirds: 33.34, 33.33, 33.33 (the first party gets the extra cent)', () => {
    const yaml = agreementYaml(
      ['costShare: { pool: k, split: { a: "1/3", b: "1/3", c: "1/3" } }'],
      [cost(100, 'c')],
    );
    const r = accepted(settleYaml(yaml, ...Q1));
    expect(r.lines.map((l) => [l.party, l.amount])).toStrictEqual([
      ['c', 100],
      ['a', -33.34],
      ['b', -33.33],
      ['c', -33.33],
    ]);
    expect(r.lines[1]?.explain).toBe(
      '33.3333…% of 100.00 k costs = 33.34 (exactly 33.333333…; cents allotted by largest remainder)',
    );
    expect(r.balances).toStrictEqual({ a: -33.34, b: -33.33, c: 66.67 });
  });

  test('a cost paid by a party counts to its credit, payment by payment', () => {
    const yaml = agreementYaml(
      ['costShare: { pool: k, split: { a: 0.5, b: 0.5 } }'],
      [cost(30_000, 'a'), cost(10_000, 'b'), cost(-2_000, 'a', '2026-03-01')],
    );
    const r = accepted(settleYaml(yaml, ...Q1));
    // C = 38,000; a paid 28,000 and owes 19,000; b paid 10,000 and owes 19,000.
    expect(r.balances).toStrictEqual({ a: 9_000, b: -9_000, c: 0 });
    expect(r.lines[0]?.explain).toBe('paid 28,000.00 of k costs in 2 payments');
    expect(r.transfers).toStrictEqual([{ from: 'b', to: 'a', amount: 9_000 }]);
  });

  test('byUse: in proportion to the period’s usage', () => {
    const yaml = agreementYaml(
      ['costShare: { pool: k, split: byUse }'],
      [
        cost(40_000, 'a'),
        usage('b', 120),
        usage('c', 60),
        usage('c', 20),
        usage('b', 999, '2026-04-01'),
      ],
    );
    const r = accepted(settleYaml(yaml, ...Q1));
    // 200 units: b 120 (60%) → 24,000; c 80 (40%) → 16,000.
    expect(r.balances).toStrictEqual({ a: 40_000, b: -24_000, c: -16_000 });
    expect(r.lines[1]?.explain).toBe('120 of 200 units (60%) of 40,000.00 k costs = 24,000.00');
  });

  test('byUse with costs but no usage is an issue naming the term', () => {
    const yaml = agreementYaml(
      [
        'milestone: { id: m, payer: a, payee: b, amount: 1 }',
        'costShare: { pool: k, split: byUse }',
      ],
      [cost(40_000, 'a'), usage('b', 5, '2026-05-01')],
    );
    const result = settleYaml(yaml, ...Q1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toStrictEqual([
      {
        code: 'no_usage',
        path: ['agreement', 'terms', 1, 'costShare', 'split'],
        message:
          'pool `k` has costs in the period but no usage to split them by (split: byUse); record usage events for it, or give fixed shares',
      },
    ]);
  });

  test('costs that cancel out leave only the payers’ credits', () => {
    const yaml = agreementYaml(
      ['costShare: { pool: k, split: byUse }'],
      [cost(500, 'a'), cost(-500, 'b')],
    );
    const r = accepted(settleYaml(yaml, ...Q1));
    expect(r.balances).toStrictEqual({ a: 500, b: -500, c: 0 });
  });
});

describe('milestone', () => {
  const term = 'milestone: { id: m1, payer: a, payee: b, amount: 50000 }';
  const reached = (date: string) => `{ date: ${date}, kind: milestone, id: m1 }`;

  test('pays once, in the period of its first report', () => {
    const yaml = agreementYaml([term], [reached('2026-03-20'), reached('2026-03-25')]);
    const r = accepted(settleYaml(yaml, ...Q1));
    expect(r.balances).toStrictEqual({ a: -50_000, b: 50_000, c: 0 });
    expect(r.lines[0]?.explain).toBe(
      'milestone m1 reached on 2026-03-20 (reported 2 times; pays once): paid by a, 50,000.00',
    );
  });

  test('pays nothing when it was reached before the period', () => {
    const yaml = agreementYaml([term], [reached('2026-03-20'), reached('2026-04-02')]);
    const r = accepted(settleYaml(yaml, '2026-04-01', '2026-06-30'));
    expect(r.balances).toStrictEqual({ a: 0, b: 0, c: 0 });
    expect(r.lines[0]?.explain).toMatch(/reached on 2026-03-20, before this period, and pays once/);
  });

  test('the period bounds are inclusive', () => {
    const yaml = agreementYaml([term], [reached('2026-03-31')]);
    expect(accepted(settleYaml(yaml, '2026-03-31', '2026-03-31')).balances.b).toBe(50_000);
    expect(accepted(settleYaml(yaml, '2026-01-01', '2026-03-30')).balances.b).toBe(0);
  });
});

describe('party names', () => {
  test('names of Object.prototype members are ordinary names', () => {
    const yaml = agreementYaml(
      [
        'revenueShare: { source: p, collector: b, tiers: [{ upTo: null, shares: { constructor: 0.5 } }] }',
        'costShare: { pool: k, split: { toString: 1 } }',
      ],
      [revenue('2026-02-01', 10), cost(10, 'b')],
      '[constructor, toString, b, hasOwnProperty]',
    );
    const r = accepted(settleYaml(yaml, ...Q1));
    expect(r.balances).toStrictEqual({ constructor: 5, toString: -10, b: 5, hasOwnProperty: 0 });
  });
});

describe('settleAgreement on data built in code', () => {
  const { agreement, events } = fileOf(EXAMPLE);

  test('the period must be two dates in order', () => {
    const result = settleAgreement(agreement, events, { from: '2026-04-01', to: '2026-02-30' });
    expect(!result.ok && result.issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['invalid_date', ['to']],
    ]);
    const reversed = settleAgreement(agreement, events, { from: '2026-04-01', to: '2026-03-31' });
    expect(!reversed.ok && reversed.issues[0]?.code).toBe('empty_period');
  });

  test('events are checked against the agreement', () => {
    const stray = [
      ...events,
      { date: '2026-02-02', kind: 'revenue' as const, source: 'nope', amount: 5 },
    ];
    const result = settleAgreement(agreement, stray, { from: '2026-01-01', to: '2026-12-31' });
    expect(!result.ok && result.issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['unknown_source', ['events', 4, 'source']],
    ]);
  });

  test('as is the agreement itself', () => {
    const odd = { ...agreement, parties: ['us', 'univ-a'] };
    const result = settleAgreement(odd, events, { from: '2026-01-01', to: '2026-12-31' });
    expect(!result.ok && result.issues.map((i) => i.path.join('.'))).toStrictEqual([
      'agreement.terms.1.costShare.split.corp-b',
      'agreement.terms.2.milestone.payer',
    ]);
  });
});
