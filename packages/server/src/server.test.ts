/**
 * The real server on a port: it prints its URL when ready, answers over HTTP, and on
 * shutdown lets a request in flight finish before closing the database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { access } from './auth/policies.js';
import { testConfig } from './config.js';
import type { RoutePlugin } from './http/context.js';
import { startServer } from './server.js';

const dir = mkdtempSync(join(tmpdir(), 'partnerfolio-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let release: () => void = () => {};
const slow: RoutePlugin = async (app) => {
  app.get('/api/test/slow', { config: { access: access.public() } }, async () => {
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    return { finished: true };
  });
};

it('listens, prints the URL, and shuts down gracefully', async () => {
  const lines: string[] = [];
  const server = await startServer(testConfig({ dataDir: dir, port: 0 }), {
    handleSignals: false,
    print: (line) => lines.push(line),
    routes: [slow],
  });
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(lines.join('\n')).toContain(server.url);

  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  expect(health.headers.get('x-content-type-options')).toBe('nosniff');

  const inFlight = fetch(`${server.url}/api/test/slow`);
  // Let the request reach its handler before shutting down.
  for (let i = 0; i < 100 && lines.length === 1; i += 1)
    await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 50));
  const closing = server.close();
  setTimeout(() => release(), 100);
  const res = await inFlight;
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ finished: true });
  await closing;
  await server.closed;
  await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
});

it('runs background services beside the server, stopping them before the database closes', async () => {
  const events: string[] = [];
  const server = await startServer(testConfig({ dataDir: dir, port: 0 }), {
    handleSignals: false,
    print: () => {},
    background: [
      async ({ db }) => {
        events.push('started');
        return {
          stop: async () => {
            // The database is still open while services stop.
            await db.kysely.selectFrom('users').select('id').execute();
            events.push('stopped');
          },
        };
      },
    ],
  });
  expect(events).toEqual(['started']);
  await server.close();
  expect(events).toEqual(['started', 'stopped']);
});

it('fails fast when the port is taken, closing the database it opened', async () => {
  const first = await startServer(testConfig({ dataDir: dir, port: 0 }), {
    handleSignals: false,
    print: () => {},
  });
  const port = Number(new URL(first.url).port);
  await expect(
    startServer(testConfig({ dataDir: dir, port }), { handleSignals: false, print: () => {} }),
  ).rejects.toThrow(/EADDRINUSE/);
  await first.close();
});
