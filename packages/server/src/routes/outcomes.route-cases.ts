/**
 * The authorisation matrix's cases for outcomes and attribution (see
 * test-support/route-cases.ts): any member reads outcomes, exports them and runs an
 * attribution on a small panel; an editor writes and imports them.
 */
import type { InjectOptions } from 'fastify';
import { createAgreement } from '../store/agreements/writes.js';
import { upsertOutcomes } from '../store/outcomes.js';
import { agreementDocument } from './agreements.route-cases.js';
import { type CaseContext, freshPartner, type RouteCase } from './test-support/route-cases.js';

const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;

const PERIODS = ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];

/** A fresh outcome over 6 units, the first linked to a fresh agreement starting 2026-01-01. */
export async function outcomePanelFixture(
  ctx: CaseContext,
): Promise<{ outcome: string; agreement: string }> {
  const u = ctx.unique();
  const other = await freshPartner(ctx, 'op');
  const agreement = `oa-${u}`;
  await createAgreement(
    ctx.api.db,
    ctx.workspaceId,
    { document: agreementDocument(agreement, other) },
    null,
  );
  const outcome = `revenue-${u}`;
  const units = Array.from({ length: 6 }, (_, k) => `line-${u}-${k}`);
  await upsertOutcomes(
    ctx.api.db,
    ctx.workspaceId,
    {
      points: units.flatMap((unit, k) =>
        PERIODS.map((period, t) => ({
          unit,
          period,
          outcome,
          value: 100 + 10 * k + t + ((k * 7 + t * 3) % 5) + (k === 0 && t >= 4 ? 20 : 0),
        })),
      ),
      units: [{ unit: units[0] as string, kind: 'line', agreement }],
    },
    null,
  );
  return { outcome, agreement };
}

export function routeCases(): Record<string, RouteCase> {
  const A = '/api/workspaces/{slug}';
  return {
    [`GET ${A}/outcomes`]: {
      needs: 'viewer',
      build: async (ctx) => ({ method: 'GET', url: `${ws(ctx)}/outcomes` }),
    },
    [`PUT ${A}/outcomes`]: {
      needs: 'editor',
      build: async (ctx) =>
        ({
          method: 'PUT',
          url: `${ws(ctx)}/outcomes`,
          payload: {
            points: [{ unit: `u-${ctx.unique()}`, period: '2025-01', outcome: 'users', value: 3 }],
          },
        }) as InjectOptions,
    },
    [`POST ${A}/imports/outcomes`]: {
      needs: 'editor',
      build: async (ctx) => ({
        method: 'POST',
        url: `${ws(ctx)}/imports/outcomes?unit=line&time=month&outcomes=users`,
        headers: { 'content-type': 'text/csv' },
        payload: `line,month,users\nl-${ctx.unique()},2025-01,4\n`,
      }),
    },
    [`POST ${A}/imports/outcomes/headers`]: {
      needs: 'editor',
      build: async (ctx) => ({
        method: 'POST',
        url: `${ws(ctx)}/imports/outcomes/headers`,
        headers: { 'content-type': 'text/csv' },
        payload: 'line,month,users\nl,2025-01,4\n',
      }),
    },
    [`GET ${A}/outcomes/series`]: {
      needs: 'viewer',
      build: async (ctx) => {
        const { outcome } = await outcomePanelFixture(ctx);
        return { method: 'GET', url: `${ws(ctx)}/outcomes/series?outcome=${outcome}` };
      },
    },
    [`GET ${A}/exports/outcomes.csv`]: {
      needs: 'viewer',
      build: async (ctx) => ({ method: 'GET', url: `${ws(ctx)}/exports/outcomes.csv` }),
    },
    [`POST ${A}/learn-standard`]: {
      needs: 'viewer',
      build: async (ctx) =>
        ({ method: 'POST', url: `${ws(ctx)}/learn-standard`, payload: {} }) as InjectOptions,
    },
    [`POST ${A}/attribute`]: {
      needs: 'viewer',
      build: async (ctx) => {
        const { outcome, agreement } = await outcomePanelFixture(ctx);
        return {
          method: 'POST',
          url: `${ws(ctx)}/attribute`,
          payload: { outcome, agreement, method: 'did', placebo: 20 },
        } as InjectOptions;
      },
    },
  };
}
