/**
 * Signing in and out. A session is a row in the database and a cookie holding its secret
 * (HttpOnly, SameSite=Lax, Path=/, Secure when configured); sign-in is rate limited per
 * client address and email.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { access } from '../../auth/policies.js';
import { callerOf } from '../../auth/principal.js';
import { createSession, deleteSession, SESSION_COOKIE } from '../../auth/sessions.js';
import { checkCredentials, normalizeEmail } from '../../auth/users.js';
import type { Config } from '../../config.js';
import type { RoutePlugin } from '../../http/context.js';
import { HttpProblem } from '../../http/problem.js';
import { presentUser } from '../../presenters/account.js';
import { noContent } from '../shared-schema.js';
import { loginBody, loginResponse, sessionResponse } from './schema.js';

const cookieOptions = (config: Config) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: config.cookieSecure,
  path: '/',
});

function loginKey(request: FastifyRequest): string {
  const body = request.body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? normalizeEmail(body.email) : '';
  return `${request.ip}|${email}`;
}

export const authRoutes: RoutePlugin = async (app, { db, config, clock }) => {
  app.post(
    '/api/auth/login',
    {
      config: {
        access: access.public(),
        rateLimit: {
          max: config.loginRateMax,
          timeWindow: config.loginRateWindowSeconds * 1000,
          // After validation, so that the key can include the email.
          hook: 'preHandler',
          keyGenerator: loginKey,
        },
      },
      schema: {
        summary: 'Sign in: sets the session cookie and returns the CSRF token',
        tags: ['auth'],
        body: loginBody,
        response: { 200: loginResponse },
      },
    },
    async (request, reply) => {
      const user = await checkCredentials(db, request.body.email, request.body.password);
      if (!user) throw new HttpProblem('invalid_credentials', 'wrong email or password');
      const now = clock();
      const session = await createSession(db, userIdOf(user), config.sessionTtlSeconds, now);
      reply.setCookie(SESSION_COOKIE, session.secret, {
        ...cookieOptions(config),
        expires: new Date(session.expiresAt),
        maxAge: config.sessionTtlSeconds,
      });
      return {
        user: presentUser(user),
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: access.user() },
      schema: {
        summary: 'Sign out: ends this session (a no-op for API tokens)',
        tags: ['auth'],
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (caller.via === 'session') await deleteSession(db, caller.sessionId);
      clearSessionCookie(reply, config);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { access: access.user() },
      schema: {
        summary: 'Who am I? (and the CSRF token of a cookie session)',
        tags: ['auth'],
        response: { 200: sessionResponse },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return caller.via === 'session'
        ? {
            user: presentUser(caller.user),
            via: caller.via,
            csrfToken: caller.csrfToken,
            expiresAt: caller.expiresAt,
          }
        : { user: presentUser(caller.user), via: caller.via };
    },
  );
};

const userIdOf = (user: { readonly id: string }) => user.id;

function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}
