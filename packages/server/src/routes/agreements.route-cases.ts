/**
 * The authorisation matrix's cases for running partnerships (see
 * test-support/route-cases.ts): any member reads agreements, obligations, the ledger,
 * settlements, fair shares, reviews, trust, exit plans and the operations summary; an
 * editor changes them; only an owner changes the review rules.
 */
import type { InjectOptions } from 'fastify';
import { createObligation } from '../store/agreements/obligations.js';
import { createAgreement } from '../store/agreements/writes.js';
import { startExitPlan } from '../store/exit-plans.js';
import {
  type CaseContext,
  freshPartner,
  type RouteCase,
  SECRET,
} from './test-support/route-cases.js';

const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;
const req = (method: NonNullable<InjectOptions['method']>, url: string, payload?: object) =>
  ({ method, url, ...(payload === undefined ? {} : { payload }) }) as InjectOptions;

const partner = (ctx: CaseContext) => freshPartner(ctx, 'ap');

/** A fresh agreement between us and a fresh partner, with a milestone and a revenue share. */
export function agreementDocument(code: string, other: string) {
  return {
    id: code,
    title: `${SECRET} ${code}`,
    type: 'joint-rnd',
    parties: ['us', other],
    start: '2026-01-01',
    end: '2027-12-31',
    ip: { foreground: { us: 0.5, [other]: 0.5 } },
    terms: [
      {
        revenueShare: {
          source: 'product',
          collector: 'us',
          tiers: [{ upTo: null, shares: { [other]: 0.1 } }],
        },
      },
      { milestone: { id: 'm1', payer: 'us', payee: other, amount: 100 } },
    ],
  };
}

async function agreement(ctx: CaseContext): Promise<{ code: string; other: string }> {
  const other = await partner(ctx);
  const code = `ag-${ctx.unique()}`;
  await createAgreement(
    ctx.api.db,
    ctx.workspaceId,
    {
      document: agreementDocument(code, other),
      fairShare: { values: { '': 0, us: 1, [other]: 1, [`us,${other}`]: 3 } },
    },
    null,
  );
  return { code, other };
}

async function obligation(ctx: CaseContext): Promise<string> {
  const { code, other } = await agreement(ctx);
  const o = await createObligation(
    ctx.api.db,
    ctx.workspaceId,
    code,
    { title: 'report', owner: other, dueDate: '2026-03-01' },
    null,
  );
  return o.id;
}

const review = {
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  plan: { cost: 10, return: 20 },
  actual: { cost: 12, return: 15 },
  actualReason: 'typed for the test',
};

