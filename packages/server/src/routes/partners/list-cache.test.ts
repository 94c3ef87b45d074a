/**
 * GET /partners answers from a cache keyed by the workspace's audit head: the same text
 * while nothing changes, a fresh answer after any write (through this app, through the
 * store, or through another app on the same database, as a second server process would).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import type { App } from '../../http/context.js';
import { upsertAssessment } from '../../store/assessments.js';
import { listPartners } from '../../store/partner-list.js';
import { HeadReader, PartnerListCache } from '../../store/partner-list-cache.js';
import { createPartner } from '../../store/partners.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';
import { prepareWorkspace } from '../test-support/route-cases.js';

interface PageBody {
  items: { id: string; name: string; scores: Record<string, number>; version: number }[];
  total: number;
  limit: number;
  offset: number;
}

describeEachDatabase('partner list cache', (get) => {
  let api: TestApi;
  let second: App;
  let workspaceId = '';
  beforeAll(async () => {
    api = await createTestApi(get().db);
    workspaceId = await prepareWorkspace(api);
    for (let i = 1; i <= 12; i++) {
      await createPartner(
        api.db,
        workspaceId,
        {
          id: `k${String(i).padStart(2, '0')}`,
          kind: i % 2 ? 'academic' : 'other',
          scores: { tech: i },
        },
        null,
      );
    }
    // A second app on the same database: another server process, with its own cache.
    second = await buildApp({ db: api.db, config: testConfig() });
  });
  afterAll(async () => {
    await second?.close();
    await api.close();
  });
  const url = (query: string) => `/api/workspaces/${api.slug}/partners?${query}`;
  const list = async (query: string, app: App = api.app) => {
    const res = await app.inject({
      method: 'GET',
      url: url(query),
      headers: { authorization: `Bearer ${api.tokens.viewer}` },
    });
    expect(res.statusCode).toBe(200);
    return res;
  };

  it('answers what the store lists, as JSON, and the same text again', async () => {
    const first = await list('limit=5&offset=2&sort=-id');
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-store');
    const body = first.json<PageBody>();
    const store = await listPartners(api.db, workspaceId, { limit: 5, offset: 2, sort: '-id' });
    expect(body.total).toBe(12);
    expect(body.items.map((p) => p.id)).toEqual(store.items.map((p) => p.id));
    expect(body.items.map((p) => p.id)).toEqual(['k10', 'k09', 'k08', 'k07', 'k06']);
    expect(body.items[0]?.scores).toEqual({ tech: 10 });
    expect({ limit: body.limit, offset: body.offset }).toEqual({ limit: 5, offset: 2 });
    expect((await list('limit=5&offset=2&sort=-id')).body).toBe(first.body);
    // Filters in another order are the same query.
    const a = await list('kind=academic,other&limit=3');
    const b = await list('kind=other,academic&limit=3');
    expect(b.body).toBe(a.body);
  });

  it('answers afresh after a write through the API', async () => {
    const before = (await list('limit=50&sort=id')).json<PageBody>();
    const k01 = before.items.find((p) => p.id === 'k01');
    const patched = await api.as('editor', {
      method: 'PATCH',
      url: `/api/workspaces/${api.slug}/partners/k01`,
      headers: { 'if-match': `"${k01?.version}"` },
      payload: { name: 'Renamed' },
    });
    expect(patched.statusCode).toBe(200);
    const after = (await list('limit=50&sort=id')).json<PageBody>();
    expect(after.items.find((p) => p.id === 'k01')?.name).toBe('Renamed');
  });

  it('answers afresh after a write through the store and through another app', async () => {
    const query = 'limit=3&sort=id';
    expect((await list(query)).json<PageBody>().items[1]?.scores).toEqual({ tech: 2 });
    expect((await list(query, second)).json<PageBody>().items[1]?.scores).toEqual({ tech: 2 });
    await upsertAssessment(api.db, workspaceId, 'k02', 'tech', 'ann', 5, null);
    expect((await list(query)).json<PageBody>().items[1]?.scores).toEqual({ tech: 3.5 });
    // The total of the filters too: a new partner counts at once, on both apps.
    const totalBefore = (await list('kind=other', second)).json<PageBody>().total;
    const created = await api.as('editor', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/partners`,
      payload: { id: 'k99', kind: 'other' },
    });
    expect(created.statusCode).toBe(201);
    expect((await list('kind=other', second)).json<PageBody>().total).toBe(totalBefore + 1);
    expect((await list('kind=other&offset=1')).json<PageBody>().total).toBe(totalBefore + 1);
  });

  it('still checks the query and the caller before the cache', async () => {
    await list('limit=2');
    const bad = await api.as('viewer', { method: 'GET', url: url('limit=0') });
    expect(bad.statusCode).toBe(400);
    const outsider = await api.as('outsider', { method: 'GET', url: url('limit=2') });
    expect(outsider.statusCode).toBe(404);
    const anonymous = await api.as('anonymous', { method: 'GET', url: url('limit=2') });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('PartnerListCache', () => {
  it('serves an entry only at its head, keeps newer entries, evicts the least recently used', () => {
    const cache = new PartnerListCache({ maxBytes: 10, maxTotals: 2 });
    cache.setPage('w', 1, 'a', Buffer.from('aaaa'));
    expect(cache.page('w', 1, 'a')?.toString()).toBe('aaaa');
    expect(cache.page('w', 0, 'a')).toBeUndefined(); // a request that read an older head
    expect(cache.size.pages).toBe(1); // ... leaves the newer entry
    expect(cache.page('w', 2, 'a')).toBeUndefined(); // stale: dropped
    expect(cache.size.pages).toBe(0);
    cache.setPage('w', 3, 'a', Buffer.from('new!'));
    cache.setPage('w', 2, 'a', Buffer.from('old!')); // a slower request of an older head
    expect(cache.page('w', 3, 'a')?.toString()).toBe('new!');
    cache.setPage('w', 3, 'b', Buffer.from('bbbb'));
    expect(cache.page('w', 3, 'a')?.toString()).toBe('new!'); // a is now the most recent
    cache.setPage('w', 3, 'c', Buffer.from('cccc')); // 12 bytes > 10: b goes
    expect(cache.page('w', 3, 'b')).toBeUndefined();
    expect(cache.page('w', 3, 'a')?.toString()).toBe('new!');
    expect(cache.size.bytes).toBeLessThanOrEqual(10);
    cache.setPage('w', 3, 'big', Buffer.from('x'.repeat(11))); // larger than the whole cache: not kept
    expect(cache.page('w', 3, 'big')).toBeUndefined();
    expect(cache.page('v', 3, 'a')).toBeUndefined(); // another workspace

    cache.setTotal('w', 1, 'f', 5);
    expect(cache.total('w', 1, 'f')).toBe(5);
    expect(cache.total('w', 2, 'f')).toBeUndefined();
    cache.setTotal('w', 1, 'g', 6);
    cache.setTotal('w', 1, 'h', 7);
    expect(cache.size.totals).toBe(2);
    expect(cache.total('w', 1, 'f')).toBeUndefined();
  });
});

describe('HeadReader', () => {
  it('never answers with a read started before the request, and shares reads under load', async () => {
    let head = 1;
    const started: number[] = [];
    const pending: (() => void)[] = [];
    const reader = new HeadReader(async () => {
      const value = head; // the head as the read sees it when it starts
      started.push(value);
      await new Promise<void>((resolve) => pending.push(resolve));
      return value;
    });
    const first = reader.head('w'); // starts read 1 (sees 1)
    head = 2; // a write commits while read 1 is in flight
    const second = reader.head('w'); // must not share read 1
    const third = reader.head('w'); // shares the next read with `second`
    const other = reader.head('v'); // another workspace reads on its own
    expect(started).toEqual([1, 2]);
    pending.shift()?.(); // read 1 ends; the next read starts
    expect(await first).toBe(1);
    await Promise.resolve();
    expect(started).toEqual([1, 2, 2]);
    pending.shift()?.(); // the other workspace's read
    expect(await other).toBe(2);
    pending.shift()?.();
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    expect(started).toHaveLength(3);

    const failing = new HeadReader(() => Promise.reject(new Error('down')));
    await expect(failing.head('w')).rejects.toThrow('down');
    await expect(failing.head('w')).rejects.toThrow('down'); // not stuck after a failure
  });
});
