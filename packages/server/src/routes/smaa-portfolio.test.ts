/**
 * `POST /smaa` with `portfolio: true` (the CLI's `smaa --portfolio`): always a job, so an
 * editor runs it and every member may read it; a viewer, a partner user and a member of
 * another workspace are refused; the answer is core's document for the same samples.
 */
import { type MilpSolver, portfolioMembership, smaaReport } from '@partnerfolio/core';
import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineJobHandlers } from '../engine/job-handlers.js';
import { DEMO_SPEC_TEXT, portfolioOf } from '../engine/test-support/demo-portfolio.js';
import { loadDemoSpec } from '../jobs/test-support/demo-workspace.js';
import { engineAndJobRoutes } from '../jobs/test-support/job-routes.js';
import { waitForJob } from '../jobs/test-support/wait-for.js';
import { type JobWorker, startJobWorker } from '../jobs/worker.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from './test-support/api.js';

const portfolio = portfolioOf(DEMO_SPEC_TEXT);
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const BODY = { samples: 40, seed: 5, portfolio: true };

describeEachDatabase('smaa with portfolio membership as a job', (get) => {
  let api: TestApi;
  let worker: JobWorker;
  let solver: MilpSolver;
  const post = (who: Parameters<TestApi['as']>[0], payload: Record<string, unknown>) =>
    api.as(who, { method: 'POST', url: `/api/workspaces/${api.slug}/smaa`, payload });

  beforeAll(async () => {
    const { db } = get();
    solver = await createHighsSolver();
    api = await createTestApi(db, { routes: engineAndJobRoutes(), partners: true });
    await loadDemoSpec(db, api.slug);
    worker = startJobWorker({
      db,
      workerId: 'smaa-portfolio-worker',
      handlers: engineJobHandlers({ db }),
      pollMs: 50,
      progressIntervalMs: 0,
    });
  });
  afterAll(async () => {
    await worker?.stop({ timeoutMs: 2000 });
    await api?.close();
  });

  it('an editor gets a job whose result is the CLI document; viewers read it', async () => {
    const res = await post('editor', BODY);
    expect(res.statusCode).toBe(202);
    const { job, links } = res.json<{ job: { id: string }; links: { self: string } }>();
    const done = await waitForJob(get().db, job.id, ['done', 'failed'], 120_000);
    expect(done.state).toBe('done');
    const ranks = smaaReport(portfolio, { samples: 40, seed: 5 });
    const membership = portfolioMembership(portfolio, solver, { samples: 40, seed: 5 });
    if (!ranks.ok || !membership.ok) throw new Error('core refused the demo');
    const read = await api.as('viewer', { method: 'GET', url: links.self });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      state: 'done',
      progress: 1,
      result: json({ ...ranks.value, portfolio: membership.value }),
    });
    const shares = Object.values(membership.value.membership);
    expect(shares.every((p) => p >= 0 && p <= 1)).toBe(true);
  }, 180_000);

  it('viewers, partner users and outsiders cannot start it; anonymous callers are asked to sign in', async () => {
    expect((await post('viewer', BODY)).statusCode).toBe(403);
    expect((await post('partnerA', BODY)).statusCode).toBe(403);
    expect((await post('outsider', BODY)).statusCode).toBe(404);
    expect((await post('anonymous', BODY)).statusCode).toBe(401);
    // Without `portfolio` a small run is still a viewer's quick analysis.
    expect((await post('viewer', { samples: 40, seed: 5 })).statusCode).toBe(200);
  });

  it('hostile sizes are refused naming the field', async () => {
    const res = await post('editor', { samples: 2_000_000, portfolio: true });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('samples');
    // Within the API's bound for rankings, beyond the one for MILPs: refused before a job
    // is queued (core's smaaRefusal; the split job asks again: smaa-split.test.ts).
    const many = await post('editor', { samples: 50_000, portfolio: true });
    expect(many.statusCode).toBe(422);
    expect(many.json().errors).toEqual([
      expect.objectContaining({ path: 'samples', code: 'too_big' }),
    ]);
    expect(many.json().detail).toContain('samples must be at most 20000');
    const wrong = await post('editor', { portfolio: 'yes' });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.stringify(wrong.json())).toContain('portfolio');
  });
});
