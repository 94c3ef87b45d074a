import {
  cvarFrontierReport,
  evaluateReport,
  frontierReport,
  type MilpSolver,
  optimizeReport,
  rankReport,
  type SampleRunner,
  simulate,
  simulateReport,
  smaaReport,
  weightsReport,
} from '@partnerfolio/core';
import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineJobHandlers } from '../engine/job-handlers.js';
import { DEMO_SPEC_TEXT, portfolioOf } from '../engine/test-support/demo-portfolio.js';
import { getJob } from '../jobs/queue.js';
import { loadDemoSpec } from '../jobs/test-support/demo-workspace.js';
import { engineAndJobRoutes } from '../jobs/test-support/job-routes.js';
import { parseSse } from '../jobs/test-support/sse.js';
import { waitForJob } from '../jobs/test-support/wait-for.js';
import { type JobWorker, startJobWorker } from '../jobs/worker.js';
import { getScenario } from '../store/scenarios.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from './test-support/api.js';

const portfolio = portfolioOf(DEMO_SPEC_TEXT);
const inThread: SampleRunner = async (plan, o) =>
  simulate(plan, { scenarios: o.scenarios, seed: o.seed });
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const unwrap = <T>(r: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

interface JobBody {
  job: { id: string; state: string; command: string; options: Record<string, unknown> };
  links: { self: string; events: string; cancel: string };
}

describeEachDatabase('engine and job routes', (get) => {
  let api: TestApi;
  let worker: JobWorker;
  let solver: MilpSolver;
  let workspaceId: string;
  const post = (
    who: Parameters<TestApi['as']>[0],
    command: string,
    payload?: unknown,
    query = '',
  ) =>
    api.as(who, {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/${command}${query}`,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  beforeAll(async () => {
    const { db } = get();
    solver = await createHighsSolver();
    api = await createTestApi(db, {
      routes: engineAndJobRoutes(),
    });
    workspaceId = await loadDemoSpec(db, api.slug);
    worker = startJobWorker({
      db,
      workerId: 'route-test-worker',
      handlers: engineJobHandlers({ db }),
      pollMs: 50,
      progressIntervalMs: 0,
    });
  });
  afterAll(async () => {
    await worker?.stop({ timeoutMs: 2000 });
    await api?.close();
  });

  describe('answer the CLI document for the workspace', () => {
    it('evaluate, weights, rank', async () => {
      const evaluate = await post('viewer', 'evaluate');
      expect(evaluate.statusCode).toBe(200);
      expect(evaluate.headers['content-type']).toMatch(/application\/json/);
      expect(evaluate.json()).toEqual(json(unwrap(evaluateReport(portfolio))));
      expect((await post('viewer', 'weights', {})).json()).toEqual(
        json(unwrap(weightsReport(portfolio))),
      );
      const rank = await post('viewer', 'rank', { method: 'topsis', sensitivity: true });
      expect(rank.json()).toEqual(
        json(unwrap(rankReport(portfolio, { method: 'topsis', sensitivity: true }))),
      );
    });

    it('rank by PROMETHEE and VIKOR, objective weights and SMAA (the CLI documents)', async () => {
      const promethee = await post('viewer', 'rank', { method: 'promethee' });
      expect(promethee.statusCode).toBe(200);
      expect(promethee.json()).toEqual(
        json(unwrap(rankReport(portfolio, { method: 'promethee' }))),
      );
      expect(promethee.json().ranking[0]).toHaveProperty('phiPlus');
      const vikor = await post('viewer', 'rank', { method: 'vikor', v: 0.3 });
      expect(vikor.json()).toEqual(
        json(unwrap(rankReport(portfolio, { method: 'vikor', v: 0.3 }))),
      );
      const critic = await post('viewer', 'weights', { method: 'critic' });
      expect(critic.json()).toEqual(json(unwrap(weightsReport(portfolio, { method: 'critic' }))));
      const smaa = await post('viewer', 'smaa', { samples: 500, seed: 3 });
      expect(smaa.statusCode).toBe(200);
      expect(smaa.json()).toEqual(json(unwrap(smaaReport(portfolio, { samples: 500, seed: 3 }))));
      const bad = await post('viewer', 'rank', { method: 'vikor', v: 2 });
      expect(bad.statusCode).toBe(400);
    });

    it('optimize, frontier, simulate', async () => {
      const optimize = await post('editor', 'optimize', {});
      expect(optimize.statusCode).toBe(200);
      expect(optimize.json()).toEqual(
        json(unwrap(optimizeReport(portfolio, solver, { timeLimit: 60, explain: false }))),
      );
      const frontier = await post('editor', 'frontier', { resource: 'staff', points: 4 });
      expect(frontier.json()).toEqual(
        json(
          unwrap(
            frontierReport(portfolio, solver, { resource: 'staff', points: 4, timeLimit: 60 }),
          ),
        ),
      );
      const simulated = await post('editor', 'simulate', { scenarios: 30_000, seed: 7 });
      expect(simulated.json()).toEqual(
        json(
          unwrap(
            await simulateReport(
              portfolio,
              { scenarios: 30_000, seed: 7 },
              { solver, run: inThread },
            ),
          ),
        ),
      );
    });

    it('optimize with keep and exit locks: the run’s include and exclude, over the constraints', async () => {
      const [first, second] = portfolio.partners.map((p) => p.id);
      if (first === undefined || second === undefined) throw new Error('a demo with partners');
      const locked = {
        ...portfolio,
        constraints: {
          ...portfolio.constraints,
          include: [...new Set([...portfolio.constraints.include, first])],
          exclude: [...new Set([...portfolio.constraints.exclude, second])],
        },
      };
      const res = await post('editor', 'optimize', { include: [first], exclude: [second] });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toEqual(
        json(unwrap(optimizeReport(locked, solver, { timeLimit: 60, explain: false }))),
      );
      if (body.status === 'optimal') {
        expect(body.selected).toContain(first);
        expect(body.selected).not.toContain(second);
      }
      const unknown = await post('editor', 'optimize', { exclude: [first, 'nobody'] });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json()).toMatchObject({
        errors: [expect.objectContaining({ path: 'exclude[1]', code: 'unknown_partner' })],
      });
    });

    it('shapley of a few partners', async () => {
      const ids = portfolio.partners.slice(0, 3).map((p) => p.id);
      const res = await post('editor', 'shapley', { selected: ids });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ players: ids, exact: true });
    });
  });

  describe('refuse what they must', () => {
    it('an unknown option: 400 naming its path', async () => {
      const res = await post('editor', 'simulate', { scenarios: 1000, sceanrios: 5 });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json()).toMatchObject({
        code: 'invalid_request',
        errors: [expect.objectContaining({ path: 'sceanrios', location: 'body' })],
      });
      const bad = await post('viewer', 'rank', { method: 'borda' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('method');
    });

    it("the engine's objections: 422 with the path", async () => {
      const res = await post('editor', 'frontier', { resource: 'gold' });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({
        code: 'unprocessable',
        errors: [expect.objectContaining({ path: 'resource', code: 'unknown_resource' })],
      });
    });

    it('roles: viewers read analyses; solver runs, jobs and saving need an editor', async () => {
      expect((await post('anonymous', 'evaluate')).statusCode).toBe(401);
      expect((await post('outsider', 'evaluate')).statusCode).toBe(404);
      expect((await post('viewer', 'optimize', {})).statusCode).toBe(403);
      expect((await post('viewer', 'simulate', {})).statusCode).toBe(403);
      expect((await post('viewer', 'rank', { async: true })).statusCode).toBe(403);
      expect((await post('viewer', 'rank', {}, '?save=mine')).statusCode).toBe(403);
      expect((await post('owner', 'evaluate', {}, '?save=x')).statusCode).toBe(400);
    });

    it('a workspace that is not a valid portfolio yet: 422', async () => {
      const res = await api.as('outsider', {
        method: 'POST',
        url: `/api/workspaces/${api.otherSlug}/evaluate`,
      });
      expect(res.statusCode).toBe(422);
    });
  });

  it('saves the inputs and the answer as a scenario with the criteria version', async () => {
    const res = await post('editor', 'optimize', { explain: false }, '?save=baseline');
    expect(res.statusCode).toBe(200);
    const link = String(res.headers.link ?? '');
    const id = /scenarios\/([^>]+)>; rel="scenario"/.exec(link)?.[1];
    expect(id).toBeDefined();
    const scenario = await getScenario(get().db, workspaceId, id ?? '');
    expect(scenario).toMatchObject({ name: 'baseline', kind: 'optimize', result: res.json() });
    expect(scenario.criteriaVersion).toEqual(expect.any(Number));
    expect(scenario.inputs).toEqual({
      command: 'optimize',
      options: { explain: false, timeLimit: 60 },
    });
  });

  describe('long runs become jobs', () => {
    it('a large simulate answers 202, runs on the worker, and its result is the CLI document', async () => {
      const res = await post('editor', 'simulate', { scenarios: 250_000, seed: 3 });
      expect(res.statusCode).toBe(202);
      const body = res.json<JobBody>();
      expect(body.job).toMatchObject({
        state: 'queued',
        command: 'simulate',
        options: { scenarios: 250_000, seed: 3 },
      });
      expect(res.headers.location).toBe(body.links.self);
      expect(body.links.events).toBe(`${body.links.self}/events`);

      const done = await waitForJob(get().db, body.job.id, ['done', 'failed']);
      expect(done.state).toBe('done');
      expect(done.worker).toBe('route-test-worker');
      const expected = json(
        unwrap(
          await simulateReport(
            portfolio,
            { scenarios: 250_000, seed: 3 },
            { solver, run: inThread },
          ),
        ),
      );
      const read = await api.as('viewer', { method: 'GET', url: body.links.self });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ state: 'done', progress: 1, result: expected });

      const events = parseSse(
        (await api.as('viewer', { method: 'GET', url: body.links.events })).body,
      );
      expect(events.at(-1)).toEqual({ event: 'done', data: expected, id: expect.any(String) });
    });

    it('by size: simulate over 200,000 scenarios, frontier over 21 points', async () => {
      expect((await post('editor', 'simulate', { scenarios: 200_000 })).statusCode).toBe(200);
      expect(
        (await post('editor', 'frontier', { resource: 'budget', points: 21 })).statusCode,
      ).toBe(200);
      const frontier = await post('editor', 'frontier', { resource: 'budget', points: 22 });
      expect(frontier.statusCode).toBe(202);
      const { job } = frontier.json<JobBody>();
      expect((await waitForJob(get().db, job.id, ['done', 'failed'])).state).toBe('done');
    });

    it('frontier with cvar: in the request when small, a job with progress when not, bounded', async () => {
      const small = await post('editor', 'frontier', { cvar: true, points: 3, scenarios: 200 });
      expect(small.statusCode).toBe(200);
      const options = { points: 3, scenarios: 200, seed: 1, timeLimit: 60 };
      expect(small.json()).toEqual(json(unwrap(cvarFrontierReport(portfolio, solver, options))));
      expect(small.json()).toMatchObject({ measure: 'cvar5', status: 'optimal' });
      // 38 partners × 600 scenarios are over 20,000 cells: a job, reporting each solve.
      const big = await post('editor', 'frontier', { cvar: true, points: 2, scenarios: 600 });
      expect(big.statusCode).toBe(202);
      const { links } = big.json<JobBody>();
      const events = parseSse((await api.as('viewer', { method: 'GET', url: links.events })).body);
      expect(events.filter((e) => e.event === 'progress').length).toBeGreaterThanOrEqual(1);
      expect(events.at(-1)?.data).toEqual(
        json(
          unwrap(cvarFrontierReport(portfolio, solver, { ...options, points: 2, scenarios: 600 })),
        ),
      );
      const tooBig = await post('editor', 'frontier', { cvar: true, scenarios: 20_000 });
      expect(tooBig.statusCode).toBe(422);
      expect(tooBig.json()).toMatchObject({
        errors: [expect.objectContaining({ path: 'scenarios', code: 'too_big' })],
      });
      const neither = await post('editor', 'frontier', {});
      expect(neither.statusCode).toBe(422);
      expect(neither.json().errors[0]).toMatchObject({ path: 'resource' });
      const overLimit = await post('editor', 'frontier', { cvar: true, scenarios: 20_001 });
      expect(overLimit.statusCode).toBe(400);
      expect(overLimit.json().errors[0].path).toBe('scenarios');
    });

    it('streams progress, then done, as Server-Sent Events', async () => {
      const res = await post('editor', 'frontier', { resource: 'budget', points: 5, async: true });
      expect(res.statusCode).toBe(202);
      const { links } = res.json<JobBody>();
      const stream = await api.as('viewer', { method: 'GET', url: links.events });
      expect(stream.statusCode).toBe(200);
      expect(stream.headers['content-type']).toMatch(/text\/event-stream/);
      const events = parseSse(stream.body);
      const progress = events.filter((e) => e.event === 'progress');
      expect(progress.length).toBeGreaterThanOrEqual(1);
      expect(progress.at(-1)?.data).toEqual({ state: 'done', progress: 1 });
      const last = events.at(-1);
      expect(last?.event).toBe('done');
      expect(last?.data).toEqual(
        json(
          unwrap(
            frontierReport(portfolio, solver, { resource: 'budget', points: 5, timeLimit: 60 }),
          ),
        ),
      );
    });

    it('cancels a running simulate, which stops at its next block', async () => {
      const res = await post('editor', 'simulate', { scenarios: 20_000_000, seed: 1 });
      expect(res.statusCode).toBe(202);
      const { job, links } = res.json<JobBody>();
      await waitForJob(get().db, job.id, ['running']);
      // Follow it while it runs.
      const streaming = api.as('viewer', { method: 'GET', url: links.events });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await api.as('viewer', { method: 'POST', url: links.cancel })).statusCode).toBe(403);
      const cancel = await api.as('editor', { method: 'POST', url: links.cancel });
      expect(cancel.statusCode).toBe(200);
      expect(cancel.json()).toMatchObject({ cancelRequested: true });
      const ended = await waitForJob(get().db, job.id, ['cancelled', 'done', 'failed']);
      expect(ended.state).toBe('cancelled');
      expect(ended.progress).toBeGreaterThan(0);
      expect(ended.progress).toBeLessThan(1);
      const events = parseSse((await streaming).body);
      expect(events.map((e) => e.event)).toContain('progress');
      expect(events.at(-1)?.event).toBe('cancelled');
    });

    it('cancels a queued job at once', async () => {
      // The worker is busy with this one...
      const busy = (
        await post('editor', 'simulate', { scenarios: 20_000_000, seed: 2 })
      ).json<JobBody>();
      await waitForJob(get().db, busy.job.id, ['running']);
      // ...so this one waits in the queue.
      const queued = (await post('editor', 'evaluate', { async: true })).json<JobBody>();
      const cancel = await api.as('owner', { method: 'POST', url: queued.links.cancel });
      expect(cancel.json()).toMatchObject({ state: 'cancelled' });
      await api.as('owner', { method: 'POST', url: busy.links.cancel });
      expect((await waitForJob(get().db, busy.job.id, ['cancelled', 'done'])).state).toBe(
        'cancelled',
      );
      expect((await getJob(get().db, queued.job.id))?.startedAt).toBeNull();
    });

    it('lists the jobs of the workspace, and hides them from other workspaces', async () => {
      const list = await api.as('viewer', {
        method: 'GET',
        url: `/api/workspaces/${api.slug}/jobs?command=simulate`,
      });
      expect(list.statusCode).toBe(200);
      const page = list.json<{
        items: { id: string; command: string; result?: unknown }[];
        total: number;
      }>();
      expect(page.total).toBeGreaterThanOrEqual(3);
      expect(page.items.every((j) => j.command === 'simulate' && j.result === undefined)).toBe(
        true,
      );
      const id = page.items[0]?.id ?? '';
      const elsewhere = await api.as('outsider', {
        method: 'GET',
        url: `/api/workspaces/${api.otherSlug}/jobs/${id}`,
      });
      expect(elsewhere.statusCode).toBe(404);
      expect(
        (await api.as('outsider', { method: 'GET', url: `/api/workspaces/${api.slug}/jobs` }))
          .statusCode,
      ).toBe(404);
      expect(
        (await api.as('viewer', { method: 'GET', url: `/api/workspaces/${api.slug}/jobs/nope` }))
          .statusCode,
      ).toBe(404);
    });

    it('a job whose command the engine refuses fails with the issues', async () => {
      const res = await post('editor', 'shapley', { selected: ['nobody'], async: true });
      const { job } = res.json<JobBody>();
      const failed = await waitForJob(get().db, job.id, ['failed', 'done']);
      expect(failed.error).toMatchObject({
        code: 'unprocessable',
        issues: [expect.objectContaining({ path: 'selected[0]' })],
      });
    });
  });

  it('documents the engine and job routes in the OpenAPI document', async () => {
    const res = await api.as('anonymous', { method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, unknown> }>();
    for (const command of [
      'evaluate',
      'weights',
      'rank',
      'optimize',
      'frontier',
      'simulate',
      'shapley',
    ]) {
      expect(doc.paths).toHaveProperty([`/api/workspaces/{slug}/${command}`]);
    }
    expect(doc.paths).toHaveProperty(['/api/workspaces/{slug}/jobs/{id}/events']);
  });
});
