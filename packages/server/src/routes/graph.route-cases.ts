/**
 * The authorisation matrix's cases for the graph routes (routes/graph/): any member may
 * ask about gaps, critical partners, coverage and matches; a partner user may not.
 */
import type { InjectOptions } from 'fastify';
import { ensurePortfolio } from './engine.route-cases.js';
import type { CaseContext, RouteCase } from './test-support/route-cases.js';

const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;

const graphCase = (build: (ctx: CaseContext) => InjectOptions): RouteCase => ({
  needs: 'viewer',
  build: async (ctx) => {
    await ensurePortfolio(ctx);
    return build(ctx);
  },
});

export function routeCases(): Record<string, RouteCase> {
  return {
    'POST /api/workspaces/{slug}/gaps': graphCase((ctx) => ({
      method: 'POST',
      url: `${ws(ctx)}/gaps`,
      payload: {},
    })),
    'POST /api/workspaces/{slug}/critical': graphCase((ctx) => ({
      method: 'POST',
      url: `${ws(ctx)}/critical`,
      payload: {},
    })),
    'POST /api/workspaces/{slug}/match': graphCase((ctx) => ({
      method: 'POST',
      url: `${ws(ctx)}/match`,
      payload: { need: 'data' },
    })),
    'GET /api/workspaces/{slug}/graph/coverage': graphCase((ctx) => ({
      method: 'GET',
      url: `${ws(ctx)}/graph/coverage`,
    })),
  };
}
