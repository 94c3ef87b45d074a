/**
 * The account functions the CLI calls (`user add`, `token create`), and the members and
 * workspaces routes built on them.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApi, PASSWORD, type TestApi } from '../routes/test-support/api.js';
import { AccountError } from '../store/account-errors.js';
import { listAudit } from '../store/audit.js';
import { verifyAuditChain } from '../store/audit-verify.js';
import { getWorkspaceBySlug } from '../store/workspaces.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createApiToken } from './api-tokens.js';
import { addMember, insertMember, listMembers } from './memberships.js';
import { checkCredentials, createUser } from './users.js';

describeEachDatabase('accounts', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db);
  });
  afterAll(() => api.close());
  const db = () => get().db;

  it('createUser normalises the email, hashes the password and refuses duplicates', async () => {
    const user = await createUser(db(), {
      email: '  Ada@Example.ORG ',
      password: 'analytical engine',
      name: 'Ada',
    });
    expect(user).toMatchObject({ email: 'ada@example.org', name: 'Ada' });
    const row = await db()
      .kysely.selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row.password_hash).not.toContain('analytical');
    expect(await checkCredentials(db(), 'ADA@example.org', 'analytical engine')).toMatchObject({
      id: user.id,
    });
    await expect(
      createUser(db(), { email: 'ada@example.org', password: 'another one, longer' }),
    ).rejects.toMatchObject({
      code: 'duplicate',
    });
    await expect(
      createUser(db(), { email: 'not-an-email', password: 'long enough' }),
    ).rejects.toBeInstanceOf(AccountError);
    await expect(
      createUser(db(), { email: 'short@example.org', password: 'short' }),
    ).rejects.toMatchObject({
      code: 'invalid',
      field: 'password',
    });
  });

  it('addMember creates the workspace when new, and is idempotent (the role is updated)', async () => {
    await createUser(db(), { email: 'grace@example.org', password: PASSWORD });
    const first = await addMember(db(), {
      workspaceSlug: 'navy',
      email: 'grace@example.org',
      role: 'owner',
    });
    expect(first).toMatchObject({ created: true, role: 'owner', workspace: { slug: 'navy' } });
    await createUser(db(), { email: 'hopper@example.org', password: PASSWORD });
    await addMember(db(), { workspaceSlug: 'navy', email: 'hopper@example.org', role: 'viewer' });
    const again = await addMember(db(), {
      workspaceSlug: 'navy',
      email: 'hopper@example.org',
      role: 'editor',
    });
    expect(again.created).toBe(false);
    const ws = await getWorkspaceBySlug(db(), 'navy');
    const members = await listMembers(db(), ws.id);
    expect(members.map((m) => [m.email, m.role])).toEqual([
      ['grace@example.org', 'owner'],
      ['hopper@example.org', 'editor'],
    ]);
    const actions = (await listAudit(db(), ws.id, { limit: 10 })).map((e) => e.action).reverse();
    expect(actions).toEqual(['workspace.create', 'member.add', 'member.add', 'member.role']);
    expect(await verifyAuditChain(db(), ws.id)).toMatchObject({ intact: true });
    await expect(
      addMember(db(), { workspaceSlug: 'navy', email: 'nobody@example.org', role: 'viewer' }),
    ).rejects.toMatchObject({ code: 'unknown_user' });
  });

  it('createApiToken prints a token that works as a bearer on the API', async () => {
    const token = await createApiToken(db(), { email: api.emails.viewer });
    expect(token).toMatch(/^pf_/);
    const res = await api.app.inject({
      method: 'GET',
      url: '/api/workspaces',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.json()).toEqual([{ slug: api.slug, name: api.slug, role: 'viewer' }]);
    await expect(createApiToken(db(), { email: 'nobody@example.org' })).rejects.toMatchObject({
      code: 'unknown_user',
    });
  });

  it('creates a workspace over HTTP with the caller as owner; a taken slug is 409', async () => {
    const created = await api.as('viewer', {
      method: 'POST',
      url: '/api/workspaces',
      payload: { slug: 'viewers-own', name: 'Mine' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ slug: 'viewers-own', name: 'Mine', role: 'owner' });
    const taken = await api.as('editor', {
      method: 'POST',
      url: '/api/workspaces',
      payload: { slug: 'viewers-own', name: 'Again' },
    });
    expect(taken.statusCode).toBe(409);
    const bad = await api.as('editor', {
      method: 'POST',
      url: '/api/workspaces',
      payload: { slug: 'Bad Slug!', name: 'x' },
    });
    expect(bad.json()).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ path: 'slug' })],
    });
  });

  it('lets owners manage members, and keeps a workspace from losing its last owner', async () => {
    const members = `/api/workspaces/${api.slug}/members`;
    await createUser(db(), { email: 'new-member@example.org', password: PASSWORD });
    const ws = await getWorkspaceBySlug(db(), api.slug);
    await insertMember(db(), ws.id, { email: 'New-Member@example.org', role: 'viewer' }, null);
    const promoted = await api.as('owner', {
      method: 'PATCH',
      url: `${members}/new-member@example.org`,
      payload: { role: 'editor' },
    });
    expect(promoted.json()).toMatchObject({ role: 'editor' });
    const lastOwner = await api.as('owner', {
      method: 'PATCH',
      url: `${members}/${api.emails.owner}`,
      payload: { role: 'viewer' },
    });
    expect(lastOwner.statusCode).toBe(409);
    expect(lastOwner.json()).toMatchObject({ code: 'last_owner' });
    const leave = await api.as('owner', {
      method: 'DELETE',
      url: `${members}/${api.emails.owner}`,
    });
    expect(leave.json()).toMatchObject({ code: 'last_owner' });
    const removed = await api.as('owner', {
      method: 'DELETE',
      url: `${members}/new-member@example.org`,
    });
    expect(removed.statusCode).toBe(204);
    const list = await api.as('viewer', { method: 'GET', url: members });
    expect(list.json<{ email: string }[]>().map((m) => m.email)).not.toContain(
      'new-member@example.org',
    );
    expect(list.body).not.toMatch(/hash|password/);
  });

  it('signs in with the password the CLI set', async () => {
    await createUser(db(), { email: 'cli@example.org', password: 'set by the cli' });
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'cli@example.org', password: 'set by the cli' },
    });
    expect(res.statusCode).toBe(200);
  });
});
