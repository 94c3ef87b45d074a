/**
 * Partner users (issue 12 §1): people of a partner organisation, bound to one partner,
 * see only the agreements their partner is party to, with their obligations, ledger
 * entries and settlements, and their own trust record; another partner's agreement is
 * "not found", and everything else is 403. (The matrix in authorization.test.ts calls
 * every route as both partners; this test checks what the allowed ones show.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordLedgerEvent } from '../store/agreements/events.js';
import { createObligation } from '../store/agreements/obligations.js';
import { createAgreement } from '../store/agreements/writes.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { agreementDocument } from './agreements.route-cases.js';
import { createTestApi, PARTNER_KEYS, type TestApi } from './test-support/api.js';
import { prepareWorkspace } from './test-support/route-cases.js';

describeEachDatabase('partner users', (get) => {
  let api: TestApi;
  const a = PARTNER_KEYS.partnerA;
  const b = PARTNER_KEYS.partnerB;
  beforeAll(async () => {
    api = await createTestApi(get().db, { partners: true });
    const ws = await prepareWorkspace(api);
    for (const [code, other] of [
      ['with-a', a],
      ['with-b', b],
    ] as const) {
      await createAgreement(api.db, ws, { document: agreementDocument(code, other) }, null);
      await createObligation(
        api.db,
        ws,
        code,
        { title: `report ${code}`, owner: other, dueDate: '2026-03-01' },
        null,
      );
      await recordLedgerEvent(
        api.db,
        ws,
        code,
        { date: '2026-02-01', kind: 'revenue', source: 'product', amount: 1000 },
        null,
      );
    }
  });
  afterAll(() => api.close());
  const url = (path: string) => `/api/workspaces/${api.slug}${path}`;
  const get_ = (who: 'partnerA' | 'partnerB' | 'owner', path: string) =>
    api.as(who, { method: 'GET', url: url(path) });

  it('lists only the agreements its partner is party to, whatever the query asks', async () => {
    const mine = await get_('partnerA', '/agreements');
    expect(mine.json<{ code: string }[]>().map((x) => x.code)).toEqual(['with-a']);
    const asked = await get_('partnerA', `/agreements?partner=${b}`);
    expect(asked.json<{ code: string }[]>().map((x) => x.code)).toEqual(['with-a']);
    const theirs = await get_('partnerB', '/agreements');
    expect(theirs.json<{ code: string }[]>().map((x) => x.code)).toEqual(['with-b']);
    const owner = await get_('owner', '/agreements');
    expect(
      owner
        .json<{ code: string }[]>()
        .map((x) => x.code)
        .sort(),
    ).toEqual(['with-a', 'with-b']);
  });

  it("reads its own agreement, ledger and settlement; another partner's is not found", async () => {
    expect((await get_('partnerA', '/agreements/with-a')).statusCode).toBe(200);
    const other = await get_('partnerA', '/agreements/with-b');
    expect(other.statusCode).toBe(404);
    // The same answer as for an agreement that does not exist.
    const none = await get_('partnerA', '/agreements/with-x');
    expect(other.body.replaceAll('with-b', 'ID')).toBe(none.body.replaceAll('with-x', 'ID'));
    expect((await get_('partnerA', '/agreements/with-a/ledger')).json()).toHaveLength(1);
    expect((await get_('partnerA', '/agreements/with-b/ledger')).statusCode).toBe(404);
    const settle = (code: string) =>
      api.as('partnerA', {
        method: 'POST',
        url: url(`/agreements/${code}/settle`),
        payload: { from: '2026-01-01', to: '2026-12-31' },
      });
    expect((await settle('with-a')).json()).toMatchObject({ balances: { [a]: 100, us: -100 } });
    expect((await settle('with-b')).statusCode).toBe(404);
  });

  it('sees the obligations and ledger entries of its own agreements only', async () => {
    const obligations = await get_('partnerA', '/obligations');
    expect(obligations.json<{ agreement: string }[]>().map((o) => o.agreement)).toEqual(['with-a']);
    const ledger = await get_('partnerA', '/ledger');
    expect(ledger.json()).toHaveLength(1);
    expect((await get_('partnerA', '/ledger?agreement=with-b')).statusCode).toBe(404);
    expect((await get_('owner', '/ledger')).json()).toHaveLength(2);
  });

  it('reads its own partner’s plan against actual only, and not the portfolio’s S', async () => {
    const own = await get_('partnerA', `/partners/${a}/plan-actual`);
    expect(own.statusCode).toBe(200);
    expect(own.json<{ partner: string }>().partner).toBe(a);
    expect((await get_('partnerA', `/partners/${b}/plan-actual`)).statusCode).toBe(404);
    expect((await get_('partnerA', '/plan-actual')).statusCode).toBe(403);
    expect((await get_('owner', `/partners/${b}/plan-actual`)).statusCode).toBe(200);
    const bad = await get_('owner', '/plan-actual?periods=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('periods');
  });

  it('reads its own trust record only, and nothing of the portfolio', async () => {
    expect((await get_('partnerA', `/partners/${a}/trust`)).statusCode).toBe(200);
    expect((await get_('partnerA', `/partners/${b}/trust`)).statusCode).toBe(404);
    const profile = await get_('partnerA', `/partners/${a}/profile`);
    expect(profile.json()).toEqual({
      id: a,
      name: a,
      kind: 'academic',
      status: 'candidate',
      domains: [],
      offers: [],
    });
    expect((await get_('partnerA', `/partners/${b}/profile`)).statusCode).toBe(404);
    for (const path of [
      '/partners',
      `/partners/${b}`,
      '/criteria',
      '/audit',
      '/spec',
      '/members',
      '/ledger/verify',
      '/trust',
    ]) {
      expect((await get_('partnerA', path)).statusCode, path).toBe(403);
    }
    const rank = await api.as('partnerA', { method: 'POST', url: url('/rank'), payload: {} });
    expect(rank.statusCode).toBe(403);
    const write = await api.as('partnerA', {
      method: 'POST',
      url: url('/agreements/with-a/ledger'),
      payload: { date: '2026-02-02', kind: 'revenue', source: 'product', amount: 1 },
    });
    expect(write.statusCode).toBe(403);
    const list = await api.as('partnerA', { method: 'GET', url: '/api/workspaces' });
    expect(list.json()).toEqual([{ slug: api.slug, name: api.slug, role: 'partner', partner: a }]);
  });
});
