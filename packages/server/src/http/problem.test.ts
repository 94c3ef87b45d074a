/**
 * Every error is application/problem+json with a stable code: validation (with each
 * field's path), malformed bodies, unknown routes, store errors, sizes and media types,
 * and unexpected failures (500 without internals).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { access } from '../auth/policies.js';
import { createTestApi, type TestApi } from '../routes/test-support/api.js';
import { prepareWorkspace } from '../routes/test-support/route-cases.js';
import { describeEachDatabase } from '../test-support/databases.js';
import type { RoutePlugin } from './context.js';
import type { Problem } from './problem.js';

const failing: RoutePlugin = async (app) => {
  app.get('/api/test/boom', { config: { access: access.public() } }, async () => {
    throw new Error('secret internals at /home/db.sqlite');
  });
  app.post(
    '/api/test/echo',
    {
      config: { access: access.public() },
      schema: { body: z.object({ partners: z.array(z.object({ cost: z.number() })) }) },
    },
    async (request) => request.body,
  );
};

describeEachDatabase('problem+json', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db, {
      routes: [failing],
      config: { bodyLimitBytes: 4096 },
    });
    await prepareWorkspace(api);
  });
  afterAll(() => api.close());

  const partners = () => `/api/workspaces/${api.slug}/partners`;

  async function problem(
    res: { statusCode: number; headers: Record<string, unknown>; json<T>(): T },
    status: number,
    code: string,
  ): Promise<Problem> {
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json<Problem>();
    expect(body).toMatchObject({ status, code, type: `urn:partnerfolio:problem:${code}` });
    expect(typeof body.title).toBe('string');
    expect(typeof body.detail).toBe('string');
    return body;
  }

  it('names the path of every invalid field (400 invalid_request)', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { partners: [{ cost: 1 }, { cost: 2 }, { cost: 3 }, { cost: 'x' }] },
    });
    const body = await problem(res, 400, 'invalid_request');
    expect(body.errors).toEqual([
      expect.objectContaining({ path: 'partners[3].cost', location: 'body' }),
    ]);
  });

  it('reports invalid query strings and path parameters with their location', async () => {
    const query = await api.as('viewer', {
      method: 'GET',
      url: `${partners()}?limit=0&sort=sideways`,
    });
    const body = await problem(query, 400, 'invalid_request');
    expect(body.errors?.map((e) => [e.location, e.path])).toEqual([
      ['query', 'limit'],
      ['query', 'sort'],
    ]);
    const params = await api.as('viewer', {
      method: 'GET',
      url: `/api/workspaces/${api.slug}/criteria/versions/abc`,
    });
    expect((await problem(params, 400, 'invalid_request')).errors?.[0]).toMatchObject({
      location: 'params',
      path: 'version',
    });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    for (const payload of ['{"id": ', '[1,2', '\u0000', '{"__proto__": {"x": 1}}']) {
      const res = await api.as('editor', {
        method: 'POST',
        url: partners(),
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers 415 for a media type the route does not take', async () => {
    const res = await api.as('editor', {
      method: 'POST',
      url: partners(),
      headers: { 'content-type': 'application/xml' },
      payload: '<partner/>',
    });
    await problem(res, 415, 'unsupported_media_type');
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await api.as('editor', {
      method: 'POST',
      url: partners(),
      payload: { id: 'big', kind: 'other', notes: 'x'.repeat(10_000) },
    });
    await problem(res, 413, 'payload_too_large');
  });

  it('answers 404 for unknown routes and methods', async () => {
    await problem(await api.app.inject({ method: 'GET', url: '/api/nope' }), 404, 'not_found');
    await problem(await api.app.inject({ method: 'DELETE', url: '/api/health' }), 404, 'not_found');
    const res = await api.as('viewer', { method: 'GET', url: `${partners()}/no-such-partner` });
    await problem(res, 404, 'not_found');
  });

  it('answers 500 internal without leaking the error', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/api/test/boom' });
    const body = await problem(res, 500, 'internal');
    expect(res.body).not.toMatch(/secret internals|db\.sqlite|at .*\.ts/);
    expect(body.instance).toBe('/api/test/boom');
  });

  it('maps store errors: invalid 422 with paths, duplicate 409, invalid transition 409 with allowed', async () => {
    const invalid = await api.as('editor', {
      method: 'POST',
      url: partners(),
      payload: { id: 'p-invalid', kind: 'academic', scores: { nosuch: 1 } },
    });
    expect((await problem(invalid, 422, 'unprocessable')).errors?.[0]).toMatchObject({
      path: 'scores.nosuch',
    });
    const ok = await api.as('editor', {
      method: 'POST',
      url: partners(),
      payload: { id: 'p-dup', kind: 'other' },
    });
    expect(ok.statusCode).toBe(201);
    const dup = await api.as('editor', {
      method: 'POST',
      url: partners(),
      payload: { id: 'p-dup', kind: 'other' },
    });
    await problem(dup, 409, 'duplicate');
    const move = await api.as('editor', {
      method: 'POST',
      url: `${partners()}/p-dup/status`,
      payload: { to: 'exited', version: 1 },
    });
    expect((await problem(move, 409, 'invalid_transition')).allowed).toEqual([
      'negotiating',
      'rejected',
    ]);
  });

  it('refuses a stale write with 409 and the current record; If-Match works too', async () => {
    const created = await api.as('editor', {
      method: 'POST',
      url: partners(),
      payload: { id: 'p-v', kind: 'other' },
    });
    expect(created.headers.etag).toBe('"1"');
    const first = await api.as('editor', {
      method: 'PATCH',
      url: `${partners()}/p-v`,
      payload: { name: 'First', version: 1 },
    });
    expect(first.json()).toMatchObject({ name: 'First', version: 2 });
    const stale = await api.as('owner', {
      method: 'PATCH',
      url: `${partners()}/p-v`,
      payload: { name: 'Second' },
      headers: { 'if-match': '"1"' },
    });
    const body = await problem(stale, 409, 'conflict');
    expect(body.current).toMatchObject({ id: 'p-v', name: 'First', version: 2 });
    const read = await api.as('viewer', { method: 'GET', url: `${partners()}/p-v` });
    expect(read.json()).toMatchObject({ name: 'First' });
    const fresh = await api.as('owner', {
      method: 'PATCH',
      url: `${partners()}/p-v`,
      payload: { name: 'Second' },
      headers: { 'if-match': read.headers.etag as string },
    });
    expect(fresh.json()).toMatchObject({ name: 'Second', version: 3 });
    const noVersion = await api.as('owner', {
      method: 'DELETE',
      url: `${partners()}/p-v`,
    });
    await problem(noVersion, 428, 'precondition_required');
    const staleDelete = await api.as('owner', {
      method: 'DELETE',
      url: `${partners()}/p-v?version=2`,
    });
    await problem(staleDelete, 409, 'conflict');
    const deleted = await api.as('owner', { method: 'DELETE', url: `${partners()}/p-v?version=3` });
    expect(deleted.statusCode).toBe(204);
  });

  it('applies the general rate limit when configured, as a 429 problem', async () => {
    const limited = await createTestApi(api.db, { config: { apiRateMax: 2 } });
    try {
      const hit = () => limited.app.inject({ method: 'GET', url: '/api/health' });
      expect((await hit()).statusCode).toBe(200);
      expect((await hit()).statusCode).toBe(200);
      await problem(await hit(), 429, 'rate_limited');
    } finally {
      await limited.close();
    }
  });

  it('answers 401, 403 and 404 as problems', async () => {
    await problem(
      await api.as('anonymous', { method: 'GET', url: partners() }),
      401,
      'unauthenticated',
    );
    await problem(
      await api.as('viewer', {
        method: 'POST',
        url: partners(),
        payload: { id: 'v', kind: 'other' },
      }),
      403,
      'forbidden',
    );
    await problem(await api.as('outsider', { method: 'GET', url: partners() }), 404, 'not_found');
  });
});
