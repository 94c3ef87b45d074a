/**
 * The graph over stored relations (agreements, their IP clauses, contacts), the focus view,
 * the rules' check on a consortium and on the running portfolio, rules as optimiser
 * constraints, and the vocabulary and rules saved through the settings with their issues.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RUNNING_SPEC_TEXT } from '../../engine/test-support/demo-portfolio.js';
import { loadDemoSpec } from '../../jobs/test-support/demo-workspace.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';

interface Fact {
  readonly fact: string;
  readonly with?: string;
  readonly agreements?: string[];
}

describeEachDatabase('graph routes over stored relations', (get) => {
  let api: TestApi;
  const ws = () => `/api/workspaces/${api.slug}`;
  const as = (
    role: 'viewer' | 'editor',
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ) => api.as(role, { method, url: `${ws()}${url}`, ...(payload ? { payload } : {}) });
  const settingsVersion = async () =>
    (await as('viewer', 'GET', '/settings')).json().version as number;

  beforeAll(async () => {
    api = await createTestApi(get().db);
    await loadDemoSpec(get().db, api.slug, RUNNING_SPEC_TEXT);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('a candidate that shares an agreement with an incumbent is closer, and the match says so', async () => {
    const before = (await as('viewer', 'POST', '/match', { need: 'funding@medical' })).json();
    const second = before.candidates[1];
    expect(second.facts.some((f: Fact) => f.fact === 'co-partner')).toBe(false);
    const created = await as('editor', 'POST', '/agreements', {
      document: {
        id: 'pilot-1',
        type: 'joint-rnd',
        parties: ['us', 'northlake-ai-lab', second.id],
        start: '2026-01-01',
        end: '2026-12-31',
        ip: {
          foreground: { us: 0.5, 'northlake-ai-lab': 0.3, [second.id]: 0.2 },
          background: { 'northlake-ai-lab': 'imaging models' },
        },
        terms: [],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const after = (await as('viewer', 'POST', '/match', { need: 'funding@medical' })).json();
    const again = after.candidates.find((c: { id: string }) => c.id === second.id);
    expect(again.facts).toContainEqual({
      fact: 'co-partner',
      with: 'northlake-ai-lab',
      agreements: ['pilot-1'],
    });
    expect(again.parts.proximity).toBeGreaterThan(second.parts.proximity);
  });

  it('focus: an agreement with its parties, our organisation and its IP', async () => {
    const res = await as('viewer', 'GET', '/graph/focus?node=a:pilot-1');
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    const types = view.nodes.map((n: { node: { type: string } }) => n.node.type).sort();
    expect(types).toEqual(['agreement', 'ip', 'ip', 'organisation', 'organisation', 'self']);
    const owns = view.edges.filter(
      (e: { source: string; edge: { type: string } }) => e.edge.type === 'owns',
    );
    expect(owns.length).toBeGreaterThan(0);
    const partyTo = view.edges.find(
      (e: { source: string; target: string; edge: { type: string } }) =>
        e.edge.type === 'party-to' && [e.source, e.target].includes('o:northlake-ai-lab'),
    );
    expect(partyTo?.edge).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('focus: a capability by any of its words, bounded; an unknown node is a 404, a malformed key a 400', async () => {
    const capital = (await as('viewer', 'GET', '/graph/focus?node=c:capital&limit=3')).json();
    expect(capital.center).toBe('c:funding');
    expect(capital.nodes).toHaveLength(4);
    expect(capital.omitted).toBeGreaterThan(0);
    expect((await as('viewer', 'GET', '/graph/focus?node=o:nobody')).statusCode).toBe(404);
    const bad = await as('viewer', 'GET', '/graph/focus?node=zzz');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('node');
    expect((await as('viewer', 'GET', '/graph/focus?node=o:x&limit=100000')).statusCode).toBe(400);
  });

  it('rules: saved in the settings, a consortium of two competing banks is blocked and says why', async () => {
    const saved = await as('editor', 'PATCH', '/settings', {
      version: await settingsVersion(),
      settings: {
        rules: [
          {
            id: 'one-bank',
            type: 'at-most',
            max: 1,
            of: { ids: ['silverbay-bank', 'goldstream-bank', 'harbor-city-bank'] },
            message: 'competing banks in one consortium',
          },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await as('viewer', 'POST', '/rules/check', {
      selection: ['silverbay-bank', 'goldstream-bank', 'northlake-ai-lab'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      blocked: true,
      evaluations: [
        {
          rule: 'one-bank',
          fired: true,
          findings: [
            { finding: 'too-many', members: ['silverbay-bank', 'goldstream-bank'], max: 1 },
          ],
          message: 'competing banks in one consortium',
        },
      ],
    });
    const running = (await as('viewer', 'POST', '/rules/check', {})).json();
    expect(running.blocked).toBe(false);
    const spec = await as('viewer', 'GET', '/spec');
    expect(spec.body).toContain('one-bank');
  });

  it('a gate rule binds the optimiser, and the running portfolio check fires when it is broken', async () => {
    await as('editor', 'PATCH', '/settings', {
      version: await settingsVersion(),
      settings: { rules: [] },
    });
    const free = (await as('editor', 'POST', '/optimize', {})).json();
    const saved = await as('editor', 'PATCH', '/settings', {
      version: await settingsVersion(),
      settings: {
        rules: [
          {
            id: 'two-medical-data',
            type: 'at-least',
            min: 4,
            of: { offers: 'data', domain: 'medical' },
          },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const coverage = (await as('viewer', 'GET', '/graph/coverage')).json();
    const cell = coverage.cells.find(
      (c: { domain: string; capability: string }) =>
        c.domain === 'medical' && c.capability === 'data',
    );
    const running = (await as('viewer', 'POST', '/rules/check', {})).json();
    expect(cell.incumbents).toHaveLength(3);
    expect(running.blocked).toBe(true);
    expect(running.evaluations[0].findings[0]).toMatchObject({ finding: 'too-few', min: 4 });
    const optimized = (await as('editor', 'POST', '/optimize', {})).json();
    expect(optimized.status).toBe('optimal');
    // The rule costs value: without it the optimum keeps only three medical data providers.
    expect(optimized.objective).toBeLessThan(free.objective);
    const freeCheck = (
      await as('viewer', 'POST', '/rules/check', { selection: free.selected })
    ).json();
    expect(freeCheck.blocked).toBe(true);
    const check = (
      await as('viewer', 'POST', '/rules/check', { selection: optimized.selected })
    ).json();
    expect(check.blocked).toBe(false);
  });

  it('the vocabulary is saved through the settings; a word with two meanings or two rules with one id are 422s naming the field, with codes', async () => {
    const good = await as('editor', 'PATCH', '/settings', {
      version: await settingsVersion(),
      settings: {
        vocabulary: [
          { id: 'robotics', synonyms: ['robots'], labels: { en: 'Robotics', 'zh-CN': '机器人' } },
        ],
      },
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json().settings.vocabulary[0].id).toBe('robotics');
    const clash = await as('editor', 'PATCH', '/settings', {
      version: await settingsVersion(),
      settings: { vocabulary: [{ id: 'robotics', synonyms: ['capital'] }] },
    });
    expect(clash.statusCode).toBe(422);
    expect(clash.json().errors[0]).toMatchObject({
      path: 'vocabulary[0].synonyms[0]',
      code: 'ambiguous_synonym',
      params: { word: 'capital', term: 'funding' },
    });
    const twice = await as('editor', 'PATCH', '/settings', {
      version: await settingsVersion(),
      settings: {
        rules: [
          { id: 'x', type: 'at-most', max: 1, of: {} },
          { id: 'x', type: 'at-least', min: 1, of: {} },
        ],
      },
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().errors[0]).toMatchObject({ path: 'rules[1].id', code: 'duplicate_id' });
    const viewer = await as('viewer', 'PATCH', '/settings', {
      version: await settingsVersion(),
      settings: { vocabulary: [] },
    });
    expect(viewer.statusCode).toBe(403);
  });
});