export function routeCases(): Record<string, RouteCase> {
  const A = '/api/workspaces/{slug}';
  return {
    [`GET ${A}/agreements`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', `${ws(ctx)}/agreements`),
    },
    [`POST ${A}/agreements`]: {
      needs: 'editor',
      build: async (ctx) => {
        const other = await partner(ctx);
        return req('POST', `${ws(ctx)}/agreements`, {
          document: agreementDocument(`ag-${ctx.unique()}`, other),
        });
      },
    },
    [`GET ${A}/agreements/{id}`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', `${ws(ctx)}/agreements/${(await agreement(ctx)).code}`),
    },
    [`PATCH ${A}/agreements/{id}`]: {
      needs: 'editor',
      build: async (ctx) =>
        req('PATCH', `${ws(ctx)}/agreements/${(await agreement(ctx)).code}`, {
          status: 'active',
          version: 1,
        }),
    },
    [`GET ${A}/agreements/{id}/ledger`]: {
      needs: 'viewer',
      build: async (ctx) =>
        req('GET', `${ws(ctx)}/agreements/${(await agreement(ctx)).code}/ledger`),
    },
    [`POST ${A}/agreements/{id}/ledger`]: {
      needs: 'editor',
      build: async (ctx) =>
        req('POST', `${ws(ctx)}/agreements/${(await agreement(ctx)).code}/ledger`, {
          date: '2026-02-01',
          kind: 'revenue',
          source: 'product',
          amount: 1000,
        }),
    },
    [`POST ${A}/agreements/{id}/settle`]: {
      needs: 'viewer',
      build: async (ctx) =>
        req('POST', `${ws(ctx)}/agreements/${(await agreement(ctx)).code}/settle`, {
          from: '2026-01-01',
          to: '2026-03-31',
        }),
    },
    [`POST ${A}/agreements/{id}/fair-shares`]: {
      needs: 'viewer',
      build: async (ctx) =>
        req('POST', `${ws(ctx)}/agreements/${(await agreement(ctx)).code}/fair-shares`, {}),
    },
    [`POST ${A}/airport-split`]: {
      needs: 'viewer',
      build: async (ctx) => req('POST', `${ws(ctx)}/airport-split`, { costs: { a: 10, b: 30 } }),
    },
    [`POST ${A}/agreements/{id}/obligations`]: {
      needs: 'editor',
      build: async (ctx) => {
        const { code, other } = await agreement(ctx);
        return req('POST', `${ws(ctx)}/agreements/${code}/obligations`, {
          title: 'quarterly report',
          owner: other,
          dueDate: '2026-04-01',
        });
      },
    },
    [`GET ${A}/obligations`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', `${ws(ctx)}/obligations`),
    },
    [`PATCH ${A}/obligations/{id}`]: {
      needs: 'editor',
      build: async (ctx) =>
        req('PATCH', `${ws(ctx)}/obligations/${await obligation(ctx)}`, {
          state: 'kept',
          resolvedAt: '2026-02-01',
          version: 1,
        }),
    },
    [`GET ${A}/ledger`]: { needs: 'viewer', build: async (ctx) => req('GET', `${ws(ctx)}/ledger`) },
    [`GET ${A}/ledger/verify`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', `${ws(ctx)}/ledger/verify`),
    },
    [`GET ${A}/operations`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', `${ws(ctx)}/operations`),
    },
    [`GET ${A}/reviews`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', `${ws(ctx)}/reviews`),
    },
    [`POST ${A}/partners/{key}/reviews/preview`]: {
      needs: 'viewer',
      build: async (ctx) =>
        req('POST', `${ws(ctx)}/partners/${await partner(ctx)}/reviews/preview`, review),
    },
    [`POST ${A}/partners/{key}/reviews`]: {
      needs: 'editor',
      build: async (ctx) =>
        req('POST', `${ws(ctx)}/partners/${await partner(ctx)}/reviews`, {
          ...review,
          decision: 'continue',
          reasons: 'on track',
        }),
    },
    [`GET ${A}/partners/{key}/profile`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', `${ws(ctx)}/partners/${await partner(ctx)}/profile`),
    },
    [`GET ${A}/partners/{key}/trust`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', `${ws(ctx)}/partners/${await partner(ctx)}/trust`),
    },
    [`GET ${A}/trust`]: { needs: 'viewer', build: async (ctx) => req('GET', `${ws(ctx)}/trust`) },
    [`GET ${A}/review-settings`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', `${ws(ctx)}/review-settings`),
    },
    [`PUT ${A}/review-settings`]: {
      needs: 'owner',
      build: async (ctx) => {
        const current = await ctx.api.db.kysely
          .selectFrom('review_settings')
          .select('version')
          .where('workspace_id', '=', ctx.workspaceId)
          .executeTakeFirst();
        return req('PUT', `${ws(ctx)}/review-settings`, {
          cadence: { every: 6, unit: 'months' },
          rules: [
            {
              id: 'low-trust',
              description: 'trust under 0.3',
              suggest: 'renegotiate',
              when: [{ metric: 'trust', op: '<', value: 0.3 }],
            },
          ],
          version: Number(current?.version ?? 0),
        });
      },
    },
    [`GET ${A}/partners/{key}/exit-plan`]: {
      needs: 'viewer',
      build: async (ctx) => {
        const key = await partner(ctx);
        await startExitPlan(ctx.api.db, ctx.workspaceId, key, {}, null);
        return req('GET', `${ws(ctx)}/partners/${key}/exit-plan`);
      },
    },
    [`POST ${A}/partners/{key}/exit-plan`]: {
      needs: 'editor',
      build: async (ctx) =>
        req('POST', `${ws(ctx)}/partners/${await partner(ctx)}/exit-plan`, { owner: 'lead' }),
    },
    [`PATCH ${A}/partners/{key}/exit-plan/steps/{step}`]: {
      needs: 'editor',
      build: async (ctx) => {
        const key = await partner(ctx);
        await startExitPlan(ctx.api.db, ctx.workspaceId, key, {}, null);
        return req('PATCH', `${ws(ctx)}/partners/${key}/exit-plan/steps/notice-sent`, {
          owner: 'lead',
          done: true,
          evidence: 'letter',
          version: 1,
        });
      },
    },
  };
}
