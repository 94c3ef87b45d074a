/**
 * Issue 10's reproductions, one test each, on both databases: a hostile request is
 * answered with a 4xx that names the limit, in bounded time, and writes nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { aliasFanOutSpec, deepJson } from '../test-support/hostile-payloads.js';
import { createTestApi, type TestApi } from './test-support/api.js';
import { prepareWorkspace } from './test-support/route-cases.js';
import { rowCounts } from './test-support/row-counts.js';

describeEachDatabase('hostile input', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db);
    await prepareWorkspace(api);
  });
  afterAll(() => api.close());

  const putSpec = (payload: string, type: string) =>
    api.as('editor', {
      method: 'PUT',
      url: `/api/workspaces/${api.slug}/spec`,
      headers: { 'content-type': type },
      payload,
    });

  it('a YAML alias fan-out is refused as too large, quickly, writing nothing', async () => {
    const before = await rowCounts(api.db);
    const started = performance.now();
    const res = await putSpec(aliasFanOutSpec(), 'application/yaml');
    // Bounded by the size of the text, not of the expansion (a loaded machine is slow to parse).
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'invalid_spec',
      errors: [{ code: 'too_large', line: 1, column: 1 }],
    });
    expect(res.json().errors[0].message).toContain('maxAliasNodes');
    expect(await rowCounts(api.db)).toEqual(before);
  });

  it('a spec nested 2,000 deep (JSON) answers 422 too_deep, not 500', async () => {
    const res = await putSpec(deepJson(2_000), 'application/json');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ code: 'too_deep' });
    expect(res.json().errors[0].message).toContain('limit is 64 levels');
  });

  it('a JSON body nested 2,000 deep answers 400 naming the limit', async () => {
    const res = await api.as('editor', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/partners`,
      headers: { 'content-type': 'application/json' },
      payload: `{"id":"deep","kind":"academic","notes":${deepJson(2_000, '"x"')}}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_request', errors: [{ code: 'too_deep' }] });
    expect(res.json().detail).toContain('64 levels');
  });
});
