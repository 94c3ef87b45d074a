/**
 * Who is calling: resolved from `Authorization: Bearer pf_...` (which wins) or from the
 * session cookie. A bad bearer token is an error (the caller meant to authenticate); a
 * stale cookie just means "signed out".
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/connect.js';
import type { Role, TokenScope } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { findTokenUser, TOKEN_PREFIX } from './api-tokens.js';
import { authCaches, type TokenAnswer } from './lookup-cache.js';
import { sha256 } from './secrets.js';
import { type ActiveSession, findSession, SESSION_COOKIE } from './sessions.js';
import type { User } from './users.js';

export type Principal =
  | {
      readonly via: 'session';
      readonly user: User;
      readonly sessionId: string;
      readonly csrfToken: string;
      readonly expiresAt: string;
    }
  | {
      readonly via: 'token';
      readonly user: User;
      readonly tokenId: string;
      /** `read`: safe methods only. */
      readonly scope: TokenScope;
      /** The one workspace the token may reach (null: all of the user's). */
      readonly workspaceId: string | null;
    };

/** The workspace of the request (from its `slug`) and the caller's role in it. */
export interface WorkspaceAccess {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly role: Role;
  /** For the `partner` role: the key of the partner the caller speaks for. */
  readonly partnerKey: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    workspace: WorkspaceAccess | null;
  }
}

const BEARER = /^bearer\s+(\S+)\s*$/i;

export interface ResolveOptions {
  /** May the answer come from the short-lived lookup cache (lookup-cache.ts)? Safe methods only. */
  readonly cached?: boolean;
}

export async function resolvePrincipal(
  db: Db,
  request: FastifyRequest,
  now: Date,
  options: ResolveOptions = {},
): Promise<Principal | null> {
  const cached = options.cached ?? false;
  const header = request.headers.authorization;
  if (header !== undefined && header !== '') {
    const token = BEARER.exec(header)?.[1];
    const found = token === undefined ? undefined : await tokenUser(db, token, now, cached);
    if (!found) {
      throw new HttpProblem('unauthenticated', 'the API token is not valid or was revoked', {
        headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
      });
    }
    return {
      via: 'token',
      user: found.user,
      tokenId: found.tokenId,
      scope: found.scope,
      workspaceId: found.workspaceId,
    };
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (secret === undefined || secret === '') return null;
  const session = await sessionOf(db, secret, now, cached);
  if (!session) return null;
  return {
    via: 'session',
    user: session.user,
    sessionId: session.id,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  };
}

async function tokenUser(
  db: Db,
  token: string,
  now: Date,
  cached: boolean,
): Promise<TokenAnswer | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 128) return undefined;
  const cache = authCaches(db).tokens;
  const key = sha256(token);
  if (cached) {
    const hit = cache.get(key);
    // Expiry is the request clock's business, whatever the cache holds.
    if (hit !== undefined && (hit.expiresAt === null || hit.expiresAt > now.toISOString())) {
      return hit;
    }
  }
  const generation = cache.generation;
  const found = await findTokenUser(db, token, now);
  if (found) cache.set(key, found, generation);
  return found;
}

async function sessionOf(
  db: Db,
  secret: string,
  now: Date,
  cached: boolean,
): Promise<ActiveSession | undefined> {
  if (secret.length === 0 || secret.length > 128) return undefined;
  const cache = authCaches(db).sessions;
  const key = sha256(secret);
  if (cached) {
    const hit = cache.get(key);
    // Expiry is the request clock's business, whatever the cache holds.
    if (hit !== undefined && hit.expiresAt > now.toISOString()) return hit;
  }
  const generation = cache.generation;
  const found = await findSession(db, secret, now);
  if (found) cache.set(key, found, generation);
  return found;
}

/** The signed-in caller; throws 401 on a route reached without one (cannot happen past the guard). */
export function callerOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new HttpProblem('unauthenticated', 'sign in first');
  return request.principal;
}

/** The request's workspace, as the guard resolved it. */
export function workspaceOf(request: FastifyRequest): WorkspaceAccess {
  if (!request.workspace) throw new Error('route has no workspace access declared');
  return request.workspace;
}

/** How the audit log names the caller. */
export const actorOf = (request: FastifyRequest): string => callerOf(request).user.email;
