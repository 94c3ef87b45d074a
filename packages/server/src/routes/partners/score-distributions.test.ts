/**
 * A partner's stated uncertain scores over their own route: read, replace (versioned and
 * audited), cleared with {}, and picked up by the server's SMAA; a bad one is refused with
 * 422 naming the field, and nothing is written. On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineAndJobRoutes } from '../../jobs/test-support/job-routes.js';
import { listAudit } from '../../store/audit.js';
import { getWorkspaceBySlug } from '../../store/workspaces.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';

// a is sure to beat b on the scores alone; a stated range on a's tech ([4, 7], b has 5)
// makes b first whenever a's drawn tech falls below 5: a third of the time.
const SPEC = {
  version: 1,
  unit: 'USD',
  criteria: [
    { id: 'tech', kind: 'benefit', weight: 1 },
    { id: 'market', kind: 'benefit', weight: 1 },
  ],
  weighting: { method: 'smaa' },
  normalization: 'none',
  partners: [
    { id: 'a', kind: 'academic', scores: { tech: 6, market: 5 }, cost: 1, return: 2 },
    { id: 'b', kind: 'academic', scores: { tech: 5, market: 5 }, cost: 1, return: 2 },
  ],
};

type Stated = {
  partner: string;
  distributions: Record<string, unknown>;
  version: number;
  updatedAt: string;
};
type Problem = { code: string; errors: { path: string; code?: string }[] };

describeEachDatabase('stated uncertain scores of a partner', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db, { routes: engineAndJobRoutes() });
    const res = await api.as('editor', {
      method: 'PUT',
      url: `${ws()}/spec`,
      payload: SPEC,
    });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(() => api.close());
  const ws = () => `/api/workspaces/${api.slug}`;
  const url = (partner = 'a') => `${ws()}/partners/${partner}/score-distributions`;
  const read = async (partner = 'a') => {
    const res = await api.as('viewer', { method: 'GET', url: url(partner) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Stated>();
  };
  const put = (payload: object, who: 'editor' | 'viewer' = 'editor', partner = 'a') =>
    api.as(who, { method: 'PUT', url: url(partner), payload });
  const smaaFirst = async () => {
    const res = await api.as('viewer', {
      method: 'POST',
      url: `${ws()}/smaa`,
      payload: { samples: 3_000, seed: 7 },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ rankAcceptability: Record<string, number[]> }>().rankAcceptability.a?.[0];
  };

  it('reads none, stores one under a new version, audits it, and {} clears', async () => {
    const none = await read();
    expect(none.distributions).toEqual({});
    const res = await put({
      distributions: { tech: { uniform: [4, 7] }, market: { triangular: [4, 5, 6] } },
      version: none.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe(`"${none.version + 1}"`);
    const stated = await read();
    expect(stated).toMatchObject({
      partner: 'a',
      distributions: { tech: { uniform: [4, 7] }, market: { triangular: [4, 5, 6] } },
      version: none.version + 1,
    });
    // The spec gives them back, so every engine reads them.
    const spec = await api.as('viewer', { method: 'GET', url: `${ws()}/spec?format=json` });
    expect(spec.json<{ partners: { scoreDistributions?: unknown }[] }>().partners[0]).toMatchObject(
      { scoreDistributions: { tech: { uniform: [4, 7] } } },
    );
    const workspace = await getWorkspaceBySlug(api.db, api.slug);
    const [entry] = await listAudit(api.db, workspace.id, { limit: 1 });
    expect(entry).toMatchObject({
      action: 'partner.score_distributions',
      entity: 'partner',
      entityId: 'a',
      before: { distributions: {} },
      after: { distributions: { tech: { uniform: [4, 7] } } },
    });
    // A stale version is a conflict; {} clears.
    expect((await put({ distributions: {}, version: none.version })).statusCode).toBe(409);
    const cleared = await put({ distributions: {}, version: stated.version });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect((await read()).distributions).toEqual({});
  });

  it('the server’s SMAA draws from them', async () => {
    expect(await smaaFirst()).toBe(1);
    const { version } = await read();
    const res = await put({ distributions: { tech: { uniform: [4, 7] } }, version });
    expect(res.statusCode, res.body).toBe(200);
    const first = (await smaaFirst()) ?? 0;
    // P(tech_a > 5) = 2/3 for uniform [4, 7].
    expect(first).toBeGreaterThan(0.6);
    expect(first).toBeLessThan(0.73);
    const cleared = await put({ distributions: {}, version: version + 1 });
    expect(cleared.statusCode).toBe(200);
    expect(await smaaFirst()).toBe(1);
  });

  it('refuses a bad one with 422 naming the field, and writes nothing', async () => {
    const before = await read();
    const cases: [object, string, string][] = [
      [{ tech: { uniform: [7, 4] } }, 'distributions.tech.uniform', 'min_greater_than_max'],
      [{ tech: { triangular: [1, 5, 3] } }, 'distributions.tech.triangular', 'out_of_order'],
      [{ tech: { normal: [5, -1] } }, 'distributions.tech.normal[1]', 'below_minimum'],
      [{ tech: 1e13 }, 'distributions.tech', 'out_of_range'],
      [{ tech: { uniform: [1, 1e13] } }, 'distributions.tech.uniform[1]', 'above_maximum'],
      [{ speed: 5 }, 'distributions.speed', 'unknown_criterion'],
      [{ tech: { uniform: [1, 2], normal: [1, 1] } }, 'distributions.tech', 'invalid_distribution'],
    ];
    for (const [distributions, path, code] of cases) {
      const res = await put({ distributions, version: before.version });
      expect(res.statusCode, JSON.stringify(distributions)).toBe(422);
      const problem = res.json<Problem>();
      expect(problem.code).toBe('unprocessable');
      expect(problem.errors[0], JSON.stringify(distributions)).toMatchObject({ path, code });
    }
    // zod's own refusals carry core's code with its values, so the web app can say them in
    // Chinese (not only the English message).
    const negative = await put({
      distributions: { tech: { normal: [5, -1] } },
      version: before.version,
    });
    expect(negative.json<Problem>().errors[0]).toMatchObject({ params: { bound: 0, op: '≥' } });
    // The shape is the route's: not a distribution at all is a 400 naming the field.
    const shape = await put({ distributions: { tech: 'wide' }, version: before.version });
    expect(shape.statusCode).toBe(400);
    expect(shape.body).toContain('distributions.tech');
    const form = await put({ distributions: { tech: { beta: [1, 2] } }, version: before.version });
    expect(form.statusCode).toBe(400);
    expect(await read()).toEqual(before);
  });

  it('a viewer cannot write, an unknown partner is 404', async () => {
    const { version } = await read();
    expect((await put({ distributions: {}, version }, 'viewer')).statusCode).toBe(403);
    expect((await put({ distributions: {}, version }, 'editor', 'nobody')).statusCode).toBe(404);
    const res = await api.as('viewer', { method: 'GET', url: url('nobody') });
    expect(res.statusCode).toBe(404);
  });
});
