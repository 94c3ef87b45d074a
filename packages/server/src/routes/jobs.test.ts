import { afterAll, beforeAll, expect, it } from 'vitest';
import { enqueue } from '../jobs/queue.js';
import { engineAndJobRoutes } from '../jobs/test-support/job-routes.js';
import { parseSse } from '../jobs/test-support/sse.js';
import { getWorkspaceBySlug } from '../store/workspaces.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from './test-support/api.js';

describeEachDatabase('job routes without a worker', (get) => {
  let api: TestApi;
  let workspaceId: string;
  let closed = false;
  beforeAll(async () => {
    api = await createTestApi(get().db, { routes: engineAndJobRoutes() });
    workspaceId = (await getWorkspaceBySlug(get().db, api.slug)).id;
  });
  afterAll(async () => {
    if (!closed) await api?.close();
  });

  it('shows a queued job as it is, options and all, without the spec it keeps', async () => {
    const job = await enqueue(get().db, {
      workspaceId,
      kind: 'engine.simulate',
      input: {
        command: 'simulate',
        options: { scenarios: 5 },
        spec: { big: true },
        criteriaVersion: 1,
      },
      createdBy: api.emails.editor,
    });
    const res = await api.as('viewer', {
      method: 'GET',
      url: `/api/workspaces/${api.slug}/jobs/${job.id}`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      id: job.id,
      kind: 'engine.simulate',
      command: 'simulate',
      state: 'queued',
      progress: 0,
      options: { scenarios: 5 },
      createdBy: api.emails.editor,
      worker: null,
    });
    expect(JSON.stringify(body)).not.toContain('big');
  });

  it('sends a done job’s result as the queue stored it, on its page and in its last event', async () => {
    const job = await enqueue(get().db, {
      workspaceId,
      kind: 'engine.smaa',
      input: { command: 'smaa', options: { samples: 5 }, spec: null, criteriaVersion: null },
      createdBy: null,
    });
    // Stored text with a space JSON.stringify would not write: were the page to parse the
    // result and write it again, the space would go.
    const stored = '{"b": 1,"a":[2,"x"]}';
    await get()
      .db.kysely.updateTable('jobs')
      .set({ state: 'done', progress: 1, result: stored, finished_at: '2026-12-07T00:00:00.000Z' })
      .where('id', '=', job.id)
      .execute();
    const page = await api.as('viewer', {
      method: 'GET',
      url: `/api/workspaces/${api.slug}/jobs/${job.id}`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^application\/json/);
    expect(page.body).toContain(`"result":${stored}`);
    expect(page.json()).toMatchObject({
      id: job.id,
      state: 'done',
      options: { samples: 5 },
      result: { b: 1, a: [2, 'x'] },
    });
    const stream = await api.as('viewer', {
      method: 'GET',
      url: `/api/workspaces/${api.slug}/jobs/${job.id}/events`,
    });
    expect(stream.body).toContain(`event: done\ndata: ${stored}\n`);
    expect(parseSse(stream.body).at(-1)).toMatchObject({
      event: 'done',
      data: { b: 1, a: [2, 'x'] },
    });
  });

  it('ends its event streams when the server shuts down, so that shutdown is not held up', async () => {
    const job = await enqueue(get().db, {
      workspaceId,
      kind: 'engine.simulate',
      input: { command: 'simulate', options: {}, spec: null, criteriaVersion: null },
      createdBy: null,
    });
    const streaming = api.as('viewer', {
      method: 'GET',
      url: `/api/workspaces/${api.slug}/jobs/${job.id}/events`,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    closed = true;
    await api.close();
    expect(Date.now() - started).toBeLessThan(2000);
    const events = parseSse((await streaming).body);
    expect(events).toEqual([
      { event: 'progress', data: { state: 'queued', progress: 0 }, id: '1' },
    ]);
  });
});
