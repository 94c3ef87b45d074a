/**
 * The authorisation matrix's cases for amendments (see test-support/route-cases.ts): any
 * member reads them; an editor proposes one and accepts it for a party.
 */
import type { InjectOptions } from 'fastify';
import { proposeAmendment } from '../store/agreements/amendments.js';
import { createAgreement } from '../store/agreements/writes.js';
import { agreementDocument } from './agreements.route-cases.js';
import { type CaseContext, freshPartner, type RouteCase } from './test-support/route-cases.js';

const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;

async function activeAgreement(ctx: CaseContext) {
  const other = await freshPartner(ctx, 'am');
  const code = `am-${ctx.unique()}`;
  const document = agreementDocument(code, other);
  await createAgreement(ctx.api.db, ctx.workspaceId, { document, status: 'active' }, null);
  return { code, document };
}

/** The same agreement with the milestone doubled, from mid-2026. */
const amended = (document: ReturnType<typeof agreementDocument>) => ({
  document: {
    ...document,
    terms: document.terms.map((t) =>
      'milestone' in t && t.milestone ? { milestone: { ...t.milestone, amount: 200 } } : t,
    ),
  },
  effectiveFrom: '2026-07-01',
});

export function routeCases(): Record<string, RouteCase> {
  const A = '/api/workspaces/{slug}/agreements/{id}/amendments';
  return {
    [`GET ${A}`]: {
      needs: 'viewer',
      build: async (ctx): Promise<InjectOptions> => ({
        method: 'GET',
        url: `${ws(ctx)}/agreements/${(await activeAgreement(ctx)).code}/amendments`,
      }),
    },
    [`POST ${A}`]: {
      needs: 'editor',
      build: async (ctx): Promise<InjectOptions> => {
        const { code, document } = await activeAgreement(ctx);
        return {
          method: 'POST',
          url: `${ws(ctx)}/agreements/${code}/amendments`,
          payload: amended(document),
        };
      },
    },
    [`POST ${A}/{version}/acceptances`]: {
      needs: 'editor',
      build: async (ctx): Promise<InjectOptions> => {
        const { code, document } = await activeAgreement(ctx);
        await proposeAmendment(ctx.api.db, ctx.workspaceId, code, amended(document), null);
        return {
          method: 'POST',
          url: `${ws(ctx)}/agreements/${code}/amendments/2/acceptances`,
          payload: { party: 'us' },
        };
      },
    },
  };
}
