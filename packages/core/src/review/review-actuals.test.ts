import { describe, expect, it } from 'vitest';
import type { SettleReport } from '../agreements/report.js';
import { renderEnglish } from '../messages/english.js';
import { parseValueUnit } from '../workspace/value-unit.js';
import { reviewActuals } from './review-actuals.js';

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
  period: { from: '2026-01-01', to: '2026-12-31' },
  events: lines.length,
  balances: {},
  transfers: [],
  lines,
});

describe('reviewActuals', () => {
  const settlements = [
    report('a1', [line('us', 1200.1), line('nimbus', -1200.1), line('us', -300.05)]),
    report('a2', [line('us', -99.95), line('nimbus', 99.95)]),
  ];

  it('reads our lines: in our favour is return, what we pay is cost', () => {
    const r = reviewActuals(settlements, {});
    if (!r.ok) throw new Error('expected ok');
    expect(r.value).toMatchObject({ source: 'ledger', return: 1200.1, cost: 400 });
    expect(r.value.agreements).toEqual([
      { agreement: 'a1', return: 1200.1, cost: 300.05, lines: 2 },
      { agreement: 'a2', return: 0, cost: 99.95, lines: 1 },
    ]);
    expect(renderEnglish(r.value.because)).toBe(
      'net 800.10 from the settlement lines of 2 agreements and 0 items off the ledger',
    );
  });

  it('adds items off the ledger, each with evidence', () => {
    const r = reviewActuals(settlements, {
      offLedger: [{ kind: 'return', amount: 50, evidence: 'grant letter 7' }],
    });
    expect(r.ok && r.value.return).toBe(1250.1);
    const bad = reviewActuals(settlements, {
      offLedger: [{ kind: 'cost', amount: 5, evidence: ' ' }],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toEqual(['offLedger', 0, 'evidence']);
  });

  it('takes typed figures only as an override with a reason, keeping what the ledger said', () => {
    const r = reviewActuals(settlements, {
      override: { cost: 10, return: 20, reason: 'ledger incomplete until March' },
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value).toMatchObject({ source: 'override', cost: 10, return: 20 });
    expect(r.value.ledger).toEqual({ return: 1200.1, cost: 400 });
    const bad = reviewActuals(settlements, { override: { cost: 1, return: 2, reason: '' } });
    expect(bad.ok).toBe(false);
  });
});

describe('reviewActuals in the workspace unit', () => {
  const usd = (agreement: string, lines: ReturnType<typeof line>[], currency?: string) => ({
    ...report(agreement, lines),
    ...(currency === undefined ? {} : { currency }),
  });

  it('converts the ledger to the unit; items off the ledger are in the unit already', () => {
    const r = reviewActuals(
      [usd('a1', [line('us', 14400), line('us', -25200)], 'USD'), usd('a2', [line('us', -30.5)])],
      {
        unit: parseValueUnit('USD k'),
        offLedger: [{ kind: 'return', amount: 2.5, evidence: 'grant letter' }],
      },
    );
    if (!r.ok) throw new Error('expected ok');
    // 14,400 USD = 14.4 USD k; 25,200 + 30.50 USD = 25.2305 USD k; plus a 2.5 USD k grant.
    expect(r.value).toMatchObject({
      return: 16.9,
      cost: 25.2305,
      ledger: { return: 14.4, cost: 25.2305 },
    });
    expect(r.value.agreements).toEqual([
      { agreement: 'a1', return: 14.4, cost: 25.2, lines: 2 },
      { agreement: 'a2', return: 0, cost: 0.0305, lines: 1 },
    ]);
  });

  it('refuses a ledger it cannot compare, unless the actual is typed with a reason', () => {
    const eur = [usd('a1', [line('us', 100)], 'EUR')];
    const refused = reviewActuals(eur, { unit: parseValueUnit('USD k') });
    expect(refused.ok ? [] : refused.issues.map((i) => [i.code, i.path])).toEqual([
      ['units_incomparable_currency', ['actual']],
    ]);
    const points = reviewActuals([usd('a1', [line('us', 100)])], {
      unit: parseValueUnit('points'),
    });
    expect(points.ok).toBe(false);
    const typed = reviewActuals(eur, {
      unit: parseValueUnit('USD k'),
      override: { cost: 1, return: 2, reason: 'from finance, in USD k' },
    });
    if (!typed.ok) throw new Error('expected ok');
    expect(typed.value).toMatchObject({ source: 'override', cost: 1, return: 2 });
    expect(typed.value.incomparable?.code).toBe('unit.incomparable.currency');
    expect(typed.value.because.code).toBe('review.actual.override_incomparable');
  });
});
