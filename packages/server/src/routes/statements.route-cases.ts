/**
 * The authorisation matrix's cases for settlement statements (see
 * test-support/route-cases.ts): any member reads statements and receipts; an editor
 * records them, answers for a party and marks transfers paid.
 */
import type { InjectOptions } from 'fastify';
import { recordLedgerEvent } from '../store/agreements/events.js';
import { createAgreement } from '../store/agreements/writes.js';
import { recordStatement, respondToStatement } from '../store/statements/statements.js';
import { agreementDocument } from './agreements.route-cases.js';
import { type CaseContext, freshPartner, type RouteCase } from './test-support/route-cases.js';

const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;
const period = { from: '2026-01-01', to: '2026-12-31' };

/** A fresh agreement whose milestone was met: settling it gives one transfer. */
async function settledAgreement(ctx: CaseContext): Promise<{ code: string; other: string }> {
  const other = await freshPartner(ctx, 'sp');
  const code = `st-${ctx.unique()}`;
  const { db } = ctx.api;
  await createAgreement(db, ctx.workspaceId, { document: agreementDocument(code, other) }, null);
  await recordLedgerEvent(
    db,
    ctx.workspaceId,
    code,
    { date: '2026-02-01', kind: 'milestone', id: 'm1' },
    null,
  );
  return { code, other };
}

async function statement(ctx: CaseContext, final = false): Promise<string> {
  const { code, other } = await settledAgreement(ctx);
  const { db } = ctx.api;
  await recordStatement(db, { id: ctx.workspaceId, slug: ctx.api.slug }, code, period, null);
  if (final) {
    for (const party of ['us', other]) {
      await respondToStatement(db, ctx.workspaceId, code, 1, { party, decision: 'accept' }, null);
    }
  }
  return `${ws(ctx)}/agreements/${code}/statements/1`;
}

const req = (method: NonNullable<InjectOptions['method']>, url: string, payload?: object) =>
  ({ method, url, ...(payload === undefined ? {} : { payload }) }) as InjectOptions;

export function routeCases(): Record<string, RouteCase> {
  const S = '/api/workspaces/{slug}/agreements/{id}/statements';
  return {
    [`GET ${S}`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', (await statement(ctx)).replace(/\/1$/, '')),
    },
    [`POST ${S}`]: {
      needs: 'editor',
      build: async (ctx) => {
        const { code } = await settledAgreement(ctx);
        return req('POST', `${ws(ctx)}/agreements/${code}/statements`, period);
      },
    },
    [`GET ${S}/{number}`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', await statement(ctx)),
    },
    [`GET ${S}/{number}/receipt`]: {
      needs: 'viewer',
      build: async (ctx) => req('GET', `${await statement(ctx)}/receipt`),
    },
    [`POST ${S}/{number}/responses`]: {
      needs: 'editor',
      build: async (ctx) =>
        req('POST', `${await statement(ctx)}/responses`, { party: 'us', decision: 'accept' }),
    },
    [`POST ${S}/{number}/payments`]: {
      needs: 'editor',
      build: async (ctx) =>
        req('POST', `${await statement(ctx, true)}/payments`, {
          transfer: 0,
          date: '2026-03-01',
          reference: 'wire',
        }),
    },
  };
}
