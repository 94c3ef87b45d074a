/**
 * The authorisation matrix's cases for the partner's seat (see test-support/route-cases.ts):
 * any member reads and answers an agreement's health check and reads trust both ways; an
 * editor records a party's verdict on our obligations (a partner's contact: its own party).
 */
import type { InjectOptions } from 'fastify';
import { createObligation } from '../store/agreements/obligations.js';
import { createAgreement } from '../store/agreements/writes.js';
import { agreementDocument } from './agreements.route-cases.js';
import { type CaseContext, freshPartner, type RouteCase } from './test-support/route-cases.js';

const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;
const req = (method: NonNullable<InjectOptions['method']>, url: string, payload?: object) =>
  ({ method, url, ...(payload === undefined ? {} : { payload }) }) as InjectOptions;

async function agreement(ctx: CaseContext) {
  const other = await freshPartner(ctx, 'ps');
  const code = `ps-${ctx.unique()}`;
  await createAgreement(
    ctx.api.db,
    ctx.workspaceId,
    { document: agreementDocument(code, other) },
    null,
  );
  const obligation = await createObligation(
    ctx.api.db,
    ctx.workspaceId,
    code,
    { title: 'quarterly data', owner: 'us', dueDate: '2026-03-01' },
    null,
  );
  return { code, other, obligation: obligation.id };
}

export function routeCases(): Record<string, RouteCase> {
  const A = '/api/workspaces/{slug}/agreements/{id}';
  return {
    [`GET ${A}/health-check`]: {
      needs: 'viewer',
      build: async (ctx) =>
        req('GET', `${ws(ctx)}/agreements/${(await agreement(ctx)).code}/health-check`),
    },
    [`PUT ${A}/health-check`]: {
      needs: 'viewer',
      build: async (ctx) =>
        req('PUT', `${ws(ctx)}/agreements/${(await agreement(ctx)).code}/health-check`, {
          round: '2026',
          scores: { strategy: 4, culture: 3 },
        }),
    },
    [`GET ${A}/trust`]: {
      needs: 'viewer',
      build: async (ctx) =>
        req('GET', `${ws(ctx)}/agreements/${(await agreement(ctx)).code}/trust`),
    },
    [`POST ${A}/obligations/{obligation}/verdicts`]: {
      needs: 'editor',
      build: async (ctx) => {
        const { code, other, obligation } = await agreement(ctx);
        return req('POST', `${ws(ctx)}/agreements/${code}/obligations/${obligation}/verdicts`, {
          party: other,
          verdict: 'kept',
          date: '2026-03-01',
        });
      },
    },
  };
}
