/**
 * The risk register and the exit cost over HTTP: risks enter the Monte Carlo through the
 * workspace's spec (seeded), bad input names its field, and an incumbent's exit cost
 * comes from its agreement with the source said in the answer.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineJobHandlers } from '../../engine/job-handlers.js';
import { waitForJob } from '../../jobs/test-support/wait-for.js';
import { startJobWorker } from '../../jobs/worker.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';
import { prepareWorkspace } from '../test-support/route-cases.js';

describeEachDatabase('risk register and exit cost API', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db);
    await prepareWorkspace(api);
    for (const id of ['nimbus', 'lab']) {
      const made = await api.as('editor', {
        method: 'POST',
        url: `${ws()}/partners`,
        payload: { id, kind: 'enterprise', cost: 1, return: 3, scores: { tech: 5 } },
      });
      expect(made.statusCode, made.body).toBe(201);
    }
  });
  afterAll(() => api.close());
  const ws = () => `/api/workspaces/${api.slug}`;
  const as = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
    api.as('editor', { method, url: `${ws()}${url}`, ...(payload ? { payload } : {}) });
  const simulate = async () => {
    const res = await as('POST', '/simulate', {
      scenarios: 20_000,
      seed: 9,
      selected: ['nimbus', 'lab'],
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      mean: number;
      probLoss: number;
      cvar5: number;
      expected: number;
      expectedRiskLoss?: number;
    };
  };

  it('draws the register in the Monte Carlo, correlated through a shared factor', async () => {
    const before = await simulate();
    // By hand: E[S] = 2 + 2 = 4 without risks.
    expect(before.mean).toBeCloseTo(4, 9);
    for (const [id, partner] of [
      ['cloud-outage', 'nimbus'],
      ['lab-ip', 'lab'],
    ] as const) {
      const res = await as('POST', '/risks', {
        id,
        category: id === 'lab-ip' ? 'ip' : 'dependency',
        partners: [partner],
        likelihood: 0.2,
        impact: 5,
        factors: { market: 0.9 },
        owner: 'risk lead',
        mitigation: 'second supplier',
        reviewDate: '2026-12-01',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const spec = await as('GET', '/spec');
    expect(spec.body).toContain('cloud-outage');
    const after = await simulate();
    // E[S] = 4 − 2 · 0.2 · 5 = 2, up to sampling error.
    expect(after.mean).toBeGreaterThan(1.8);
    expect(after.mean).toBeLessThan(2.2);
    expect(after.probLoss).toBeGreaterThan(0.05);
    // The exact expected loss of the events beside S from expected values.
    expect(after.expected).toBeCloseTo(4, 9);
    expect(after.expectedRiskLoss).toBeCloseTo(2, 9);
    expect(before.expectedRiskLoss).toBeUndefined();
    expect(after.cvar5).toBeLessThan(-5);
    expect((await as('GET', '/risks')).json()).toHaveLength(2);
  });

  it('names the field of a bad risk', async () => {
    const res = await as('POST', '/risks', {
      id: 'bad',
      partners: ['nobody'],
      likelihood: 0.5,
      impact: 1,
      factors: { a: 0.9, b: 0.9 },
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('nobody');
    expect(res.body).toContain('factors');
    const tooLikely = await as('POST', '/risks', {
      id: 'bad',
      partners: ['lab'],
      likelihood: 2,
      impact: 1,
    });
    expect(tooLikely.statusCode).toBe(400);
    expect(tooLikely.body).toContain('likelihood');
    // Said from its code in another language: the field and its limit travel as params.
    expect(tooLikely.json()).toMatchObject({
      errors: [{ path: 'likelihood', code: 'above_maximum', params: { bound: 1, op: '≤' } }],
    });
    const unlinked = await as('POST', '/risks', { id: 'loose', likelihood: 0.5, impact: 1 });
    expect(unlinked.statusCode).toBe(422);
    expect(unlinked.json()).toMatchObject({
      errors: [{ path: 'partners', code: 'missing_field', params: { field: 'partners' } }],
    });
  });

  it('proposes an incumbent’s exit cost from its agreement and says so in optimize', async () => {
    for (const status of ['negotiating', 'active']) {
      const p = await as('GET', '/partners/nimbus');
      const version = (p.json() as { version: number }).version;
      const moved = await as('POST', '/partners/nimbus/status', { to: status, version });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    const created = await as('POST', '/agreements', {
      status: 'active',
      document: {
        id: 'gpu-1',
        type: 'resource-sharing',
        parties: ['us', 'nimbus'],
        start: '2026-01-01',
        end: '2030-12-31',
        noticeDays: 180,
        terms: [],
        exit: { writeOff: 7, data: 'delete', dataReturnCost: 1 },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const cost = await as('GET', '/partners/nimbus/exit-cost?noticeDate=2026-07-01');
    expect(cost.statusCode, cost.body).toBe(200);
    expect(cost.json()).toMatchObject({
      source: 'agreements',
      exitCost: 8,
      proposal: {
        total: 8,
        agreements: [{ agreement: 'gpu-1', noticeDays: 180, effectiveEnd: '2026-12-28' }],
      },
    });
    const optimized = await as('POST', '/optimize', {});
    expect(optimized.statusCode, optimized.body).toBe(200);
    expect(optimized.json()).toMatchObject({
      exitCosts: [{ id: 'nimbus', exitCost: 8, source: 'agreements' }],
    });
    // The same command as a job answers the same document, the note included.
    const queued = await as('POST', '/optimize', { async: true });
    expect(queued.statusCode, queued.body).toBe(202);
    const { job, links } = queued.json() as { job: { id: string }; links: { self: string } };
    const worker = startJobWorker({
      db: get().db,
      workerId: 'risks-api-worker',
      handlers: engineJobHandlers({ db: get().db }),
      pollMs: 50,
      progressIntervalMs: 0,
    });
    try {
      expect((await waitForJob(get().db, job.id, ['done', 'failed'])).state).toBe('done');
    } finally {
      await worker.stop({ timeoutMs: 2000 });
    }
    const read = await api.as('editor', { method: 'GET', url: links.self });
    expect(read.statusCode, read.body).toBe(200);
    expect((read.json() as { result: unknown }).result).toEqual(optimized.json());
  });
});
