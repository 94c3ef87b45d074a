import { describe, expect, it } from 'vitest';
import { agreementDocument } from './agreement-document';
import { newTerm } from './agreement-values';

describe('agreementDocument', () => {
  it('builds a joint R&D agreement as in examples/agreements/joint-rnd.yaml', () => {
    const document = agreementDocument({
      type: 'joint-rnd',
      id: ' jrd-2026-01 ',
      title: 'Joint research',
      partners: ['univ-a', 'corp-b'],
      start: '2026-01-01',
      end: '2028-12-31',
      noticeDays: 90,
      currency: 'eur',
      renewal: { automatic: false, periodMonths: 12 },
      ip: {
        foreground: { us: '60%', 'univ-a': '0.4', 'corp-b': '' },
        background: { us: 'the base model', 'univ-a': '  ' },
        publication: 'after a 60-day review',
      },
      resources: { contributions: [{ party: 'us', kind: 'compute', description: 'GPUs' }] },
      exit: { ipDisposition: 'jointly owned', data: 'delete', finalSettlement: true },
      terms: [
        {
          kind: 'revenueShare',
          revenueShare: {
            source: 'product-x',
            collector: 'us',
            tiers: [
              { upTo: 1_000_000, shares: { 'univ-a': '10%' } },
              { upTo: null, shares: { 'univ-a': '0.05' } },
            ],
            cap: { 'univ-a': 80_000, us: null },
          },
        },
        {
          kind: 'costShare',
          costShare: { pool: 'compute', split: { us: '1/2', 'corp-b': '1/2' } },
        },
        {
          kind: 'milestone',
          milestone: { id: 'm1', payer: 'corp-b', payee: 'univ-a', amount: 50_000, due: '' },
        },
      ],
    });
    expect(document).toEqual({
      id: 'jrd-2026-01',
      title: 'Joint research',
      type: 'joint-rnd',
      parties: ['us', 'univ-a', 'corp-b'],
      start: '2026-01-01',
      end: '2028-12-31',
      noticeDays: 90,
      currency: 'EUR',
      renewal: { automatic: false, periodMonths: 12 },
      ip: {
        foreground: { us: 0.6, 'univ-a': 0.4 },
        background: { us: 'the base model' },
        publication: 'after a 60-day review',
      },
      exit: { ipDisposition: 'jointly owned', data: 'delete', finalSettlement: true },
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
        { milestone: { id: 'm1', payer: 'corp-b', payee: 'univ-a', amount: 50_000 } },
      ],
    });
  });

  it('keeps only the sections of the type, and a split by use', () => {
    const document = agreementDocument({
      type: 'resource-sharing',
      id: 'rs-1',
      partners: ['lab'],
      ip: { foreground: { us: '1' } },
      resources: {
        contributions: [
          { party: 'lab', kind: 'data', description: 'scans', quantity: '1200' },
          { description: '' },
        ],
        accessRules: 'enclave only',
      },
      market: { channels: ['web'] },
      terms: [{ kind: 'costShare', costShare: { pool: 'gpu', byUse: true, split: { us: '1' } } }],
    });
    expect(document.ip).toBeUndefined();
    expect(document.market).toBeUndefined();
    expect(document.resources).toEqual({
      contributions: [{ party: 'lab', kind: 'data', description: 'scans', quantity: 1200 }],
      accessRules: 'enclave only',
    });
    expect(document.terms).toEqual([{ costShare: { pool: 'gpu', split: 'byUse' } }]);
  });

  it('leaves a missing required field out, for the server to name', () => {
    const document = agreementDocument({
      type: 'market-cooperation',
      partners: [],
      market: { channels: ['app store', ' '], territory: 'EU' },
      terms: [newTerm('milestone', ['us', 'a'])],
    });
    expect(document).toEqual({
      type: 'market-cooperation',
      parties: ['us'],
      market: { channels: ['app store'], territory: 'EU' },
      terms: [{ milestone: { payer: 'us', payee: 'a' } }],
    });
  });
});
