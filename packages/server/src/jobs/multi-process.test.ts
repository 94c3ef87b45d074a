/**
 * Two real server processes on one database: A answers HTTP only (its job worker is off),
 * B runs the worker. A job submitted through A is finished by B, and A reports its progress
 * and its result, because everything goes through the job's row.
 */
import { simulateReport } from '@partnerfolio/core';
import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken } from '../auth/api-tokens.js';
import { addMember } from '../auth/memberships.js';
import { createUser } from '../auth/users.js';
import { steppedSampleRunner } from '../engine/sample-runner.js';
import { DEMO_SPEC_TEXT, portfolioOf } from '../engine/test-support/demo-portfolio.js';
import { describeEachDatabase, type TestDatabase } from '../test-support/databases.js';
import { getJob } from './queue.js';
import { JOB_ENV } from './settings.js';
import { loadDemoSpec } from './test-support/demo-workspace.js';
import { type ServerProcess, startServerProcess } from './test-support/server-process.js';
import { parseSse } from './test-support/sse.js';

/** How a server process finds the test's database: as `partnerfolio serve` would. */
function databaseEnv(t: TestDatabase): Record<string, string | undefined> {
  if (t.kind === 'sqlite') return { PARTNERFOLIO_DATA: t.dataDir, DATABASE_URL: undefined };
  return {
    DATABASE_URL: t.url,
    PARTNERFOLIO_DATABASE_SCHEMA: t.schema,
    PARTNERFOLIO_DATA: undefined,
  };
}

describeEachDatabase('two server processes on one database', (get) => {
  const slug = `multi-${process.pid}`;
  let token: string;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;

  beforeAll(async () => {
    const t = get();
    const email = `${slug}@example.org`;
    await createUser(t.db, { email, password: 'correct horse battery' });
    await addMember(t.db, { workspaceSlug: slug, email, role: 'editor' });
    token = await createApiToken(t.db, { email });
    await loadDemoSpec(t.db, slug);
    [a, b] = await Promise.all([
      startServerProcess({ ...databaseEnv(t), [JOB_ENV.worker]: 'off' }),
      startServerProcess({
        ...databaseEnv(t),
        [JOB_ENV.workerId]: 'process-b',
        // PostgreSQL wakes B with NOTIFY: a poll this slow would fail the test's timings.
        [JOB_ENV.pollMs]: t.kind === 'postgres' ? '60000' : '100',
      }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  const call = (server: ServerProcess, path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });

  it('A runs no worker; B does', () => {
    expect(a?.worker).toBeNull();
    expect(b?.worker).toBe('process-b');
  });

  it('a job submitted through A is finished by B, and followed through A', async () => {
    if (!a || !b) throw new Error('servers not started');
    const submitted = await call(a, `/api/workspaces/${slug}/simulate`, {
      method: 'POST',
      body: JSON.stringify({ scenarios: 300_000, seed: 5 }),
    });
    expect(submitted.status).toBe(202);
    const { job, links } = (await submitted.json()) as {
      job: { id: string };
      links: { self: string; events: string };
    };

    // Follow it on A with Server-Sent Events, over a real connection.
    const stream = await call(a, links.events, { headers: { accept: 'text/event-stream' } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = parseSse(await stream.text());
    expect(events.filter((e) => e.event === 'progress').length).toBeGreaterThanOrEqual(1);
    const last = events.at(-1);
    expect(last?.event, `${a.stderr()}\n${b.stderr()}`).toBe('done');

    const read = await call(a, links.self);
    const body = (await read.json()) as { state: string; worker: string; result: unknown };
    expect(body.state).toBe('done');
    expect(body.worker).toBe('process-b');
    expect(body.result).toEqual(last?.data);
    const row = await getJob(get().db, job.id);
    expect(row?.worker).toBe('process-b');
    if (get().kind === 'postgres') {
      // B polls once a minute: it started the job at once because A's NOTIFY woke it.
      const waited = Date.parse(row?.startedAt ?? '') - Date.parse(row?.createdAt ?? '');
      expect(waited).toBeLessThan(5000);
    }

    // The answer is the CLI's: the same Monte Carlo on this side gives the same document.
    const expected = await simulateReport(
      portfolioOf(DEMO_SPEC_TEXT),
      { scenarios: 300_000, seed: 5 },
      { solver: await createHighsSolver(), run: steppedSampleRunner() },
    );
    if (!expected.ok) throw new Error('simulate failed');
    expect(body.result).toEqual(JSON.parse(JSON.stringify(expected.value)));
  });

  it('a cancel sent to A stops the job running on B', async () => {
    if (!a || !b) throw new Error('servers not started');
    const submitted = await call(a, `/api/workspaces/${slug}/simulate`, {
      method: 'POST',
      body: JSON.stringify({ scenarios: 20_000_000, seed: 9 }),
    });
    const { job, links } = (await submitted.json()) as {
      job: { id: string };
      links: { self: string; cancel: string };
    };
    for (let i = 0; i < 300; i++) {
      const state = (await getJob(get().db, job.id))?.state;
      if (state === 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await call(a, links.cancel, { method: 'POST' })).status).toBe(200);
    let state: string | undefined;
    for (let i = 0; i < 300 && state !== 'cancelled'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = (await getJob(get().db, job.id))?.state;
    }
    expect(state).toBe('cancelled');
    expect((await getJob(get().db, job.id))?.worker).toBe('process-b');
  });
});
