/**
 * A spec's stated uncertain scores (`scoreDistributions`) over HTTP: `PUT .../spec` stores
 * them, `GET .../spec` gives them back unchanged, the server's SMAA draws from them (over
 * the assessors' spread on the same cell), and a bad one is refused naming its path.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineAndJobRoutes } from '../../jobs/test-support/job-routes.js';
import { upsertAssessment } from '../../store/assessments.js';
import { getWorkspaceBySlug } from '../../store/workspaces.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';

const criteria = [
  { id: 'tech', kind: 'benefit', weight: 1 },
  { id: 'market', kind: 'benefit', weight: 1 },
];
const partner = (id: string, tech: number, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'academic',
  scores: { tech, market: 5 },
  cost: 1,
  return: 2,
  ...extra,
});
const spec = (partners: unknown[]) => ({
  version: 1,
  unit: 'USD',
  criteria,
  weighting: { method: 'smaa' },
  normalization: 'none',
  partners,
});
// a is sure to beat b on the scores alone; a stated range on a's tech makes b first
// whenever a's drawn tech score falls below 5 (a third of the time for uniform [4, 7]).
const CERTAIN = spec([partner('a', 6), partner('b', 5)]);
const STATED = spec([
  partner('a', 6, {
    scoreDistributions: { tech: { uniform: [4, 7] }, market: { triangular: [4, 5, 6] } },
  }),
  partner('b', 5, { scoreDistributions: { market: 5 } }),
]);

type Smaa = { rankAcceptability: Record<string, number[]> };

describeEachDatabase('stated uncertain scores', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db, { routes: engineAndJobRoutes() });
  });
  afterAll(() => api.close());
  const ws = () => `/api/workspaces/${api.slug}`;
  const put = (payload: unknown) =>
    api.as('editor', { method: 'PUT', url: `${ws()}/spec`, payload: payload as object });
  const getSpec = async () =>
    (await api.as('viewer', { method: 'GET', url: `${ws()}/spec?format=json` })).json<{
      partners: { id: string; scoreDistributions?: unknown }[];
    }>();
  const smaa = async () => {
    const res = await api.as('viewer', {
      method: 'POST',
      url: `${ws()}/smaa`,
      payload: { samples: 3_000, seed: 7 },
    });
    expect(res.statusCode).toBe(200);
    return res.json<Smaa>();
  };

  it('stores them: PUT then GET gives them back, and a second round trip is identical', async () => {
    expect((await put(STATED)).statusCode).toBe(200);
    const first = await getSpec();
    expect(first.partners.map((p) => p.scoreDistributions)).toEqual([
      { tech: { uniform: [4, 7] }, market: { triangular: [4, 5, 6] } },
      { market: 5 },
    ]);
    expect((await put(first)).statusCode).toBe(200);
    expect(await getSpec()).toEqual(first);
    // A spec without them clears them.
    expect((await put(CERTAIN)).statusCode).toBe(200);
    expect((await getSpec()).partners.some((p) => 'scoreDistributions' in p)).toBe(false);
  });

  it('the server’s SMAA draws from them', async () => {
    expect((await put(CERTAIN)).statusCode).toBe(200);
    const certain = await smaa();
    expect(certain.rankAcceptability.a?.[0]).toBe(1);
    expect((await put(STATED)).statusCode).toBe(200);
    const uncertain = await smaa();
    const first = uncertain.rankAcceptability.a?.[0] ?? 0;
    // P(tech_a > 5) = 2/3 for uniform [4, 7]; market's spread on a moves it a little.
    expect(first).toBeGreaterThan(0.55);
    expect(first).toBeLessThan(0.8);
  });

  it('a stated distribution wins over the assessors’ spread on the same criterion', async () => {
    expect((await put(STATED)).statusCode).toBe(200);
    const workspace = await getWorkspaceBySlug(api.db, api.slug);
    if (!workspace) throw new Error('no workspace');
    // Assessors disagree on a's tech (stated) and on b's tech (not stated).
    await upsertAssessment(api.db, workspace.id, 'a', 'tech', 'alice', 2, null);
    await upsertAssessment(api.db, workspace.id, 'b', 'tech', 'alice', 3, null);
    const exported = await getSpec();
    expect(exported.partners.map((p) => p.scoreDistributions)).toEqual([
      { tech: { uniform: [4, 7] }, market: { triangular: [4, 5, 6] } },
      { tech: { uniform: [3, 5] }, market: 5 },
    ]);
  });

  it('refuses a bad one naming its path, and writes nothing', async () => {
    expect((await put(STATED)).statusCode).toBe(200);
    const before = await getSpec();
    const bad = [
      { tech: { uniform: [7, 4] } },
      { tech: { normal: [5, -1] } },
      { tech: 1e13 },
      { speed: 5 },
      { tech: { uniform: [1, 2], normal: [1, 1] } },
    ];
    for (const scoreDistributions of bad) {
      const res = await put(spec([partner('a', 6, { scoreDistributions }), partner('b', 5)]));
      expect(res.statusCode).toBe(422);
      expect(JSON.stringify(res.json())).toContain('partners[0].scoreDistributions');
    }
    expect(await getSpec()).toEqual(before);
  });
});
