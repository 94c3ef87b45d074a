/**
 * What every API operation needs, stated independently of the routes' own declarations:
 * the access the authorisation matrix expects, and how to build a minimal valid request.
 * Builders are called once per identity and create what they touch (a fresh partner to
 * delete, ...), so the cases do not depend on each other's order.
 *
 * A route added to the API needs a case: the matrix test fails for any operation of the
 * OpenAPI document without one. Route groups kept elsewhere add theirs in a sibling of
 * their routes named `routes/<group>.route-cases.ts` exporting `routeCases(): Record<string,
 * RouteCase>`; `allRouteCases` finds them.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { InjectOptions } from 'fastify';
import { createApiToken, issueApiToken } from '../../auth/api-tokens.js';
import { createInvitation } from '../../auth/invitations.js';
import { insertMember } from '../../auth/memberships.js';
import { createUser, findUserByEmail } from '../../auth/users.js';
import { upsertAssessment } from '../../store/assessments.js';
import { getCurrentCriteria, saveCriteria } from '../../store/criteria.js';
import { createPartner } from '../../store/partners.js';
import { saveScenario } from '../../store/scenarios.js';
import { getWorkspaceSettings } from '../../store/settings.js';
import { createSynergy } from '../../store/synergies.js';
import { createWorkspace, getWorkspaceBySlug } from '../../store/workspaces.js';
import { type Identity, PASSWORD, type TestApi } from './api.js';

/** The least an identity needs for a 2xx: anyone, any signed-in user, or a workspace role. */
export type Needs = 'public' | 'user' | 'viewer' | 'editor' | 'owner';

export interface CaseContext {
  readonly api: TestApi;
  readonly who: Identity;
  readonly workspaceId: string;
  /** A unique suffix for names. */
  unique(): string;
}

export interface RouteCase {
  readonly needs: Needs;
  /** The request (method and url included), with every path parameter filled in. */
  build(ctx: CaseContext): Promise<InjectOptions>;
}

/** Data of workspace A that must never reach an outsider; every fresh partner is named with it. */
export const SECRET = 'SECRET-of-A';

const json = (method: NonNullable<InjectOptions['method']>, url: string, payload?: object) =>
  ({ method, url, ...(payload === undefined ? {} : { payload }) }) as InjectOptions;

export async function prepareWorkspace(api: TestApi): Promise<string> {
  const ws = await getWorkspaceBySlug(api.db, api.slug);
  const criteria = await getCurrentCriteria(api.db, ws.id);
  if (criteria.version === 0) {
    await saveCriteria(
      api.db,
      ws.id,
      { criteria: [{ id: 'tech', kind: 'benefit', weight: 1 }] },
      0,
      null,
    );
  }
  return ws.id;
}

/** A new partner of workspace A, named with its secret. */
export async function freshPartner(ctx: CaseContext, prefix = 'p'): Promise<string> {
  const id = `${prefix}-${ctx.unique()}`;
  await createPartner(
    ctx.api.db,
    ctx.workspaceId,
    { id, name: `${SECRET} ${id}`, kind: 'academic', cost: 1, return: 2, scores: { tech: 5 } },
    null,
  );
  return id;
}

async function freshSynergy(ctx: CaseContext): Promise<string> {
  const a = await freshPartner(ctx);
  const b = await freshPartner(ctx);
  return (await createSynergy(ctx.api.db, ctx.workspaceId, { between: [a, b], value: 0.1 }, null))
    .id;
}

async function freshUser(ctx: CaseContext): Promise<string> {
  const email = `u-${ctx.unique()}@example.org`;
  await createUser(ctx.api.db, { email, password: PASSWORD });
  return email;
}

async function freshMember(ctx: CaseContext): Promise<string> {
  const email = await freshUser(ctx);
  await insertMember(ctx.api.db, ctx.workspaceId, { email, role: 'viewer' }, null);
  return email;
}

