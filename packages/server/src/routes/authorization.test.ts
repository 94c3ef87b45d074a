/**
 * THE AUTHORISATION MATRIX: every operation of the generated OpenAPI document, called by
 * {anonymous, viewer, editor, owner, member of another workspace} with a minimal valid
 * request, answers the status class the route's expected access implies. An operation
 * without an expectation fails the test (no route forgotten); nothing of workspace A ever
 * reaches the outsider; and a refused request writes nothing.
 *
 * Two partner identities (people of two partner organisations, each bound to its partner
 * in workspace A) call every operation too: only the operations listed in `PARTNER_ROUTES`
 * may answer them 2xx (or 404 for what their partner is not party to), every other
 * workspace operation answers 403, and nothing of workspace A that is not theirs (every
 * fresh record is named with `SECRET`) ever reaches them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { access } from '../auth/policies.js';
import { testConfig } from '../config.js';
import type { RoutePlugin } from '../http/context.js';
import { upsertAssessment } from '../store/assessments.js';
import { createPartner } from '../store/partners.js';
import { saveScenario } from '../store/scenarios.js';
import { createSynergy } from '../store/synergies.js';
import { describeEachDatabase } from '../test-support/databases.js';
import {
  createTestApi,
  IDENTITIES,
  type Identity,
  PARTNER_IDENTITIES,
  type TestApi,
} from './test-support/api.js';
import { operationsOf } from './test-support/openapi.js';
import {
  allRouteCases,
  type CaseContext,
  type Needs,
  prepareWorkspace,
  SECRET,
} from './test-support/route-cases.js';
import { rowCounts } from './test-support/row-counts.js';

/** Expectations of every operation (route-cases.ts and any `routes/*.route-cases.ts`). */
const cases = await allRouteCases();

const ROLE_RANK: Record<string, number> = { viewer: 0, editor: 1, owner: 2 };

/**
 * The workspace operations a partner user may call (DESIGN: "a partner user sees only its
 * own organisation's record, the agreements it is a party to with their obligations, ledger
 * entries, statements and health checks, and its own trust record").
 */
const PARTNER_ROUTES = new Set([
  'GET /api/workspaces/{slug}/agreements',
  'GET /api/workspaces/{slug}/agreements/{id}',
  'GET /api/workspaces/{slug}/agreements/{id}/ledger',
  'POST /api/workspaces/{slug}/agreements/{id}/settle',
  'GET /api/workspaces/{slug}/obligations',
  'GET /api/workspaces/{slug}/ledger',
  'GET /api/workspaces/{slug}/partners/{key}/trust',
  'GET /api/workspaces/{slug}/partners/{key}/plan-actual',
  'GET /api/workspaces/{slug}/partners/{key}/profile',
  'GET /api/workspaces/{slug}/agreements/{id}/statements',
  'GET /api/workspaces/{slug}/agreements/{id}/statements/{number}',
  'GET /api/workspaces/{slug}/agreements/{id}/statements/{number}/receipt',
  'POST /api/workspaces/{slug}/agreements/{id}/statements/{number}/responses',
  'GET /api/workspaces/{slug}/agreements/{id}/amendments',
  'POST /api/workspaces/{slug}/agreements/{id}/amendments/{version}/acceptances',
  'GET /api/workspaces/{slug}/agreements/{id}/health-check',
  'PUT /api/workspaces/{slug}/agreements/{id}/health-check',
  'GET /api/workspaces/{slug}/agreements/{id}/trust',
  'POST /api/workspaces/{slug}/agreements/{id}/obligations/{obligation}/verdicts',
]);

/** What a partner identity may get: a list filtered to its own, or 404 for what is not. */
function expectedForPartner(operation: string, needs: Needs): '2xx' | '2xx|404' | 403 {
  if (needs === 'public' || needs === 'user') return '2xx';
  return PARTNER_ROUTES.has(operation) ? '2xx|404' : 403;
}

