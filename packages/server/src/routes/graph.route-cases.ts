/**
 * The authorisation matrix's cases for the graph routes (routes/graph/): any member may
 * ask about gaps, critical partners, coverage, matches, a node's
 * neighbourhood and the rules; comparing the optimiser's proposal runs the solver (an
 * editor's); a partner user may not.
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
    'GET /api/workspaces/{slug}/graph/focus': {
      needs: 'viewer',
      build: async (ctx) => {
        await ensurePortfolio(ctx);
        const partner = await ctx.api.db.kysely
          .selectFrom('partners')
          .select('key')
          .where('workspace_id', '=', ctx.workspaceId)
          .executeTakeFirstOrThrow();
        return { method: 'GET', url: `${ws(ctx)}/graph/focus?node=o:${partner.key}` };
      },
    },
    'POST /api/workspaces/{slug}/graph/proposal': {
      needs: 'editor',
      build: async (ctx) => {
        await ensurePortfolio(ctx);
        return { method: 'POST', url: `${ws(ctx)}/graph/proposal`, payload: {} };
      },
    },
    'POST /api/workspaces/{slug}/rules/check': graphCase((ctx) => ({
      method: 'POST',
      url: `${ws(ctx)}/rules/check`,
      payload: {},
    })),
  };
}