/** A pending invitation of workspace A for a new email. */
async function freshInvitation(ctx: CaseContext) {
  return createInvitation(
    ctx.api.db,
    ctx.workspaceId,
    { email: `invitee-${ctx.unique()}@example.org`, role: 'viewer' },
    'someone@example.org',
    3600,
    new Date(),
  );
}

async function freshScenario(ctx: CaseContext): Promise<string> {
  const scenario = await saveScenario(
    ctx.api.db,
    ctx.workspaceId,
    { name: `s ${ctx.unique()}`, kind: 'rank', criteriaVersion: null, inputs: {}, result: {} },
    null,
  );
  return scenario.id;
}

async function ownTokenId(ctx: CaseContext): Promise<string> {
  if (ctx.who === 'anonymous') return 'no-such-token';
  const user = await findUserByEmail(ctx.api.db.kysely, ctx.api.emails[ctx.who]);
  if (!user) throw new Error('fixture user missing');
  return (await issueApiToken(ctx.api.db, user.id, `t ${ctx.unique()}`, new Date())).id;
}

const settingsVersion = async (ctx: CaseContext) =>
  (await getWorkspaceSettings(ctx.api.db, ctx.workspaceId)).version;

const criteriaVersion = async (ctx: CaseContext) =>
  (await getCurrentCriteria(ctx.api.db, ctx.workspaceId)).version;

const validSpec = (partner: string) =>
  [
    'version: 1',
    'criteria:',
    '  - { id: tech, kind: benefit, weight: 1 }',
    'partners:',
    `  - { id: ${partner}, name: "${SECRET}", kind: academic, scores: { tech: 5 }, cost: 1, return: 2 }`,
    '',
  ].join('\n');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ROUTES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The cases here plus those of every `routes/*.route-cases.ts`. */
export async function allRouteCases(): Promise<Record<string, RouteCase>> {
  const cases = routeCases();
  for (const file of readdirSync(ROUTES_DIR)
    .filter((f) => f.endsWith('.route-cases.ts'))
    .sort()) {
    const module = (await import(pathToFileURL(join(ROUTES_DIR, file)).href)) as {
      routeCases?: () => Record<string, RouteCase>;
    };
    for (const [key, routeCase] of Object.entries(module.routeCases?.() ?? {})) {
      if (key in cases) throw new Error(`${file}: a case for ${key} exists already`);
      cases[key] = routeCase;
    }
  }
  return cases;
}

