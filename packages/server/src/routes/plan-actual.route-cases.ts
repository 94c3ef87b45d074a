/**
 * The authorisation matrix's cases for plan against actual: any member reads a partner's
 * series and the portfolio's S over time; a partner user reads its own partner's series
 * only (404 for another's; authorization.test.ts lists the route among the partners').
 */
import type { InjectOptions } from 'fastify';
import { type CaseContext, freshPartner, type RouteCase } from './test-support/route-cases.js';

const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;

export function routeCases(): Record<string, RouteCase> {
  const W = '/api/workspaces/{slug}';
  return {
    [`GET ${W}/partners/{key}/plan-actual`]: {
      needs: 'viewer',
      build: async (ctx) =>
        ({
          method: 'GET',
          url: `${ws(ctx)}/partners/${await freshPartner(ctx, 'pa')}/plan-actual?periods=4`,
        }) as InjectOptions,
    },
    [`GET ${W}/plan-actual`]: {
      needs: 'viewer',
      build: async (ctx) => ({ method: 'GET', url: `${ws(ctx)}/plan-actual` }) as InjectOptions,
    },
  };
}
