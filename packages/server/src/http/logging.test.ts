/** Logs are JSON lines, and no secret reaches them. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import { createTestApi, PASSWORD, signIn, type TestApi } from '../routes/test-support/api.js';
import { describeEachDatabase } from '../test-support/databases.js';
import type { App } from './context.js';

describeEachDatabase('logging', (get) => {
  let api: TestApi;
  let app: App;
  const lines: string[] = [];
  beforeAll(async () => {
    api = await createTestApi(get().db);
    app = await buildApp({
      db: get().db,
      config: testConfig({ logLevel: 'trace' }),
      logStream: { write: (line) => lines.push(line) },
    });
  });
  afterAll(async () => {
    await app.close();
    await api.close();
  });

  it('writes structured lines without passwords, cookies, tokens or CSRF tokens', async () => {
    const { cookie, csrfToken } = await signIn(app, api.emails.owner);
    await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    await app.inject({
      method: 'GET',
      url: '/api/workspaces',
      headers: { authorization: `Bearer ${api.tokens.viewer}` },
    });
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const all = lines.join('\n');
    expect(all).toContain('"reqId"');
    for (const secret of [PASSWORD, cookie.split('=')[1] ?? 'x', csrfToken, api.tokens.viewer]) {
      expect(all).not.toContain(secret);
    }
  });
});
