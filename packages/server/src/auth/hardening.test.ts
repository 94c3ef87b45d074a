/**
 * Issue 10, finding 6 ("Accounts"), one test per finding that failed before the accounts
 * were hardened: password rules, revocation on password change and reset, token expiry
 * and scopes, the security log, Secure cookies behind an HTTPS proxy. (Sign-in throttling
 * is in auth-routes.test.ts; the first-run password file in first-run.test.ts.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApi, PASSWORD, signIn, type TestApi } from '../routes/test-support/api.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createApiToken } from './api-tokens.js';
import { passwordProblem } from './password-policy.js';
import { createUser, setPassword } from './users.js';

describeEachDatabase('accounts hardened (issue 10 #6)', (get) => {
  let api: TestApi;
  let now = new Date('2031-03-01T00:00:00Z');
  beforeAll(async () => {
    api = await createTestApi(get().db, {
      clock: () => now,
      config: { loginRateMax: 1000, trustProxy: true },
    });
  });
  afterAll(() => api.close());
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const partners = () => `/api/workspaces/${api.slug}/partners`;

  it('refuses short, common and repetitive passwords (the CLI used to accept aaaaaaaa)', async () => {
    for (const [password, problem] of [
      ['aaaaaaaa', 'too_short'],
      ['eleven char', 'too_short'],
      ['password1234', 'common'],
      ['qwerty123456', 'common'],
      ['!!Password2024!!', 'common'],
      ['aaaaaaaaaaaa', 'repetitive'],
      ['abababababab', 'repetitive'],
    ] as const) {
      expect(passwordProblem(password), password).toBe(problem);
      await expect(
        createUser(api.db, { email: `weak-${problem}@example.org`, password }),
      ).rejects.toMatchObject({
        code: 'invalid',
        field: 'password',
        reason: `password_${problem}`,
      });
    }
    expect(passwordProblem('grace.hopper@navy.mil', 'grace.hopper@navy.mil')).toBe('is_email');
    expect(passwordProblem(PASSWORD)).toBeNull();
    expect(passwordProblem('十二个字符的中文密码也可以用')).toBeNull();
  });

  it('a password reset ends every session and API token of the account', async () => {
    const email = 'reset-me@example.org';
    await createUser(api.db, { email, password: 'the first long password' });
    const session = await signIn(api.app, email, 'the first long password');
    const token = await createApiToken(api.db, { email }, () => now);
    const ok = await api.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: bearer(token),
    });
    expect(ok.statusCode).toBe(200);
    await setPassword(api.db, email, 'the second long password');
    for (const headers of [bearer(token), { cookie: session.cookie }]) {
      const res = await api.app.inject({ method: 'GET', url: '/api/auth/session', headers });
      expect(res.statusCode).toBe(401);
    }
    await signIn(api.app, email, 'the second long password');
  });

  it('a password change over the API ends the other sessions and the tokens, keeps the caller signed in', async () => {
    const email = 'change-me@example.org';
    await createUser(api.db, { email, password: 'an old long password' });
    const other = await signIn(api.app, email, 'an old long password');
    const mine = await signIn(api.app, email, 'an old long password');
    const token = await createApiToken(api.db, { email }, () => now);
    const weak = await api.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: mine.cookie, 'x-csrf-token': mine.csrfToken },
      payload: { currentPassword: 'an old long password', newPassword: 'password1234' },
    });
    expect(weak.json()).toMatchObject({
      status: 422,
      errors: [expect.objectContaining({ path: 'password', code: 'password_common' })],
    });
    const wrong = await api.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: mine.cookie, 'x-csrf-token': mine.csrfToken },
      payload: { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' },
    });
    expect(wrong.statusCode).toBe(422);
    const changed = await api.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: mine.cookie, 'x-csrf-token': mine.csrfToken },
      payload: { currentPassword: 'an old long password', newPassword: 'a brand new passphrase' },
    });
    expect(changed.statusCode).toBe(200);
    const fresh = changed.cookies.find((c) => c.name === 'pf_session');
    for (const headers of [bearer(token), { cookie: other.cookie }, { cookie: mine.cookie }]) {
      const res = await api.app.inject({ method: 'GET', url: '/api/auth/session', headers });
      expect(res.statusCode).toBe(401);
    }
    const still = await api.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `pf_session=${fresh?.value}` },
    });
    expect(still.statusCode).toBe(200);
  });

  it('API tokens expire (90 days by default)', async () => {
    const created = await api.as('viewer', {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'expiring' },
    });
    const { token, expiresAt } = created.json<{ token: string; expiresAt: string }>();
    expect(expiresAt).toBe(new Date(now.getTime() + 90 * 86_400_000).toISOString());
    const short = await api.as('viewer', {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'a day', expiresInDays: 1 },
    });
    const day = short.json<{ token: string }>().token;
    const saved = now;
    try {
      now = new Date(saved.getTime() + 2 * 86_400_000);
      expect(
        (await api.app.inject({ method: 'GET', url: '/api/workspaces', headers: bearer(day) }))
          .statusCode,
      ).toBe(401);
      expect(
        (await api.app.inject({ method: 'GET', url: '/api/workspaces', headers: bearer(token) }))
          .statusCode,
      ).toBe(200);
      now = new Date(saved.getTime() + 91 * 86_400_000);
      expect(
        (await api.app.inject({ method: 'GET', url: '/api/workspaces', headers: bearer(token) }))
          .statusCode,
      ).toBe(401);
    } finally {
      now = saved;
    }
  });

  it('a read-only token only reads; a workspace-bound token reaches no other workspace', async () => {
    const read = await api.as('editor', {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'reader', scope: 'read' },
    });
    const reader = read.json<{ token: string; scope: string }>();
    expect(reader.scope).toBe('read');
    expect(
      (await api.app.inject({ method: 'GET', url: partners(), headers: bearer(reader.token) }))
        .statusCode,
    ).toBe(200);
    const write = await api.app.inject({
      method: 'POST',
      url: partners(),
      headers: bearer(reader.token),
      payload: { id: 'by-reader', kind: 'other' },
    });
    expect(write.statusCode).toBe(403);
    // A read-only token cannot mint itself a writing one.
    const mint = await api.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: bearer(reader.token),
      payload: { name: 'escalate' },
    });
    expect(mint.statusCode).toBe(403);

    await createUser(api.db, { email: 'two-ws@example.org', password: PASSWORD });
    const { addMember } = await import('./memberships.js');
    await addMember(api.db, {
      workspaceSlug: api.slug,
      email: 'two-ws@example.org',
      role: 'editor',
    });
    await addMember(api.db, {
      workspaceSlug: 'second-ws',
      email: 'two-ws@example.org',
      role: 'owner',
    });
    const bound = await createApiToken(
      api.db,
      { email: 'two-ws@example.org', workspace: 'second-ws' },
      () => now,
    );
    const own = await api.app.inject({
      method: 'GET',
      url: '/api/workspaces/second-ws/partners',
      headers: bearer(bound),
    });
    expect(own.statusCode).toBe(200);
    const other = await api.app.inject({ method: 'GET', url: partners(), headers: bearer(bound) });
    expect(other.statusCode).toBe(404);
    const account = await api.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: bearer(bound),
      payload: { name: 'unbound' },
    });
    expect(account.statusCode).toBe(403);
    await expect(
      createApiToken(api.db, { email: 'two-ws@example.org', workspace: 'nope' }),
    ).rejects.toMatchObject({ code: 'not_member' });
  });

  it('writes every security event with actor, address and outcome', async () => {
    const email = 'logged@example.org';
    await createUser(api.db, { email, password: PASSWORD });
    const address = '192.0.2.44';
    await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: address,
      payload: { email, password: 'wrong wrong wrong' },
    });
    const login = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: address,
      payload: { email, password: PASSWORD },
    });
    const cookie = `pf_session=${login.cookies.find((c) => c.name === 'pf_session')?.value}`;
    const csrf = login.json<{ csrfToken: string }>().csrfToken;
    const headers = { cookie, 'x-csrf-token': csrf };
    const created = await api.app.inject({
      method: 'POST',
      url: '/api/tokens',
      remoteAddress: address,
      headers,
      payload: { name: 'logged' },
    });
    const { id } = created.json<{ id: string }>();
    await api.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${id}`,
      remoteAddress: address,
      headers,
    });
    // A member of nothing asks for workspace A: refused, and logged.
    await api.app.inject({ method: 'GET', url: partners(), remoteAddress: address, headers });
    await api.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      remoteAddress: address,
      headers,
      payload: { currentPassword: PASSWORD, newPassword: 'logged and changed' },
    });
    const events = await api.db.kysely
      .selectFrom('security_events')
      .select(['event', 'outcome', 'actor', 'address'])
      .where('actor', '=', email)
      .orderBy('at')
      .execute();
    const seen = events.map((e) => `${e.event}:${e.outcome}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'auth.login:failure',
        'auth.login:success',
        'token.create:success',
        'token.revoke:success',
        'request.denied:denied',
        'password.change:success',
      ]),
    );
    expect(events.every((e) => e.address === address)).toBe(true);
    const mine = await api.app.inject({
      method: 'GET',
      url: '/api/auth/events',
      headers: {
        cookie: `pf_session=${(await signIn(api.app, email, 'logged and changed')).cookie.split('=')[1]}`,
      },
    });
    expect(mine.json<{ event: string }[]>().map((e) => e.event)).toContain('auth.login');
    const out = await signIn(api.app, email, 'logged and changed');
    await api.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: out.cookie, 'x-csrf-token': out.csrfToken },
    });
    const logout = await api.db.kysely
      .selectFrom('security_events')
      .select('event')
      .where('actor', '=', email)
      .where('event', '=', 'auth.logout')
      .execute();
    expect(logout).toHaveLength(1);
  });

  it('marks the session cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
    const viaProxy = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: api.emails.viewer, password: PASSWORD },
    });
    expect(viaProxy.cookies.find((c) => c.name === 'pf_session')?.secure).toBe(true);
    expect(viaProxy.headers['strict-transport-security']).toMatch(/max-age=/);
    const plain = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: api.emails.viewer, password: PASSWORD },
    });
    expect(plain.cookies.find((c) => c.name === 'pf_session')?.secure).toBeFalsy();
  });
});
