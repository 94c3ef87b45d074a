import { describe, expect, it } from 'vitest';
import type { Agreement } from './agreement-schema.js';
import type { LedgerEvent } from './event-schema.js';
import { settleAgreement } from './settle.js';
import { settleAcrossVersions } from './settle-versions.js';

const terms = (share: number): Agreement =>
  ({
    id: 'mc-1',
    type: 'market-cooperation',
    parties: ['us', 'univ-a'],
    start: '2026-01-01',
    end: '2027-12-31',
    terms: [
      {
        revenueShare: {
          source: 'api',
          collector: 'us',
          tiers: [{ upTo: null, shares: { 'univ-a': share } }],
        },
      },
      { milestone: { id: 'm1', payer: 'us', payee: 'univ-a', amount: 50 } },
    ],
  }) as Agreement;

const events: LedgerEvent[] = [
  { date: '2026-03-01', kind: 'revenue', source: 'api', amount: 1000 },
  { date: '2026-05-01', kind: 'milestone', id: 'm1' },
  { date: '2026-08-01', kind: 'revenue', source: 'api', amount: 1000.05 },
] as LedgerEvent[];

const versions = [
  { version: 1, effectiveFrom: '2026-01-01', agreement: terms(0.1) },
  { version: 2, effectiveFrom: '2026-07-01', agreement: terms(0.2) },
];

describe('settlement across amended terms', () => {
  it('settles each event under the terms in force on its date', () => {
    const year = settleAcrossVersions(versions, events, { from: '2026-01-01', to: '2026-12-31' });
    if (!year.ok) throw new Error(year.issues[0]?.message);
    // 10% of 1,000 = 100 (v1) + milestone 50 (v1) + 20% of 1,000.05 = 200.01 (v2).
    expect(year.value.balances).toEqual({ us: -350.01, 'univ-a': 350.01 });
    expect(year.value.transfers).toEqual([{ from: 'us', to: 'univ-a', amount: 350.01 }]);
    expect(year.value.versions).toEqual([
      { version: 1, from: '2026-01-01', to: '2026-06-30' },
      { version: 2, from: '2026-07-01', to: '2026-12-31' },
    ]);
    expect(year.value.lines.map((l) => [l.term, l.party, l.amount])).toEqual([
      ['v1.terms[0].revenueShare', 'univ-a', 100],
      ['v1.terms[0].revenueShare', 'us', -100],
      ['v1.terms[1].milestone', 'univ-a', 50],
      ['v1.terms[1].milestone', 'us', -50],
      ['v2.terms[0].revenueShare', 'univ-a', 200.01],
      ['v2.terms[0].revenueShare', 'us', -200.01],
    ]);
  });

  it('leaves a period before the amendment as it was, and pays a milestone once', () => {
    const first = settleAcrossVersions(versions, events, { from: '2026-01-01', to: '2026-06-30' });
    const plain = settleAgreement(terms(0.1), events, { from: '2026-01-01', to: '2026-06-30' });
    if (!first.ok || !plain.ok) throw new Error('settlement failed');
    const { versions: used, ...rest } = first.value;
    expect(rest).toEqual(plain.value);
    expect(used).toEqual([{ version: 1, from: '2026-01-01', to: '2026-06-30' }]);
    const second = settleAcrossVersions(versions, events, { from: '2026-07-01', to: '2026-12-31' });
    if (!second.ok) throw new Error('settlement failed');
    expect(second.value.balances).toEqual({ us: -200.01, 'univ-a': 200.01 });
  });
});