/** The status class `who` must get on a route that needs `needs`. */
function expected(needs: Needs, who: Identity): '2xx' | 401 | 403 | 404 {
  if (needs === 'public') return '2xx';
  if (who === 'anonymous') return 401;
  if (needs === 'user') return '2xx';
  if (who === 'outsider') return 404;
  return (ROLE_RANK[who] ?? -1) >= (ROLE_RANK[needs] ?? 99) ? '2xx' : 403;
}

describeEachDatabase('authorisation matrix', (get) => {
  let api: TestApi;
  let workspaceId: string;
  let serial = 0;

  beforeAll(async () => {
    api = await createTestApi(get().db, { config: { loginRateMax: 1000 }, partners: true });
    workspaceId = await prepareWorkspace(api);
  });
  afterAll(() => api.close());

  it('has an expectation for every operation in the OpenAPI document, and no stale ones', async () => {
    const operations = (await operationsOf(api.app)).map((op) => op.key);
    expect(operations.length).toBeGreaterThan(40);
    const missing = operations.filter((op) => !(op in cases));
    expect(missing, 'operations without an expected access (add them to route-cases.ts)').toEqual(
      [],
    );
    const stale = Object.keys(cases).filter((op) => !operations.includes(op));
    expect(stale, 'expectations for operations that do not exist').toEqual([]);
  });

  it('documents the access of every operation (x-access; public ones need no security)', async () => {
    const documented: Record<Needs, RegExp> = {
      public: /^public$/,
      user: /^signed in$/,
      viewer: /^viewer \(/,
      editor: /^editor \(/,
      owner: /^owner \(/,
    };
    for (const op of await operationsOf(api.app)) {
      const needs = cases[op.key]?.needs;
      if (needs === undefined) continue;
      expect(op.spec['x-access'], op.key).toMatch(documented[needs]);
      if (needs === 'public') expect(op.spec.security, op.key).toEqual([]);
      else expect(op.spec.security, op.key).toBeUndefined();
    }
  });

  for (const [operation, routeCase] of Object.entries(cases)) {
    it(`${operation} (${routeCase.needs})`, async () => {
      for (const who of IDENTITIES) {
        const ctx: CaseContext = {
          api,
          who,
          workspaceId,
          unique: () => {
            serial += 1;
            return `${who}-${serial}`;
          },
        };
        const request = await routeCase.build(ctx);
        const want = expected(routeCase.needs, who);
        const before = want === '2xx' ? undefined : await rowCounts(api.db);
        const res = await api.as(who, request);
        const label = `${operation} as ${who}: ${res.statusCode} ${res.body.slice(0, 300)}`;
        if (want === '2xx') {
          expect(res.statusCode >= 200 && res.statusCode < 300, label).toBe(true);
        } else {
          expect(res.statusCode, label).toBe(want);
          expect(res.headers['content-type'], label).toMatch(/^application\/problem\+json/);
          expect(await rowCounts(api.db), `${label}: a refused request wrote`).toEqual(before);
        }
        if (who === 'outsider') expect(res.body, label).not.toContain(SECRET);
      }
      for (const who of PARTNER_IDENTITIES) {
        const ctx: CaseContext = {
          api,
          who,
          workspaceId,
          unique: () => {
            serial += 1;
            return `${who.toLowerCase()}-${serial}`;
          },
        };
        const request = await routeCase.build(ctx);
        const want = expectedForPartner(operation, routeCase.needs);
        const before = want === 403 ? await rowCounts(api.db) : undefined;
        const res = await api.as(who, request);
        const label = `${operation} as ${who}: ${res.statusCode} ${res.body.slice(0, 300)}`;
        if (want === 403) {
          expect(res.statusCode, label).toBe(403);
          expect(await rowCounts(api.db), `${label}: a refused request wrote`).toEqual(before);
        } else if (want === '2xx|404') {
          expect(
            res.statusCode === 404 || (res.statusCode >= 200 && res.statusCode < 300),
            label,
          ).toBe(true);
        } else {
          expect(res.statusCode >= 200 && res.statusCode < 300, label).toBe(true);
        }
        expect(res.body, `${label}: leaks workspace A`).not.toContain(SECRET);
      }
    });
  }

  it("never lists workspace A among an outsider's workspaces", async () => {
    const res = await api.as('outsider', { method: 'GET', url: '/api/workspaces' });
    const slugs = res.json<{ slug: string }[]>().map((w) => w.slug);
    expect(slugs).toContain(api.otherSlug);
    expect(slugs).not.toContain(api.slug);
  });

  it("does not find workspace A's records through the outsider's own workspace", async () => {
    const partner = await createPartner(
      api.db,
      workspaceId,
      { id: 'cross-a', name: SECRET, kind: 'academic', cost: 1, return: 2, scores: { tech: 1 } },
      null,
    );
    await createPartner(api.db, workspaceId, { id: 'cross-b', kind: 'other' }, null);
    const synergy = await createSynergy(
      api.db,
      workspaceId,
      { between: ['cross-a', 'cross-b'], value: 1 },
      null,
    );
    const scenario = await saveScenario(
      api.db,
      workspaceId,
      { name: SECRET, kind: 'rank', criteriaVersion: null, inputs: {}, result: {} },
      null,
    );
    const assessment = await upsertAssessment(
      api.db,
      workspaceId,
      partner.id,
      'tech',
      'x',
      2,
      null,
    );
    const own = `/api/workspaces/${api.otherSlug}`;
    const before = await rowCounts(api.db);
    for (const [method, url] of [
      ['GET', `${own}/partners/${partner.id}`],
      ['DELETE', `${own}/partners/${partner.id}?version=1`],
      ['GET', `${own}/synergies/${synergy.id}`],
      ['DELETE', `${own}/synergies/${synergy.id}?version=1`],
      ['GET', `${own}/scenarios/${scenario.id}`],
      ['DELETE', `${own}/scenarios/${scenario.id}`],
      ['DELETE', `${own}/assessments/${assessment.id}`],
    ] as const) {
      const res = await api.as('outsider', { method, url });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.body).not.toContain(SECRET);
    }
    expect(await rowCounts(api.db)).toEqual(before);
  });

  it('answers HEAD like GET (the automatic HEAD routes are guarded too)', async () => {
    const url = `/api/workspaces/${api.slug}/partners`;
    expect((await api.as('outsider', { method: 'HEAD', url })).statusCode).toBe(404);
    expect((await api.as('anonymous', { method: 'HEAD', url })).statusCode).toBe(401);
    expect((await api.as('viewer', { method: 'HEAD', url })).statusCode).toBe(200);
  });

  it('serves the OpenAPI document and the docs page to anyone, from local assets', async () => {
    const docs = await api.as('anonymous', { method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[^"']*\.(js|css)/);
    const bundle = await api.as('anonymous', {
      method: 'GET',
      url: '/api/docs/static/swagger-ui-bundle.js',
    });
    expect(bundle.statusCode).toBe(200);
    const doc = await api.as('anonymous', { method: 'GET', url: '/api/openapi.json' });
    expect(doc.json()).toMatchObject({ openapi: '3.1.0' });
  });
});

describe('route declarations', () => {
  it('a route that declares no access stops the app from starting', async () => {
    const undeclared: RoutePlugin = async (app) => {
      app.get('/api/forgotten', async () => ({ ok: true }));
    };
    const db = { kysely: {}, dialect: 'sqlite', location: 'none', close: async () => {} };
    await expect(
      // The app fails while registering routes, before it touches the database.
      buildApp({ db: db as never, config: testConfig(), routes: [undeclared] }),
    ).rejects.toThrow(/declares no access/);
  });

  it('every workspace route names a resource and an action of the policy table', () => {
    expect(() => access.workspace('partners', 'write')).not.toThrow();
    expect(() => access.workspace('partners', 'nope' as 'write')).toThrow(/no policy/);
  });
});
