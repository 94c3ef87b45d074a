/**
 * Sign-in, sessions, CSRF and API tokens through the HTTP API, on both databases.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApi, PASSWORD, signIn, type TestApi } from '../routes/test-support/api.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { sha256 } from './secrets.js';

describeEachDatabase('accounts over HTTP', (get) => {
  let api: TestApi;
  let now = new Date('2030-01-01T00:00:00Z');
  beforeAll(async () => {
    api = await createTestApi(get().db, {
      clock: () => now,
      config: { loginRateMax: 5, loginRateWindowSeconds: 60, sessionTtlSeconds: 3600 },
    });
  });
  afterAll(() => api.close());

  const partners = () => `/api/workspaces/${api.slug}/partners`;

  it('signs in with a session cookie: HttpOnly, SameSite=Lax, Path=/, not Secure on plain HTTP', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: api.emails.editor.toUpperCase(), password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ user: { email: string }; csrfToken: string; expiresAt: string }>();
    expect(body.user.email).toBe(api.emails.editor);
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(body.expiresAt).toBe('2030-01-01T01:00:00.000Z');
    expect(res.body).not.toMatch(/password|hash/i);
    const cookie = res.cookies.find((c) => c.name === 'pf_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.maxAge).toBe(3600);
    // Only the secret's SHA-256 is stored: a copy of the database holds no usable session.
    const rows = await api.db.kysely.selectFrom('sessions').select('id').execute();
    expect(rows.map((r) => r.id)).toContain(sha256(cookie?.value ?? ''));
    expect(rows.map((r) => r.id)).not.toContain(cookie?.value);
  });

  it('marks the cookie Secure when configured', async () => {
    const secure = await createTestApi(api.db, { config: { cookieSecure: true } });
    try {
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: secure.emails.viewer, password: PASSWORD },
      });
      expect(res.cookies.find((c) => c.name === 'pf_session')?.secure).toBe(true);
      expect(res.headers['strict-transport-security']).toBeDefined();
    } finally {
      await secure.close();
    }
  });

  it('refuses a wrong password and an unknown email alike, with 401 invalid_credentials', async () => {
    for (const payload of [
      { email: api.emails.owner, password: 'wrong password' },
      { email: 'nobody@example.org', password: PASSWORD },
    ]) {
      const res = await api.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'invalid_credentials', status: 401 });
      expect(res.cookies).toEqual([]);
    }
  });

  it('uses the session for reads; unsafe methods need the CSRF header', async () => {
    const { cookie, csrfToken } = await signIn(api.app, api.emails.editor);
    const read = await api.app.inject({ method: 'GET', url: partners(), headers: { cookie } });
    expect(read.statusCode).toBe(200);
    expect(read.headers['cache-control']).toBe('no-store');

    const create = {
      method: 'POST' as const,
      url: partners(),
      payload: { id: 'csrf-a', kind: 'other' },
    };
    const without = await api.app.inject({ ...create, headers: { cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ code: 'csrf' });
    const wrong = await api.app.inject({ ...create, headers: { cookie, 'x-csrf-token': 'nope' } });
    expect(wrong.json()).toMatchObject({ code: 'csrf' });
    expect(
      await api.db.kysely.selectFrom('partners').select('id').where('key', '=', 'csrf-a').execute(),
    ).toEqual([]);

    const ok = await api.app.inject({ ...create, headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(ok.statusCode).toBe(201);
  });

  it('returns the CSRF token again from GET /api/auth/session', async () => {
    const { cookie, csrfToken } = await signIn(api.app, api.emails.viewer);
    const res = await api.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie },
    });
    expect(res.json()).toMatchObject({
      via: 'session',
      csrfToken,
      user: { email: api.emails.viewer },
    });
  });

  it('lets bearer tokens through without CSRF, and the bearer wins over a cookie', async () => {
    const res = await api.as('editor', {
      method: 'POST',
      url: partners(),
      payload: { id: 'bearer-a', kind: 'other' },
    });
    expect(res.statusCode).toBe(201);
    const { cookie } = await signIn(api.app, api.emails.viewer);
    const both = await api.as('editor', {
      method: 'POST',
      url: partners(),
      headers: { cookie },
      payload: { id: 'bearer-b', kind: 'other' },
    });
    expect(both.statusCode).toBe(201);
    const session = await api.as('viewer', { method: 'GET', url: '/api/auth/session' });
    expect(session.json()).toEqual({
      via: 'token',
      user: expect.objectContaining({ email: api.emails.viewer }),
    });
  });

  it('answers 401 with WWW-Authenticate for a bad or revoked token', async () => {
    for (const token of ['pf_nonsense', 'not-even-a-token', '']) {
      const res = await api.app.inject({
        method: 'GET',
        url: '/api/workspaces',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'unauthenticated' });
    }
    const bad = await api.app.inject({
      method: 'GET',
      url: '/api/workspaces',
      headers: { authorization: 'Bearer pf_nonsense' },
    });
    expect(bad.headers['www-authenticate']).toMatch(/invalid_token/);
  });

  it('creates, lists and revokes your own API tokens; the secret is shown once', async () => {
    const created = await api.as('viewer', {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'script' },
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json<{ id: string; token: string }>();
    expect(token).toMatch(/^pf_[A-Za-z0-9_-]{40,}$/);
    const viaNew = await api.app.inject({
      method: 'GET',
      url: '/api/workspaces',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(viaNew.statusCode).toBe(200);
    const list = await api.as('viewer', { method: 'GET', url: '/api/tokens' });
    expect(list.body).not.toContain(token);
    expect(list.json<{ id: string }[]>().map((t) => t.id)).toContain(id);
    // Another user cannot revoke it.
    const foreign = await api.as('owner', { method: 'DELETE', url: `/api/tokens/${id}` });
    expect(foreign.statusCode).toBe(404);
    const revoked = await api.as('viewer', { method: 'DELETE', url: `/api/tokens/${id}` });
    expect(revoked.statusCode).toBe(204);
    const after = await api.app.inject({
      method: 'GET',
      url: '/api/workspaces',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('signs out: the row is deleted and the cookie stops working', async () => {
    const { cookie, csrfToken } = await signIn(api.app, api.emails.owner);
    const before = await api.db.kysely.selectFrom('sessions').select('id').execute();
    const out = await api.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'pf_session');
    expect(cleared?.value).toBe('');
    const afterRows = await api.db.kysely.selectFrom('sessions').select('id').execute();
    expect(afterRows.length).toBe(before.length - 1);
    const res = await api.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie },
    });
    expect(res.statusCode).toBe(401);
  });

  it('expires sessions after their lifetime', async () => {
    const { cookie } = await signIn(api.app, api.emails.viewer);
    now = new Date(now.getTime() + 3601 * 1000);
    try {
      const res = await api.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { cookie },
      });
      expect(res.statusCode).toBe(401);
    } finally {
      now = new Date('2030-01-01T00:00:00Z');
    }
  });

  it('throttles sign-in per account with a 429 problem and an exponential back-off', async () => {
    const attempt = (email: string, address: string) =>
      api.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: address,
        payload: { email, password: 'not the password' },
      });
    const email = 'limited@example.org';
    // From five addresses, so that only the account's count can stop them.
    for (let i = 0; i < 5; i += 1)
      expect((await attempt(email, `10.9.8.${i}`)).statusCode).toBe(401);
    const limited = await attempt(email, '10.9.8.99');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json()).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(limited.headers['retry-after']).toBe('1');
    // After the wait, one more failure doubles it.
    now = new Date(now.getTime() + 1500);
    try {
      expect((await attempt(email, '10.9.8.98')).statusCode).toBe(401);
      expect((await attempt(email, '10.9.8.97')).headers['retry-after']).toBe('2');
    } finally {
      now = new Date('2030-01-01T00:00:00Z');
    }
  });

  it('throttles 40 sign-ins with 40 different emails from one address (issue 10 #6)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.7.7.7',
        payload: { email: `spray-${i}@example.org`, password: 'not the password' },
      });
      statuses.push(res.statusCode);
    }
    // loginRateMax is 5 here: five failures, then the address waits.
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    // A throttled answer is the same for an account that exists: nothing to enumerate.
    const real = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.7.7.7',
      payload: { email: api.emails.viewer, password: PASSWORD },
    });
    expect(real.statusCode).toBe(429);
    const events = await api.db.kysely
      .selectFrom('security_events')
      .select(['event', 'outcome', 'address'])
      .where('address', '=', '10.7.7.7')
      .execute();
    expect(events.filter((e) => e.outcome === 'failure')).toHaveLength(5);
    expect(events.filter((e) => e.outcome === 'throttled')).toHaveLength(36);
  });

  it('counts failures in the database: a second server process on it sees the lock', async () => {
    // Another process on the same database (its own app, its own memory).
    const other = await createTestApi(api.db, {
      clock: () => now,
      config: { loginRateMax: 5, loginRateWindowSeconds: 60 },
    });
    try {
      const attempt = (app: TestApi, address: string) =>
        app.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: address,
          payload: { email: 'shared-count@example.org', password: 'not the password' },
        });
      // Five failures for one account, alternating between the two processes.
      for (let i = 0; i < 5; i += 1) {
        const res = await attempt(i % 2 === 0 ? api : other, `10.6.6.${i}`);
        expect(res.statusCode).toBe(401);
      }
      for (const app of [api, other]) {
        const res = await attempt(app, '10.6.6.99');
        expect(res.statusCode).toBe(429);
        expect(res.headers['retry-after']).toBe('1');
      }
      const rows = await api.db.kysely
        .selectFrom('login_throttle')
        .select(['key', 'failures'])
        .where('key', '=', 'account:shared-count@example.org')
        .execute();
      expect(rows).toEqual([{ key: 'account:shared-count@example.org', failures: 5 }]);
    } finally {
      await other.close();
    }
  });
});
