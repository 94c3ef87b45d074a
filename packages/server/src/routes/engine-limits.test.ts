/**
 * The engine's size limits on the server, asked by the route before any work or job:
 *
 * - SMAA (core's `smaaRefusal`): a workspace past the rank table's partners, or samples ×
 *   partners × criteria past the bound, answers 422 naming the field with the values a
 *   language says it with, and queues nothing; at the bound the run is answered.
 * - PROMETHEE with Gaussian preference functions (the long-run rule): past 50 million
 *   partner pairs × Gaussian criteria the rank runs as a job; other methods on the same
 *   workspace answer at once. (Past 2·10⁹ pairs core's `prometheeRefusal` refuses it, asked
 *   through the same `engineSizeRefusal` call as SMAA's limits above: a workspace that
 *   large takes half a minute to load here, so engine-options.test.ts tests the bound.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemoSpec } from '../jobs/test-support/demo-workspace.js';
import { engineAndJobRoutes } from '../jobs/test-support/job-routes.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type Identity, type TestApi } from './test-support/api.js';

/**
 * A spec of `partners` partners scored on `criteria` criteria (JSON, which YAML reads),
 * each criterion with a Gaussian PROMETHEE preference when `gaussian`.
 */
function specText(partners: number, criteria: number, gaussian = false): string {
  const ids = Array.from({ length: criteria }, (_, k) => `c${k}`);
  const preference = gaussian ? { preference: { type: 'gaussian', s: 10 } } : {};
  return JSON.stringify({
    version: 1,
    organization: 'Limits',
    unit: 'points',
    criteria: ids.map((id) => ({ id, name: id, kind: 'benefit', weight: 1, ...preference })),
    partners: Array.from({ length: partners }, (_, i) => ({
      id: `p${i}`,
      name: `Partner ${i}`,
      kind: 'enterprise',
      scores: Object.fromEntries(ids.map((id, k) => [id, ((i * 7 + k * 13) % 100) + 1])),
      cost: 1,
      return: 2,
    })),
  });
}

describeEachDatabase('The engine within the server’s limits', (get) => {
  let api: TestApi;
  const post = (payload: Record<string, unknown>, command = 'smaa', role: Identity = 'editor') =>
    api.as(role, { method: 'POST', url: `/api/workspaces/${api.slug}/${command}`, payload });
  const jobs = async () =>
    (await api.as('viewer', { method: 'GET', url: `/api/workspaces/${api.slug}/jobs` })).json<{
      items: unknown[];
    }>().items;

  beforeAll(async () => {
    api = await createTestApi(get().db, { routes: engineAndJobRoutes() });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('refuses a rank table past 1,000 partners, as a job too, naming partners', async () => {
    await loadDemoSpec(get().db, api.slug, specText(1_001, 2));
    for (const payload of [{ samples: 10 }, { samples: 10, async: true }]) {
      const r = await post(payload);
      expect(r.statusCode).toBe(422);
      expect(r.json().errors).toEqual([
        expect.objectContaining({
          path: 'partners',
          code: 'smaa_too_many_partners',
          params: { partners: 1_001, maximum: 1_000 },
        }),
      ]);
    }
    expect(await jobs()).toEqual([]);
  }, 60_000);

  it('bounds samples × partners × criteria, and answers at the bound', async () => {
    await loadDemoSpec(get().db, api.slug, specText(1_000, 11));
    const over = await post({ samples: 1_000_000 });
    expect(over.statusCode).toBe(422);
    expect(over.json().errors).toEqual([
      expect.objectContaining({
        path: 'samples',
        code: 'smaa_too_many_samples',
        params: { maximum: 909_090, partners: 1_000, criteria: 11 },
      }),
    ]);
    expect(await jobs()).toEqual([]);
    const small = await post({ samples: 20 });
    expect(small.statusCode).toBe(200);
    expect(Object.keys(small.json().rankAcceptability)).toHaveLength(1_000);
  }, 60_000);

  it('sends a PROMETHEE rank past 50 million Gaussian pairs to a job', async () => {
    // 5,001² × 2 = 50,020,002 pairs: past the request's line, within the server's.
    await loadDemoSpec(get().db, api.slug, specText(5_001, 2, true));
    const queued = await post({ method: 'promethee' }, 'rank');
    expect(queued.statusCode).toBe(202);
    expect(queued.json().job).toMatchObject({ kind: 'engine.rank', state: 'queued' });
    // A viewer may rank at once, but not queue a job.
    expect((await post({ method: 'promethee' }, 'rank', 'viewer')).statusCode).toBe(403);
    // The same workspace by another method sums no pairs: answered at once.
    const topsis = await post({ method: 'topsis' }, 'rank', 'viewer');
    expect(topsis.statusCode).toBe(200);
    expect(topsis.json().ranking).toHaveLength(5_001);
  }, 60_000);
});
