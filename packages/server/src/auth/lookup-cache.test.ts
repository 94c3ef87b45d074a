/**
 * The guard's short-lived lookup cache: changes made through this process apply at once;
 * a change made behind its back (another process) applies to writes at once and to reads
 * within AUTH_CACHE_TTL_MS.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../routes/test-support/api.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { AUTH_CACHE_TTL_MS } from './lookup-cache.js';
import { addMember, changeMemberRole, removeMember } from './memberships.js';

describeEachDatabase('auth lookup cache', (get) => {
  let api: TestApi;
  let workspaceId = '';
  beforeAll(async () => {
    api = await createTestApi(get().db);
    const row = await api.db.kysely
      .selectFrom('workspaces')
      .select('id')
      .where('slug', '=', api.slug)
      .executeTakeFirstOrThrow();
    workspaceId = row.id;
  });
  afterAll(() => api.close());
  const read = (who: 'viewer' | 'editor') =>
    api.as(who, { method: 'GET', url: `/api/workspaces/${api.slug}/partners?limit=1` });
  const write = (id: string) =>
    api.as('editor', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/partners`,
      payload: { id, kind: 'other' },
    });

  it('applies a role change and a removal made through this process at once', async () => {
    expect((await read('editor')).statusCode).toBe(200);
    expect((await write('lc-1')).statusCode).toBe(201);
    await changeMemberRole(api.db, workspaceId, api.emails.editor, 'viewer', null);
    expect((await write('lc-2')).statusCode).toBe(403);
    await removeMember(api.db, workspaceId, api.emails.editor, null);
    expect((await read('editor')).statusCode).toBe(404);
    await addMember(api.db, { workspaceSlug: api.slug, email: api.emails.editor, role: 'editor' });
    expect((await read('editor')).statusCode).toBe(200);
    expect((await write('lc-3')).statusCode).toBe(201);
  });

  it('sees a change made behind its back: writes at once, reads within the TTL', async () => {
    expect((await read('editor')).statusCode).toBe(200); // cached now
    const user = await api.db.kysely
      .selectFrom('users')
      .select('id')
      .where('email', '=', api.emails.editor)
      .executeTakeFirstOrThrow();
    // As another process would: straight into the table, no invalidation here.
    await api.db.kysely
      .deleteFrom('memberships')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', user.id)
      .execute();
    expect((await write('lc-4')).statusCode).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, AUTH_CACHE_TTL_MS + 100));
    expect((await read('editor')).statusCode).toBe(404);
    await addMember(api.db, { workspaceSlug: api.slug, email: api.emails.editor, role: 'editor' });
  });
});
