import { describe, expect, it } from 'vitest';
import type { AgreementDocument } from '../document';
import { agreementDocument } from './agreement-document';
import { valuesOfDocument } from './values-of-document';

/** As examples/agreements/joint-rnd.yaml, with every exit clause and a split by use. */
const jointRnd = {
  id: 'jrd-2026-01',
  title: 'Joint research',
  type: 'consortium',
  parties: ['us', 'univ-a', 'corp-b'],
  start: '2026-01-01',
  end: '2028-12-31',
  noticeDays: 90,
  currency: 'EUR',
  renewal: { automatic: true, periodMonths: 12 },
  ip: {
    foreground: { us: 0.6, 'univ-a': 0.4 },
    background: { us: 'the base model' },
    publication: 'after a 60-day review',
  },
  resources: {
    contributions: [{ party: 'us', kind: 'compute', description: 'GPUs', quantity: 8 }],
    accessRules: 'enclave only',
  },
  exit: {
    ipDisposition: 'jointly owned',
    data: 'delete',
    finalSettlement: true,
    writeOff: 2500,
    dataReturnCost: 500,
  },
  terms: [
    {
      revenueShare: {
        source: 'product-x',
        collector: 'us',
        tiers: [
          { upTo: 1_000_000, shares: { 'univ-a': 0.1 } },
          { upTo: null, shares: { 'univ-a': 0.05 } },
        ],
        cap: { 'univ-a': 80_000 },
      },
    },
    { costShare: { pool: 'compute', split: { us: '1/2', 'corp-b': '1/2' } } },
    { costShare: { pool: 'storage', split: 'byUse' } },
    {
      milestone: { id: 'm1', payer: 'corp-b', payee: 'univ-a', amount: 50_000, due: '2027-01-01' },
    },
  ],
} as unknown as AgreementDocument;

describe('valuesOfDocument', () => {
  it('gives back the very document the form builds from its values', () => {
    const values = valuesOfDocument(jointRnd);
    expect(values.partners).toEqual(['univ-a', 'corp-b']);
    expect(values.terms?.map((term) => term.kind)).toEqual([
      'revenueShare',
      'costShare',
      'costShare',
      'milestone',
    ]);
    expect(agreementDocument(values)).toEqual(jointRnd);
  });

  it('shows a share as it was written: a decimal as a number, a fraction as text', () => {
    const values = valuesOfDocument(jointRnd);
    expect(values.ip?.foreground).toEqual({ us: '0.6', 'univ-a': '0.4' });
    expect(values.terms?.[1]?.costShare?.split).toEqual({ us: '1/2', 'corp-b': '1/2' });
    expect(values.terms?.[2]?.costShare?.byUse).toBe(true);
  });
});
