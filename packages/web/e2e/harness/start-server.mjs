#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
/**
 * A real Partnerfolio server for the browser tests: the built server
 * (`@partnerfolio/server` dist) with its routes, the web app and its job worker, on the
 * data folder given (empty: a fresh SQLite
 * database) and a free port. It creates the test accounts, then prints one JSON line:
 *
 *   { "url": "http://127.0.0.1:40123", "users": [{ "email", "password", "workspace" }, ...] }
 *
 * Usage: node e2e/harness/start-server.mjs --data DIR [--dist DIR] [--demo]. SIGTERM stops it.
 * `--demo` first seeds the demo workspace as a first start does (its running partnerships
 * and ledger history dated from today); the first account is then made its owner.
 */
import { parseArgs } from 'node:util';
import * as server from '@partnerfolio/server';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    dist: { type: 'string', default: fileURLToPath(new URL('../../dist', import.meta.url)) },
    demo: { type: 'boolean', default: false },
  },
});
if (values.data === undefined) throw new Error('--data DIR is required (an empty folder)');

/** The accounts the tests sign in with: one with a workspace, one with none yet. */
export const USERS = [
  {
    email: 'ada@example.org',
    password: 'correct horse battery staple',
    name: 'Ada Lovelace',
    workspace: { slug: 'demo', name: 'Demo portfolio' },
  },
  { email: 'new@example.org', password: 'a fresh start, at last', name: 'Newcomer' },
];

const webApp = server.createWebAppRoutes({ root: values.dist });

const config = server.testConfig({
  dataDir: values.data,
  port: 0,
  host: '127.0.0.1',
  logLevel: 'warn',
  // The tests sign in many times from one address.
  loginRateMax: 1000,
});
const running = await server.startServer(config, {
  routes: [webApp],
  handleSignals: false,
  print: () => {},
});

if (values.demo) {
  const spec = fileURLToPath(new URL('../../../../examples/demo.yaml', import.meta.url));
  await server.seedIfEmpty(running.db, readFileSync(spec, 'utf8'), 'examples/demo.yaml');
}

for (const user of USERS) {
  await server.createUser(running.db, {
    email: user.email,
    password: user.password,
    name: user.name,
  });
  if (user.workspace !== undefined) {
    await server.addMember(running.db, {
      workspaceSlug: user.workspace.slug,
      workspaceName: user.workspace.name,
      email: user.email,
      role: 'owner',
    });
  }
}

process.stdout.write(
  `${JSON.stringify({
    url: running.url,
    users: USERS.map(({ email, password, workspace }) => ({
      email,
      password,
      workspace: workspace?.slug ?? null,
    })),
  })}\n`,
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await running.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
