/**
 * The authorisation matrix's cases for the ledger's checkpoints and proofs (see
 * test-support/route-cases.ts): any member may read them and check a checkpoint.
 */
import type { InjectOptions } from 'fastify';
import { recordLedgerEvent } from '../store/agreements/events.js';
import { createAgreement } from '../store/agreements/writes.js';
import { signLedgerCheckpoint } from '../store/ledger-tree.js';
import { agreementDocument } from './agreements.route-cases.js';
import { type CaseContext, freshPartner, type RouteCase } from './test-support/route-cases.js';

const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;

/** Records one ledger entry (under a fresh agreement) and answers its seq. */
async function ledgerEntry(ctx: CaseContext): Promise<number> {
  const other = await freshPartner(ctx, 'lp');
  const code = `lg-${ctx.unique()}`;
  await createAgreement(
    ctx.api.db,
    ctx.workspaceId,
    { document: agreementDocument(code, other) },
    null,
  );
  const entry = await recordLedgerEvent(
    ctx.api.db,
    ctx.workspaceId,
    code,
    { date: '2026-02-01', kind: 'revenue', source: 'product', amount: 10 },
    null,
  );
  return entry.seq;
}

export function routeCases(): Record<string, RouteCase> {
  const A = '/api/workspaces/{slug}';
  return {
    [`GET ${A}/ledger/checkpoint`]: {
      needs: 'viewer',
      build: async (ctx) => ({ method: 'GET', url: `${ws(ctx)}/ledger/checkpoint` }),
    },
    [`POST ${A}/ledger/checkpoint/verify`]: {
      needs: 'viewer',
      build: async (ctx): Promise<InjectOptions> => ({
        method: 'POST',
        url: `${ws(ctx)}/ledger/checkpoint/verify`,
        payload: await signLedgerCheckpoint(ctx.api.db, {
          id: ctx.workspaceId,
          slug: ctx.api.slug,
        }),
      }),
    },
    [`GET ${A}/ledger/proof/consistency`]: {
      needs: 'viewer',
      build: async (ctx) => ({ method: 'GET', url: `${ws(ctx)}/ledger/proof/consistency?from=0` }),
    },
    [`GET ${A}/ledger/proof/inclusion`]: {
      needs: 'viewer',
      build: async (ctx) => ({
        method: 'GET',
        url: `${ws(ctx)}/ledger/proof/inclusion?seq=${await ledgerEntry(ctx)}`,
      }),
    },
  };
}
