/**
 * Invitations a person accepts (issue 10 #6: "any signed-in user can add any existing
 * account to a workspace without that person's consent, and learn from the answer
 * whether an email has an account").
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApi, PASSWORD, signIn, type TestApi } from '../routes/test-support/api.js';
import { createPartner } from '../store/partners.js';
import { getWorkspaceBySlug } from '../store/workspaces.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { listMembers } from './memberships.js';
import { createUser } from './users.js';

describeEachDatabase('invitations', (get) => {
  let api: TestApi;
  let now = new Date('2031-06-01T00:00:00Z');
  let workspaceId = '';
  beforeAll(async () => {
    api = await createTestApi(get().db, { clock: () => now, config: { loginRateMax: 1000 } });
    workspaceId = (await getWorkspaceBySlug(api.db, api.slug)).id;
  });
  afterAll(() => api.close());
  const invitations = () => `/api/workspaces/${api.slug}/invitations`;
  const invite = (email: string, role = 'viewer', partner?: string) =>
    api.as('owner', {
      method: 'POST',
      url: invitations(),
      payload: { email, role, ...(partner ? { partner } : {}) },
    });
  const accept = (payload: object, headers: Record<string, string> = {}) =>
    api.app.inject({ method: 'POST', url: '/api/invitations/accept', payload, headers });
  const memberEmails = async () => (await listMembers(api.db, workspaceId)).map((m) => m.email);

  it('no longer adds an existing account silently, and answers alike whether or not it exists', async () => {
    await createUser(api.db, { email: 'has-account@example.org', password: PASSWORD });
    const old = await api.as('owner', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/members`,
      payload: { email: 'has-account@example.org', role: 'viewer' },
    });
    expect(old.statusCode).toBe(404);
    const existing = await invite('has-account@example.org');
    const unknown = await invite('no-account@example.org');
    expect(existing.statusCode).toBe(201);
    expect(unknown.statusCode).toBe(201);
    const shape = (body: Record<string, unknown>) =>
      Object.keys(body)
        .sort()
        .map((k) => `${k}:${typeof body[k]}`);
    expect(shape(existing.json())).toEqual(shape(unknown.json()));
    expect(await memberEmails()).not.toContain('has-account@example.org');
    // Only owners invite.
    expect(
      (
        await api.as('editor', {
          method: 'POST',
          url: invitations(),
          payload: { email: 'x@example.org', role: 'viewer' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('a new person accepts by setting a password (checked by the policy), once', async () => {
    const { token, acceptPath } = (await invite('newcomer@example.org', 'editor')).json<{
      token: string;
      acceptPath: string;
    }>();
    expect(acceptPath).toBe(`/accept-invitation#${token}`);
    const lookup = await api.app.inject({
      method: 'POST',
      url: '/api/invitations/lookup',
      payload: { token },
    });
    expect(lookup.json()).toMatchObject({
      email: 'newcomer@example.org',
      role: 'editor',
      workspace: { slug: api.slug },
    });
    const weak = await accept({ token, password: 'password1234' });
    expect(weak.json()).toMatchObject({
      status: 422,
      errors: [expect.objectContaining({ code: 'password_common' })],
    });
    const ok = await accept({ token, password: 'a newcomer passphrase', name: 'New' });
    expect(ok.json()).toEqual({
      workspace: { slug: api.slug, name: api.slug },
      email: 'newcomer@example.org',
      role: 'editor',
      created: true,
    });
    expect(await memberEmails()).toContain('newcomer@example.org');
    await signIn(api.app, 'newcomer@example.org', 'a newcomer passphrase');
    // One time only.
    expect((await accept({ token, password: 'a newcomer passphrase' })).statusCode).toBe(404);
  });

  it('an existing account accepts signed in as itself (with CSRF) or with its password; nobody else can', async () => {
    await createUser(api.db, { email: 'grace@example.org', password: PASSWORD });
    const first = (await invite('grace@example.org')).json<{ token: string }>().token;
    const wrong = await accept({ token: first, password: 'not grace at all' });
    expect(wrong.statusCode).toBe(401);
    // Someone else signed in cannot take it.
    const other = await signIn(api.app, api.emails.viewer);
    const taken = await accept(
      { token: first },
      { cookie: other.cookie, 'x-csrf-token': other.csrfToken },
    );
    expect(taken.statusCode).toBe(403);
    const grace = await signIn(api.app, 'grace@example.org');
    expect((await accept({ token: first }, { cookie: grace.cookie })).statusCode).toBe(403);
    const ok = await accept(
      { token: first },
      { cookie: grace.cookie, 'x-csrf-token': grace.csrfToken },
    );
    expect(ok.json()).toMatchObject({ created: false, role: 'viewer' });
    expect(await memberEmails()).toContain('grace@example.org');

    await createUser(api.db, { email: 'hopper@example.org', password: PASSWORD });
    const second = (await invite('hopper@example.org')).json<{ token: string }>().token;
    expect((await accept({ token: second, password: PASSWORD })).json()).toMatchObject({
      created: false,
    });
  });

  it('invitations expire and can be revoked; owners list the pending ones', async () => {
    const late = (await invite('late@example.org')).json<{ token: string }>().token;
    const revoked = (await invite('revoked@example.org')).json<{ token: string; id: string }>();
    const list = await api.as('owner', { method: 'GET', url: invitations() });
    expect(list.json<{ email: string }[]>().map((i) => i.email)).toEqual(
      expect.arrayContaining(['late@example.org', 'revoked@example.org']),
    );
    expect(list.body).not.toContain(late);
    expect(
      (await api.as('owner', { method: 'DELETE', url: `${invitations()}/${revoked.id}` }))
        .statusCode,
    ).toBe(204);
    expect(
      (await accept({ token: revoked.token, password: 'a fine long password' })).statusCode,
    ).toBe(404);
    const saved = now;
    try {
      now = new Date(saved.getTime() + 8 * 86_400_000);
      expect((await accept({ token: late, password: 'a fine long password' })).statusCode).toBe(
        404,
      );
    } finally {
      now = saved;
    }
    const events = await api.db.kysely
      .selectFrom('security_events')
      .select(['event', 'outcome'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const seen = events.map((e) => `${e.event}:${e.outcome}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'invitation.create:success',
        'invitation.revoke:success',
        'invitation.accept:success',
      ]),
    );
  });

  it('invites a partner contact bound to one partner of the workspace', async () => {
    await createPartner(api.db, workspaceId, { id: 'univ-a', kind: 'academic' }, null);
    expect((await invite('contact@univ-a.edu', 'partner')).statusCode).toBe(422);
    expect((await invite('contact@univ-a.edu', 'partner', 'no-such')).statusCode).toBe(422);
    expect((await invite('contact@univ-a.edu', 'viewer', 'univ-a')).statusCode).toBe(422);
    const { token } = (await invite('contact@univ-a.edu', 'partner', 'univ-a')).json<{
      token: string;
    }>();
    expect((await accept({ token, password: 'a partner passphrase' })).json()).toMatchObject({
      role: 'partner',
    });
    const member = (await listMembers(api.db, workspaceId)).find(
      (m) => m.email === 'contact@univ-a.edu',
    );
    expect(member).toMatchObject({ role: 'partner', partnerKey: 'univ-a' });
  });
});
