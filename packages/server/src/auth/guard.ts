/**
 * The one hook that enforces every route's declared access (policies.ts). It runs on
 * `onRequest`, before the body is read or validated, so that an anonymous caller or an
 * outsider learns nothing from validation errors about a workspace they cannot see, and
 * costs the server no body parsing.
 *
 * Order: authenticate → CSRF (cookie sessions, unsafe methods) → the token's limits (a
 * read-only token: safe methods only; a token bound to a workspace: no other, and no
 * account changes) → workspace membership (not a member: 404, so that slugs do not leak)
 * → role (too low: 403; a `partner` user passes only routes that admit partners).
 * Every refusal of a caller who presented credentials goes to the security log.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { authCaches, membershipKey } from './lookup-cache.js';
import { type Access, roleAtLeast } from './policies.js';
import { type Principal, resolvePrincipal, type WorkspaceAccess } from './principal.js';
import { sameSecret } from './secrets.js';
import { recordSecurityEvent } from './security-log.js';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function checkCsrf(request: FastifyRequest, principal: Principal): void {
  if (principal.via !== 'session' || SAFE_METHODS.has(request.method)) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sameSecret(sent, principal.csrfToken)) {
    throw new HttpProblem(
      'csrf',
      `a cookie session must send the header ${CSRF_HEADER} with the csrfToken from sign-in or GET /api/auth/session`,
    );
  }
}

/** A read-only token only reads; a token bound to one workspace changes nothing of the account. */
function checkTokenLimits(request: FastifyRequest, principal: Principal, access: Access): void {
  if (principal.via !== 'token' || SAFE_METHODS.has(request.method)) return;
  if (principal.scope === 'read') {
    throw new HttpProblem('forbidden', 'this API token is read-only');
  }
  if (principal.workspaceId !== null && access.kind === 'user') {
    throw new HttpProblem(
      'forbidden',
      'this API token is bound to one workspace; manage your account from a session',
    );
  }
}

/** May a caller with `role` use a route that needs `access`? */
function allowed(role: WorkspaceAccess['role'], access: Extract<Access, { kind: 'workspace' }>) {
  if (role === 'partner') return access.partners === true;
  return roleAtLeast(role, access.role);
}

async function findMembership(
  ctx: AppContext,
  slug: string,
  userId: string,
  cached: boolean,
): Promise<WorkspaceAccess | undefined> {
  const cache = authCaches(ctx.db).memberships;
  const key = membershipKey(userId, slug);
  if (cached) {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
  }
  const generation = cache.generation;
  const found = await queryMembership(ctx, slug, userId);
  if (found) cache.set(key, found, generation);
  return found;
}

async function queryMembership(
  ctx: AppContext,
  slug: string,
  userId: string,
): Promise<WorkspaceAccess | undefined> {
  const row = await ctx.db.kysely
    .selectFrom('workspaces')
    .innerJoin('memberships', 'memberships.workspace_id', 'workspaces.id')
    .select([
      'workspaces.id',
      'workspaces.slug',
      'workspaces.name',
      'memberships.role',
      'memberships.partner_key',
    ])
    .where('workspaces.slug', '=', slug)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      slug: row.slug,
      name: row.name,
      role: row.role,
      partnerKey: row.role === 'partner' ? row.partner_key : null,
    }
  );
}

export function installGuard(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('workspace', null);
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) {
      if (request.is404) return;
      throw new Error(`route ${request.method} ${request.routeOptions.url} declares no access`);
    }
    if (access.kind === 'public') return;
    // Answers that depend on who asks must not be kept by shared caches.
    reply.header('cache-control', 'no-store');
    try {
      await guard(ctx, request, access);
    } catch (error) {
      // A caller without credentials is not logged (that is every visitor of the sign-in page).
      const presented = request.principal !== null || request.headers.authorization !== undefined;
      if (error instanceof HttpProblem && presented) await recordDenied(ctx, request, error);
      throw error;
    }
  });
}

async function guard(ctx: AppContext, request: FastifyRequest, access: Access): Promise<void> {
  // Reads may take the caller and membership from the 2-second lookup cache
  // (lookup-cache.ts); writes always ask the database.
  const cached = SAFE_METHODS.has(request.method);
  const principal = await resolvePrincipal(ctx.db, request, ctx.clock(), { cached });
  if (!principal) {
    throw new HttpProblem('unauthenticated', 'sign in (POST /api/auth/login) or send an API token');
  }
  request.principal = principal;
  checkCsrf(request, principal);
  checkTokenLimits(request, principal, access);
  if (access.kind !== 'workspace') return;
  const slug = (request.params as Record<string, unknown> | undefined)?.slug;
  const membership =
    typeof slug === 'string'
      ? await findMembership(ctx, slug, principal.user.id, cached)
      : undefined;
  const outOfScope =
    principal.via === 'token' &&
    principal.workspaceId !== null &&
    membership !== undefined &&
    membership.id !== principal.workspaceId;
  if (!membership || outOfScope) throw notFound(`workspace ${JSON.stringify(slug ?? '')}`);
  if (!allowed(membership.role, access)) {
    throw new HttpProblem(
      'forbidden',
      `${access.resource}.${access.action} needs the role ${access.role}; yours is ${membership.role}`,
    );
  }
  request.workspace = membership;
}

async function recordDenied(ctx: AppContext, request: FastifyRequest, problem: HttpProblem) {
  await recordSecurityEvent(
    ctx.db,
    {
      event: 'request.denied',
      outcome: 'denied',
      actor: request.principal?.user.email ?? null,
      userId: request.principal?.user.id ?? null,
      address: request.ip,
      workspaceId: request.workspace?.id ?? null,
      detail: {
        method: request.method,
        route: request.routeOptions.url ?? request.url,
        status: problem.status,
        code: problem.code,
        via: request.principal?.via ?? (request.headers.authorization ? 'token' : 'none'),
      },
      at: ctx.clock(),
    },
    request.log,
  );
}

/**
 * Fails start-up when a route declares no access: a forgotten policy must never mean
 * "open". The documentation pages (registered by @fastify/swagger-ui) are public.
 */
export function requireAccessOnEveryRoute(app: FastifyInstance, publicPrefixes: readonly string[]) {
  app.addHook('onRoute', (route) => {
    let declared = route.config?.access;
    if (declared === undefined) {
      if (!publicPrefixes.some((prefix) => route.url.startsWith(prefix))) {
        throw new Error(
          `route ${String(route.method)} ${route.url} declares no access: add config.access (auth/policies.ts)`,
        );
      }
      declared = { kind: 'public' };
      route.config = { ...route.config, access: declared };
    }
    // The OpenAPI document says what each operation needs (and that public ones need nothing).
    const annotations: Record<string, unknown> = {
      'x-access': describeAccess(declared),
      ...(declared.kind === 'public' ? { security: [] } : {}),
    };
    route.schema = { ...route.schema, ...annotations };
  });
}

export function describeAccess(declared: Access): string {
  switch (declared.kind) {
    case 'public':
      return 'public';
    case 'user':
      return 'signed in';
    case 'workspace':
      return `${declared.role} (${declared.resource}.${declared.action}${declared.partners ? '; partner users: their own' : ''})`;
  }
}
