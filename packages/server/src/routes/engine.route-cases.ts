/**
 * The authorisation matrix's cases for the engine and job routes (see
 * test-support/route-cases.ts): any member may evaluate, weigh and rank; running the
 * solver or Monte Carlo, and cancelling jobs, needs an editor; reading jobs, a viewer.
 */
import { parseSpecText } from '@partnerfolio/core';
import type { InjectOptions } from 'fastify';
import { claimNext, complete, enqueue } from '../jobs/queue.js';
import { replaceWorkspaceFromSpec } from '../store/spec-replace.js';
import { type CaseContext, type RouteCase, SECRET } from './test-support/route-cases.js';

const post = (url: string, payload: object): InjectOptions => ({ method: 'POST', url, payload });
const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;

/**
 * A portfolio the engine accepts. Other cases leave partners without estimates (valid
 * records, not yet a valid portfolio), so the workspace is reset to a small valid spec
 * with the same criterion the other cases score.
 */
export async function ensurePortfolio(ctx: CaseContext): Promise<void> {
  const id = `e-${ctx.unique()}`;
  const text = [
    'version: 1',
    'criteria: [{ id: tech, kind: benefit, weight: 1 }]',
    'resources: { budget: 10 }',
    'partners:',
    `  - { id: ${id}, name: "${SECRET}", kind: academic, scores: { tech: 5 }, cost: 1, return: 2, uses: { budget: 1 } }`,
    '',
  ].join('\n');
  // Other cases leave agreements, reviews and exit plans on their partners, whose history a
  // spec replace refuses to delete; this fixture starts the portfolio over, so it clears them.
  // Children first: statements and amendments keep their agreement (no cascade: they are
  // records of what was agreed).
  const q = ctx.api.db.kysely;
  const ws = ctx.workspaceId;
  const statements = q.selectFrom('statements').select('id').where('workspace_id', '=', ws);
  const agreements = q.selectFrom('agreements').select('id').where('workspace_id', '=', ws);
  for (const table of ['statement_responses', 'statement_payments'] as const) {
    await q.deleteFrom(table).where('statement_id', 'in', statements).execute();
  }
  await q.deleteFrom('statements').where('workspace_id', '=', ws).execute();
  for (const table of ['amendment_acceptances', 'agreement_amendments'] as const) {
    await q.deleteFrom(table).where('agreement_id', 'in', agreements).execute();
  }
  await q
    .updateTable('outcome_units')
    .set({ agreement_id: null })
    .where('workspace_id', '=', ws)
    .execute();
  for (const table of ['agreements', 'reviews', 'exit_plans'] as const) {
    await q.deleteFrom(table).where('workspace_id', '=', ws).execute();
  }
  const parsed = parseSpecText(text);
  if (!parsed.ok) throw new Error(`engine route case: invalid spec: ${parsed.issues[0]?.message}`);
  await replaceWorkspaceFromSpec(ctx.api.db, ctx.workspaceId, parsed.value.spec, null);
}

/** A job of this workspace: finished (its events end at once), or still queued. */
async function freshJob(ctx: CaseContext, finished: boolean): Promise<string> {
  const kind = `test.${ctx.unique()}`;
  const job = await enqueue(ctx.api.db, {
    workspaceId: ctx.workspaceId,
    kind,
    input: {},
    createdBy: null,
  });
  if (finished) {
    await claimNext(ctx.api.db, 'matrix', [kind]);
    await complete(ctx.api.db, job.id, { ok: true });
  }
  return job.id;
}

const command = (name: string, needs: RouteCase['needs'], body: object): RouteCase => ({
  needs,
  build: async (ctx) => {
    await ensurePortfolio(ctx);
    return post(`${ws(ctx)}/${name}`, body);
  },
});

export function routeCases(): Record<string, RouteCase> {
  return {
    'POST /api/workspaces/{slug}/evaluate': command('evaluate', 'viewer', {}),
    'POST /api/workspaces/{slug}/weights': command('weights', 'viewer', {}),
    'POST /api/workspaces/{slug}/rank': command('rank', 'viewer', { method: 'topsis' }),
    'POST /api/workspaces/{slug}/optimize': command('optimize', 'editor', {}),
    'POST /api/workspaces/{slug}/frontier': command('frontier', 'editor', {
      resource: 'budget',
      points: 3,
    }),
    'POST /api/workspaces/{slug}/simulate': command('simulate', 'editor', {
      scenarios: 1000,
      seed: 1,
    }),
    'POST /api/workspaces/{slug}/shapley': command('shapley', 'editor', {}),
    'POST /api/workspaces/{slug}/smaa': command('smaa', 'viewer', { samples: 200 }),
    'GET /api/workspaces/{slug}/jobs': {
      needs: 'viewer',
      build: async (ctx) => ({ method: 'GET', url: `${ws(ctx)}/jobs` }),
    },
    'GET /api/workspaces/{slug}/jobs/{id}': {
      needs: 'viewer',
      build: async (ctx) => ({
        method: 'GET',
        url: `${ws(ctx)}/jobs/${await freshJob(ctx, true)}`,
      }),
    },
    'GET /api/workspaces/{slug}/jobs/{id}/events': {
      needs: 'viewer',
      build: async (ctx) => ({
        method: 'GET',
        url: `${ws(ctx)}/jobs/${await freshJob(ctx, true)}/events`,
      }),
    },
    'POST /api/workspaces/{slug}/jobs/{id}/cancel': {
      needs: 'editor',
      build: async (ctx) => post(`${ws(ctx)}/jobs/${await freshJob(ctx, false)}/cancel`, {}),
    },
  };
}
