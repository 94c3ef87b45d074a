/**
 * The authorisation matrix's cases for issue 9's routes (see test-support/route-cases.ts):
 * any member reads the risk register and a partner's proposed exit cost; an editor
 * changes risks, edits or discards a draft amendment and runs an exit's final settlement.
 */
import type { InjectOptions } from 'fastify';
import { openDraftAmendmentIn } from '../store/agreements/amendment-drafts.js';
import { readAgreement } from '../store/agreements/present.js';
import { createAgreement } from '../store/agreements/writes.js';
import { startExitPlan } from '../store/exit-plans.js';
import { createRisk } from '../store/risks.js';
import { writeTransaction } from '../store/tx.js';
import { agreementDocument } from './agreements.route-cases.js';
import { type CaseContext, freshPartner, type RouteCase } from './test-support/route-cases.js';

const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;
const req = (method: NonNullable<InjectOptions['method']>, url: string, payload?: object) =>
  ({ method, url, ...(payload === undefined ? {} : { payload }) }) as InjectOptions;

async function risk(ctx: CaseContext) {
  const partner = await freshPartner(ctx, 'rk');
  const id = `risk-${ctx.unique()}`;
  await createRisk(
    ctx.api.db,
    ctx.workspaceId,
    { id, partners: [partner], likelihood: 0.1, impact: 1 },
    null,
  );
  return { id, partner };
}

async function draftAmendment(ctx: CaseContext) {
  const other = await freshPartner(ctx, 'da');
  const code = `da-${ctx.unique()}`;
  await createAgreement(
    ctx.api.db,
    ctx.workspaceId,
    { document: agreementDocument(code, other), status: 'active' },
    null,
  );
  await writeTransaction(ctx.api.db, async (trx) =>
    openDraftAmendmentIn(trx, ctx.workspaceId, await readAgreement(trx, ctx.workspaceId, code), {
      reviewId: 'r',
      from: '2026-07-01',
      actor: null,
    }),
  );
  return code;
}

export function routeCases(): Record<string, RouteCase> {
  const W = '/api/workspaces/{slug}';
  return {
    [`GET ${W}/risks`]: { needs: 'viewer', build: async (ctx) => req('GET', `${ws(ctx)}/risks`) },
    [`POST ${W}/risks`]: {
      needs: 'editor',
      build: async (ctx) =>
        req('POST', `${ws(ctx)}/risks`, {
          id: `r-${ctx.unique()}`,
          category: 'ip',
          partners: [await freshPartner(ctx, 'rk')],
          likelihood: 0.2,
          impact: { triangular: [1, 2, 4] },
        }),
    },
    [`PUT ${W}/risks/{key}`]: {
      needs: 'editor',
      build: async (ctx) => {
        const { id, partner } = await risk(ctx);
        return req('PUT', `${ws(ctx)}/risks/${id}`, {
          id,
          partners: [partner],
          likelihood: 0.3,
          impact: 2,
          version: 1,
        });
      },
    },
    [`DELETE ${W}/risks/{key}`]: {
      needs: 'editor',
      build: async (ctx) => req('DELETE', `${ws(ctx)}/risks/${(await risk(ctx)).id}`),
    },
    [`GET ${W}/partners/{key}/exit-cost`]: {
      needs: 'viewer',
      build: async (ctx) =>
        req('GET', `${ws(ctx)}/partners/${await freshPartner(ctx, 'ec')}/exit-cost`),
    },
    [`POST ${W}/partners/{key}/exit-plan/final-settlement`]: {
      needs: 'editor',
      build: async (ctx) => {
        const key = await freshPartner(ctx, 'fs');
        await startExitPlan(ctx.api.db, ctx.workspaceId, key, { owner: 'lead' }, null);
        return req('POST', `${ws(ctx)}/partners/${key}/exit-plan/final-settlement`, {});
      },
    },
    [`PATCH ${W}/agreements/{id}/amendments/{version}`]: {
      needs: 'editor',
      build: async (ctx) =>
        req('PATCH', `${ws(ctx)}/agreements/${await draftAmendment(ctx)}/amendments/2`, {
          effectiveFrom: '2026-08-01',
        }),
    },
    [`DELETE ${W}/agreements/{id}/amendments/{version}`]: {
      needs: 'editor',
      build: async (ctx) =>
        req('DELETE', `${ws(ctx)}/agreements/${await draftAmendment(ctx)}/amendments/2`),
    },
  };
}
