import {
  graphCoverageReport,
  graphCriticalReport,
  graphGapsReport,
  graphProposalReport,
  matchReport,
  optimizeReport,
  type Result,
} from '@partnerfolio/core';
import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { portfolioOf, RUNNING_SPEC_TEXT } from '../../engine/test-support/demo-portfolio.js';
import { loadDemoSpec } from '../../jobs/test-support/demo-workspace.js';
import { movePartnerStatus } from '../../store/partner-status-change.js';
import { writeTransaction } from '../../store/tx.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';

/** The running demo: its statuses are stored as the spec import writes them. */
const demo = portfolioOf(RUNNING_SPEC_TEXT);
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const unwrap = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describeEachDatabase('graph routes', (get) => {
  let api: TestApi;
  let workspaceId: string;
  const post = (path: string, payload: Record<string, unknown> = {}) =>
    api.as('viewer', { method: 'POST', url: `/api/workspaces/${api.slug}/${path}`, payload });

  beforeAll(async () => {
    const { db } = get();
    api = await createTestApi(db);
    workspaceId = await loadDemoSpec(db, api.slug, RUNNING_SPEC_TEXT);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('gaps: the CLI document, with incumbents from the stored statuses', async () => {
    const res = await post('gaps');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(json(unwrap(graphGapsReport(demo))));
    const funding = res
      .json()
      .needs.find((n: { capability: string }) => n.capability === 'funding');
    expect(funding).toMatchObject({ domain: 'medical', gap: true, providers: [] });
  });

  it('critical: the same ranking as the CLI', async () => {
    const res = await post('critical');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(json(unwrap(graphCriticalReport(demo))));
    expect(res.json().critical[0].id).toBe('northlake-ai-lab');
  });

  it('match: candidates with facts, as the CLI answers them', async () => {
    const res = await post('match', { need: 'funding@medical', top: 3 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(json(unwrap(matchReport(demo, 'funding@medical', 3))));
    expect(res.json().candidates).toHaveLength(3);
    // Why one is never proposed: a code for the web app, its English for the CLI.
    expect(res.json().excluded).toContainEqual({
      id: 'horizon-ventures',
      reason: 'constraints.exclude',
      because: { code: 'graph.excluded.constraint', params: {} },
    });
  });

  it('coverage: the domain × capability matrix', async () => {
    const res = await api.as('viewer', {
      method: 'GET',
      url: `/api/workspaces/${api.slug}/graph/coverage`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(json(unwrap(graphCoverageReport(demo))));
  });

  it("proposal: what the optimiser's portfolio, or one given, would change in the coverage", async () => {
    const proposal = (payload: Record<string, unknown>) =>
      api.as('editor', {
        method: 'POST',
        url: `/api/workspaces/${api.slug}/graph/proposal`,
        payload,
      });
    const optimal = unwrap(optimizeReport(demo, await createHighsSolver())).selected;
    const res = await proposal({});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(json(unwrap(graphProposalReport(demo, optimal))));
    // A proposal that lets every incumbent go opens every need they covered.
    const none = await proposal({ selection: [] });
    expect(none.statusCode).toBe(200);
    const body = none.json<{ needs: { gapNow: boolean; gapProposed: boolean }[]; opens: number }>();
    expect(body.opens).toBe(body.needs.filter((n) => !n.gapNow).length);
    expect(body.needs.every((n) => n.gapProposed)).toBe(true);
    // It runs the solver: a viewer may not.
    const viewer = await api.as('viewer', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/graph/proposal`,
      payload: {},
    });
    expect(viewer.statusCode).toBe(403);
  });

  it('a malformed need or an unknown option is a 400 naming the field', async () => {
    const bad = await post('match', { need: '@medical' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('need');
    const unknown = await post('match', { need: 'data', depth: 3 });
    expect(unknown.statusCode).toBe(400);
    const missing = await post('match', {});
    expect(missing.statusCode).toBe(400);
  });

  it('the exported spec keeps the needs', async () => {
    const res = await api.as('viewer', { method: 'GET', url: `/api/workspaces/${api.slug}/spec` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('needs');
    expect(res.body).toContain('funding');
  });

  it('marking the top candidate active (a stored status change) closes the gap', async () => {
    const top = (await post('match', { need: 'funding@medical' })).json().candidates[0].id;
    await writeTransaction(get().db, async (trx) => {
      for (const to of ['negotiating', 'active'] as const) {
        await movePartnerStatus(trx, workspaceId, top, to, 'test');
      }
    });
    const gaps = (await post('gaps')).json();
    const funding = gaps.needs.find((n: { capability: string }) => n.capability === 'funding');
    expect(funding).toMatchObject({ gap: false, providers: [top] });
  });

  it('an outsider gets no answer', async () => {
    const res = await api.as('outsider', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/gaps`,
      payload: {},
    });
    expect([403, 404]).toContain(res.statusCode);
  });
});
