/**
 * Signing in and out, and changing one's password. A session is a row in the database and
 * a cookie holding its secret (HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS: see
 * `cookieSecure`). Sign-in is throttled per client address and per account with
 * exponential back-off (auth/login-throttle.ts); every attempt goes to the security log.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LoginThrottle } from '../../auth/login-throttle.js';
import { access } from '../../auth/policies.js';
import { callerOf } from '../../auth/principal.js';
import { listSecurityEvents, recordSecurityEvent } from '../../auth/security-log.js';
import { createSession, deleteSession, SESSION_COOKIE } from '../../auth/sessions.js';
import { checkCredentials, normalizeEmail, setPassword } from '../../auth/users.js';
import type { Config } from '../../config.js';
import type { RoutePlugin } from '../../http/context.js';
import { HttpProblem } from '../../http/problem.js';
import { presentUser } from '../../presenters/account.js';
import { presentAs } from '../../presenters/report.js';
import { noContent } from '../shared-schema.js';
import {
  changePasswordBody,
  loginBody,
  loginResponse,
  securityEventSchema,
  sessionResponse,
} from './schema.js';

/** Is the cookie to be `Secure` for this request? (`auto`: when it came over HTTPS.) */
export const secureCookie = (config: Config, request: FastifyRequest): boolean =>
  config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure;

const cookieOptions = (config: Config, request: FastifyRequest) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: secureCookie(config, request),
  path: '/',
});

export const authRoutes: RoutePlugin = async (app, { db, config, clock }) => {
  const throttle = new LoginThrottle(db, {
    perAddress: config.loginRateMax,
    perAccount: Math.min(5, config.loginRateMax),
    maxDelaySeconds: config.loginRateWindowSeconds,
  });

  async function startSession(request: FastifyRequest, reply: FastifyReply, userId: string) {
    const session = await createSession(db, userId, config.sessionTtlSeconds, clock());
    reply.setCookie(SESSION_COOKIE, session.secret, {
      ...cookieOptions(config, request),
      expires: new Date(session.expiresAt),
      maxAge: config.sessionTtlSeconds,
    });
    return session;
  }

  app.post(
    '/api/auth/login',
    {
      config: { access: access.public() },
      schema: {
        summary: 'Sign in: sets the session cookie and returns the CSRF token',
        description:
          'Throttled per client address and per account: after a few failures each further one doubles the wait (429 with Retry-After).',
        tags: ['auth'],
        body: loginBody,
        response: { 200: loginResponse },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const now = clock();
      const event = { event: 'auth.login' as const, actor: email, address: request.ip, at: now };
      const wait = await throttle.retryAfter(request.ip, email, now.getTime());
      if (wait > 0) {
        await recordSecurityEvent(db, { ...event, outcome: 'throttled' }, request.log);
        throw new HttpProblem(
          'rate_limited',
          `too many failed sign-ins; try again in ${wait} second${wait === 1 ? '' : 's'}`,
          { headers: { 'retry-after': String(wait) } },
        );
      }
      const user = await checkCredentials(db, email, request.body.password);
      if (!user) {
        await throttle.failed(request.ip, email, now.getTime());
        await recordSecurityEvent(db, { ...event, outcome: 'failure' }, request.log);
        throw new HttpProblem('invalid_credentials', 'wrong email or password');
      }
      await throttle.succeeded(email);
      const session = await startSession(request, reply, user.id);
      await recordSecurityEvent(db, { ...event, outcome: 'success', userId: user.id }, request.log);
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
      await recordSecurityEvent(
        db,
        {
          event: 'auth.logout',
          outcome: 'success',
          actor: caller.user.email,
          userId: caller.user.id,
          address: request.ip,
          detail: { via: caller.via },
          at: clock(),
        },
        request.log,
      );
      reply.clearCookie(SESSION_COOKIE, cookieOptions(config, request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: access.user() },
      schema: {
        summary: 'Change your password: ends every session and API token of the account',
        description:
          'Answers a new session (cookie and CSRF token) for the caller; every other session and every API token of the account stops working.',
        tags: ['auth'],
        body: changePasswordBody,
        response: { 200: loginResponse },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const event = {
        event: 'password.change' as const,
        actor: caller.user.email,
        userId: caller.user.id,
        address: request.ip,
      };
      const ok = await checkCredentials(db, caller.user.email, request.body.currentPassword);
      if (!ok) {
        await throttle.failed(request.ip, caller.user.email, clock().getTime());
        await recordSecurityEvent(db, { ...event, outcome: 'failure', at: clock() }, request.log);
        throw new HttpProblem('unprocessable', 'the current password is wrong', {
          errors: [{ path: 'currentPassword', message: 'wrong password', location: 'body' }],
        });
      }
      await setPassword(db, caller.user.email, request.body.newPassword);
      await recordSecurityEvent(db, { ...event, outcome: 'success', at: clock() }, request.log);
      const session = await startSession(request, reply, caller.user.id);
      return {
        user: presentUser(caller.user),
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
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

  app.get(
    '/api/auth/events',
    {
      config: { access: access.user() },
      schema: {
        summary: 'Your security log: sign-ins, failures, tokens, password changes, refusals',
        tags: ['auth'],
        response: { 200: securityEventSchema.array() },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return presentAs(securityEventSchema.array())(
        await listSecurityEvents(db, { userId: caller.user.id, actor: caller.user.email }),
      );
    },
  );
};
