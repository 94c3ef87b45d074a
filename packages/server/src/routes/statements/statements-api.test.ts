/** Statements and ledger proofs over HTTP: a receipt downloaded from the API checks offline. */
import { checkReceipt, fromHex, verifyConsistency } from '@partnerfolio/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ledgerCrypto, sha256 } from '../../store/ledger-crypto.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';
import { prepareWorkspace } from '../test-support/route-cases.js';

describeEachDatabase('statements API', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db);
    await prepareWorkspace(api);
    const made = await api.as('editor', {
      method: 'POST',
      url: `${ws()}/partners`,
      payload: { id: 'univ-a', kind: 'academic', cost: 1, return: 3, scores: { tech: 5 } },
    });
    expect(made.statusCode, made.body).toBe(201);
  });
  afterAll(() => api.close());
  const ws = () => `/api/workspaces/${api.slug}`;
  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    api.as('editor', { method, url: `${ws()}${url}`, ...(payload ? { payload } : {}) });

  it('records, answers and pays a statement; its receipt and the ledger proofs verify', async () => {
    const created = await call('POST', '/agreements', {
      document: {
        id: 'rs-api',
        type: 'market-cooperation',
        parties: ['us', 'univ-a'],
        start: '2026-01-01',
        end: '2026-12-31',
        currency: 'EUR',
        terms: [
          {
            revenueShare: {
              source: 'api',
              collector: 'us',
              tiers: [{ upTo: null, shares: { 'univ-a': 0.25 } }],
            },
          },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const amount of [400, 99.99]) {
      const e = await call('POST', '/agreements/rs-api/ledger', {
        date: '2026-03-01',
        kind: 'revenue',
        source: 'api',
        amount,
      });
      expect(e.statusCode, e.body).toBe(201);
    }
    const before = (await call('GET', '/ledger/checkpoint')).json() as {
      size: number;
      rootHash: string;
    };

    const recorded = await call('POST', '/agreements/rs-api/statements', {
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({
      number: 1,
      status: 'open',
      document: {
        balances: { us: -125, 'univ-a': 125 },
        transfers: [{ from: 'us', to: 'univ-a', amount: 125 }],
      },
    });
    const receipt = await call('GET', '/agreements/rs-api/statements/1/receipt');
    expect(receipt.statusCode, receipt.body).toBe(200);
    expect(checkReceipt(JSON.parse(receipt.body), ledgerCrypto).ok).toBe(true);
    const edited = receipt.body.replace('"amount":125', '"amount":126');
    expect(edited).not.toBe(receipt.body);
    expect(checkReceipt(JSON.parse(edited), ledgerCrypto).ok).toBe(false);

    const dispute = await call('POST', '/agreements/rs-api/statements/1/responses', {
      party: 'univ-a',
      decision: 'dispute',
    });
    expect(dispute.statusCode).toBe(422);
    expect(dispute.body).toContain('lines');
    for (const party of ['us', 'univ-a']) {
      const r = await call('POST', '/agreements/rs-api/statements/1/responses', {
        party,
        decision: 'accept',
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const paid = await call('POST', '/agreements/rs-api/statements/1/payments', {
      transfer: 0,
      date: '2026-07-05',
      reference: 'SEPA 42',
    });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({
      status: 'final',
      payments: [{ transfer: 0, reference: 'SEPA 42' }],
    });
    expect((await call('GET', '/agreements/rs-api/statements')).json()).toHaveLength(1);

    const after = (await call('GET', '/ledger/checkpoint')).json() as {
      size: number;
      rootHash: string;
    };
    const proof = (await call('GET', `/ledger/proof/consistency?from=${before.size}`)).json() as {
      second: number;
      secondRoot: string;
      proof: string[];
    };
    expect(proof.second).toBe(after.size);
    expect(
      verifyConsistency(sha256, {
        first: before.size,
        second: after.size,
        firstRoot: fromHex(before.rootHash) as Uint8Array,
        secondRoot: fromHex(proof.secondRoot) as Uint8Array,
        proof: proof.proof.map((p) => fromHex(p) as Uint8Array),
      }).ok,
    ).toBe(true);
    const verdict = await call('POST', '/ledger/checkpoint/verify', before);
    expect(verdict.json()).toEqual({ intact: true, entries: after.size });
    expect((await call('GET', '/ledger/proof/inclusion?seq=99999')).statusCode).toBe(404);
    expect((await call('GET', '/ledger/proof/consistency?from=x')).statusCode).toBe(400);
  });
});
