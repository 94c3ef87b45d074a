/**
 * Who is calling: resolved from `Authorization: Bearer pf_...` (which wins) or from the
 * session cookie. A bad bearer token is an error (the caller meant to authenticate); a
 * stale cookie just means "signed out".
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/connect.js';
import type { Role } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { findTokenUser } from './api-tokens.js';
import { findSession, SESSION_COOKIE } from './sessions.js';
import type { User } from './users.js';

export type Principal =
  | {
      readonly via: 'session';
      readonly user: User;
      readonly sessionId: string;
      readonly csrfToken: string;
      readonly expiresAt: string;
    }
  | { readonly via: 'token'; readonly user: User; readonly tokenId: string };

/** The workspace of the request (from its `slug`) and the caller's role in it. */
export interface WorkspaceAccess {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly role: Role;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    workspace: WorkspaceAccess | null;
  }
}

const BEARER = /^bearer\s+(\S+)\s*$/i;

export async function resolvePrincipal(
  db: Db,
  request: FastifyRequest,
  now: Date,
): Promise<Principal | null> {
  const header = request.headers.authorization;
  if (header !== undefined && header !== '') {
    const token = BEARER.exec(header)?.[1];
    const found = token === undefined ? undefined : await findTokenUser(db, token, now);
    if (!found) {
      throw new HttpProblem('unauthenticated', 'the API token is not valid or was revoked', {
        headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
      });
    }
    return { via: 'token', user: found.user, tokenId: found.tokenId };
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (secret === undefined || secret === '') return null;
  const session = await findSession(db, secret, now);
  if (!session) return null;
  return {
    via: 'session',
    user: session.user,
    sessionId: session.id,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  };
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