export function routeCases(): Record<string, RouteCase> {
  const ws = (ctx: CaseContext) => `/api/workspaces/${ctx.api.slug}`;
  return {
    'GET /api/health': { needs: 'public', build: async () => json('GET', '/api/health') },
    'POST /api/auth/login': {
      needs: 'public',
      build: async (ctx) =>
        json('POST', '/api/auth/login', { email: ctx.api.emails.viewer, password: PASSWORD }),
    },
    'POST /api/auth/logout': { needs: 'user', build: async () => json('POST', '/api/auth/logout') },
    'GET /api/auth/session': { needs: 'user', build: async () => json('GET', '/api/auth/session') },
    'GET /api/auth/events': { needs: 'user', build: async () => json('GET', '/api/auth/events') },
    'POST /api/auth/password': {
      needs: 'user',
      // A change ends the caller's tokens: signed-in identities change a fresh account's.
      build: async (ctx) => {
        const body = { currentPassword: PASSWORD, newPassword: `a new password ${ctx.unique()}` };
        if (ctx.who === 'anonymous') return json('POST', '/api/auth/password', body);
        const email = await freshUser(ctx);
        const token = await createApiToken(ctx.api.db, { email });
        return {
          ...json('POST', '/api/auth/password', body),
          headers: { authorization: `Bearer ${token}` },
        };
      },
    },
    'GET /api/tokens': { needs: 'user', build: async () => json('GET', '/api/tokens') },
    'POST /api/tokens': {
      needs: 'user',
      build: async (ctx) => json('POST', '/api/tokens', { name: `t ${ctx.unique()}` }),
    },
    'DELETE /api/tokens/{id}': {
      needs: 'user',
      build: async (ctx) => json('DELETE', `/api/tokens/${await ownTokenId(ctx)}`),
    },
    'GET /api/workspaces': { needs: 'user', build: async () => json('GET', '/api/workspaces') },
    'POST /api/workspaces': {
      needs: 'user',
      build: async (ctx) =>
        json('POST', '/api/workspaces', { slug: `new-${ctx.unique()}`, name: 'New' }),
    },
    'GET /api/workspaces/{slug}': { needs: 'viewer', build: async (ctx) => json('GET', ws(ctx)) },
    'PATCH /api/workspaces/{slug}': {
      needs: 'owner',
      build: async (ctx) =>
        json('PATCH', ws(ctx), { name: `A ${ctx.unique()}`, version: await settingsVersion(ctx) }),
    },
    'GET /api/workspaces/{slug}/settings': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/settings`),
    },
    'PATCH /api/workspaces/{slug}/settings': {
      needs: 'editor',
      build: async (ctx) =>
        json('PATCH', `${ws(ctx)}/settings`, {
          settings: { unit: 'EUR' },
          version: await settingsVersion(ctx),
        }),
    },
    'GET /api/workspaces/{slug}/members': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/members`),
    },
    'GET /api/workspaces/{slug}/invitations': {
      needs: 'owner',
      build: async (ctx) => json('GET', `${ws(ctx)}/invitations`),
    },
    'POST /api/workspaces/{slug}/invitations': {
      needs: 'owner',
      build: async (ctx) =>
        json('POST', `${ws(ctx)}/invitations`, {
          email: `invitee-${ctx.unique()}@example.org`,
          role: 'viewer',
        }),
    },
    'DELETE /api/workspaces/{slug}/invitations/{id}': {
      needs: 'owner',
      build: async (ctx) =>
        json('DELETE', `${ws(ctx)}/invitations/${(await freshInvitation(ctx)).id}`),
    },
    'POST /api/invitations/lookup': {
      needs: 'public',
      build: async (ctx) =>
        json('POST', '/api/invitations/lookup', { token: (await freshInvitation(ctx)).token }),
    },
    'POST /api/invitations/accept': {
      needs: 'public',
      // Signed-in identities accept an invitation for themselves (to a fresh workspace);
      // anonymous callers accept one for a new account by setting its password.
      build: async (ctx) => {
        if (ctx.who === 'anonymous') {
          const { token } = await freshInvitation(ctx);
          return json('POST', '/api/invitations/accept', { token, password: PASSWORD });
        }
        const workspace = await createWorkspace(ctx.api.db, {
          slug: `inv-${ctx.unique()}`,
          name: 'invited',
          actor: null,
        });
        const { token } = await createInvitation(
          ctx.api.db,
          workspace.id,
          { email: ctx.api.emails[ctx.who], role: 'viewer' },
          'someone@example.org',
          3600,
          new Date(),
        );
        return json('POST', '/api/invitations/accept', { token });
      },
    },
    'PATCH /api/workspaces/{slug}/members/{email}': {
      needs: 'owner',
      build: async (ctx) =>
        json('PATCH', `${ws(ctx)}/members/${await freshMember(ctx)}`, { role: 'editor' }),
    },
    'DELETE /api/workspaces/{slug}/members/{email}': {
      needs: 'owner',
      build: async (ctx) => json('DELETE', `${ws(ctx)}/members/${await freshMember(ctx)}`),
    },
    'GET /api/workspaces/{slug}/partners': {
      needs: 'viewer',
      build: async (ctx) => {
        await freshPartner(ctx);
        return json('GET', `${ws(ctx)}/partners?limit=5&sort=-updatedAt`);
      },
    },
    'POST /api/workspaces/{slug}/partners': {
      needs: 'editor',
      build: async (ctx) =>
        json('POST', `${ws(ctx)}/partners`, { id: `n-${ctx.unique()}`, kind: 'enterprise' }),
    },
    'GET /api/workspaces/{slug}/partners/{id}': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/partners/${await freshPartner(ctx)}`),
    },
    'PATCH /api/workspaces/{slug}/partners/{id}': {
      needs: 'editor',
      build: async (ctx) =>
        json('PATCH', `${ws(ctx)}/partners/${await freshPartner(ctx)}`, { notes: 'x', version: 1 }),
    },
    'DELETE /api/workspaces/{slug}/partners/{id}': {
      needs: 'editor',
      build: async (ctx) =>
        json('DELETE', `${ws(ctx)}/partners/${await freshPartner(ctx)}?version=1`),
    },
    'POST /api/workspaces/{slug}/partners/{id}/status': {
      needs: 'editor',
      build: async (ctx) =>
        json('POST', `${ws(ctx)}/partners/${await freshPartner(ctx)}/status`, {
          to: 'negotiating',
          version: 1,
        }),
    },
    'GET /api/workspaces/{slug}/partners/{id}/estimate': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/partners/${await freshPartner(ctx)}/estimate`),
    },
    'GET /api/workspaces/{slug}/partners/{id}/estimate/history': {
      needs: 'viewer',
      build: async (ctx) =>
        json('GET', `${ws(ctx)}/partners/${await freshPartner(ctx)}/estimate/history`),
    },
    'PUT /api/workspaces/{slug}/partners/{id}/estimate': {
      needs: 'editor',
      build: async (ctx) =>
        json('PUT', `${ws(ctx)}/partners/${await freshPartner(ctx)}/estimate`, {
          cost: { triangular: [1, 2, 3] },
          version: 1,
        }),
    },
    'GET /api/workspaces/{slug}/partners/{id}/score-distributions': {
      needs: 'viewer',
      build: async (ctx) =>
        json('GET', `${ws(ctx)}/partners/${await freshPartner(ctx)}/score-distributions`),
    },
    'PUT /api/workspaces/{slug}/partners/{id}/score-distributions': {
      needs: 'editor',
      build: async (ctx) =>
        json('PUT', `${ws(ctx)}/partners/${await freshPartner(ctx)}/score-distributions`, {
          distributions: { tech: { uniform: [4, 6] } },
          version: 1,
        }),
    },
    'GET /api/workspaces/{slug}/criteria': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/criteria`),
    },
    'PUT /api/workspaces/{slug}/criteria': {
      needs: 'editor',
      build: async (ctx) =>
        json('PUT', `${ws(ctx)}/criteria`, {
          criteria: [{ id: 'tech', kind: 'benefit', weight: 1 }],
          version: await criteriaVersion(ctx),
        }),
    },
    'GET /api/workspaces/{slug}/criteria/versions': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/criteria/versions`),
    },
    'GET /api/workspaces/{slug}/criteria/versions/{version}': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/criteria/versions/1`),
    },
    'GET /api/workspaces/{slug}/assessments': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/assessments?criterion=tech`),
    },
    'PUT /api/workspaces/{slug}/assessments': {
      needs: 'editor',
      build: async (ctx) =>
        json('PUT', `${ws(ctx)}/assessments`, {
          partner: await freshPartner(ctx),
          criterion: 'tech',
          score: 7,
        }),
    },
    'DELETE /api/workspaces/{slug}/assessments/{id}': {
      needs: 'editor',
      build: async (ctx) => {
        const partner = await freshPartner(ctx);
        const a = await upsertAssessment(
          ctx.api.db,
          ctx.workspaceId,
          partner,
          'tech',
          'x',
          3,
          null,
        );
        return json('DELETE', `${ws(ctx)}/assessments/${a.id}`);
      },
    },
    'GET /api/workspaces/{slug}/synergies': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/synergies`),
    },
    'POST /api/workspaces/{slug}/synergies': {
      needs: 'editor',
      build: async (ctx) =>
        json('POST', `${ws(ctx)}/synergies`, {
          between: [await freshPartner(ctx), await freshPartner(ctx)],
          value: 0.2,
        }),
    },
    'GET /api/workspaces/{slug}/synergies/{id}': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/synergies/${await freshSynergy(ctx)}`),
    },
    'PATCH /api/workspaces/{slug}/synergies/{id}': {
      needs: 'editor',
      build: async (ctx) =>
        json('PATCH', `${ws(ctx)}/synergies/${await freshSynergy(ctx)}`, { note: 'n', version: 1 }),
    },
    'DELETE /api/workspaces/{slug}/synergies/{id}': {
      needs: 'editor',
      build: async (ctx) =>
        json('DELETE', `${ws(ctx)}/synergies/${await freshSynergy(ctx)}?version=1`),
    },
    'GET /api/workspaces/{slug}/scenarios': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/scenarios`),
    },
    'POST /api/workspaces/{slug}/scenarios': {
      needs: 'editor',
      build: async (ctx) =>
        json('POST', `${ws(ctx)}/scenarios`, {
          name: `s ${ctx.unique()}`,
          kind: 'optimize',
          criteriaVersion: 1,
          inputs: { maxPartners: 2 },
          result: { selected: [] },
        }),
    },
    'GET /api/workspaces/{slug}/scenarios/{id}': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/scenarios/${await freshScenario(ctx)}`),
    },
    'DELETE /api/workspaces/{slug}/scenarios/{id}': {
      needs: 'editor',
      build: async (ctx) => json('DELETE', `${ws(ctx)}/scenarios/${await freshScenario(ctx)}`),
    },
    'GET /api/workspaces/{slug}/audit': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/audit?limit=3`),
    },
    'GET /api/workspaces/{slug}/audit/verify': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/audit/verify`),
    },
    'GET /api/workspaces/{slug}/spec': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/spec?format=yaml`),
    },
    'PUT /api/workspaces/{slug}/spec': {
      needs: 'editor',
      build: async (ctx) => ({
        method: 'PUT',
        url: `${ws(ctx)}/spec`,
        headers: { 'content-type': 'application/yaml' },
        payload: validSpec(`s-${ctx.unique()}`),
      }),
    },
    'POST /api/workspaces/{slug}/imports/partners/preview': {
      needs: 'editor',
      build: async (ctx) => ({
        method: 'POST',
        url: `${ws(ctx)}/imports/partners/preview`,
        headers: { 'content-type': 'text/csv' },
        payload: `id,kind,scores.tech\ni-${ctx.unique()},academic,4\n`,
      }),
    },
    'POST /api/workspaces/{slug}/imports/partners': {
      needs: 'editor',
      build: async (ctx) => ({
        method: 'POST',
        url: `${ws(ctx)}/imports/partners`,
        headers: { 'content-type': 'text/csv' },
        payload: `ID,Type\ni-${ctx.unique()},government\n`,
        query: { mapping: JSON.stringify({ id: 'ID', kind: 'Type' }) },
      }),
    },
    'GET /api/workspaces/{slug}/exports/partners.csv': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/exports/partners.csv`),
    },
    'GET /api/workspaces/{slug}/exports/partners.xlsx': {
      needs: 'viewer',
      build: async (ctx) => ({
        method: 'GET',
        url: `${ws(ctx)}/exports/partners.xlsx`,
        headers: { accept: XLSX },
      }),
    },
    'GET /api/workspaces/{slug}/exports/spec.yaml': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/exports/spec.yaml`),
    },
    'GET /api/workspaces/{slug}/exports/spec.json': {
      needs: 'viewer',
      build: async (ctx) => json('GET', `${ws(ctx)}/exports/spec.json`),
    },
  };
}
