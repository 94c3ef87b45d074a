/**
 * Child process of server-load.mjs: the real server (`startServer`, job worker off) plus
 * two "hello" baselines in this same process and event loop:
 *
 * - `GET /bench/hello` on the app itself (a route plugin passed to startServer): the
 *   framework with every plugin and hook the app installs (helmet, cookies, the access
 *   guard, which returns at once for a public route) but no database work;
 * - `GET /bench/hello` on a second, bare Fastify instance on another port: the framework alone.
 *
 *   node bench/server-launch.mjs [--data DIR]
 *
 * The database comes from the environment (DATABASE_URL, PARTNERFOLIO_DATABASE_SCHEMA) as
 * for `partnerfolio serve`. Prints one line `BENCH-READY {json}` with the URLs; SIGTERM
 * shuts both down gracefully.
 */
import { access, loadConfig, startServer } from '@partnerfolio/server';
import Fastify from 'fastify';

const HOST = '127.0.0.1';

function dataDir(argv) {
  const i = argv.indexOf('--data');
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The in-app baseline: public, no schema, no database. */
const helloRoute = async (app) => {
  app.get('/bench/hello', { config: { access: access.public() } }, async () => ({
    hello: 'world',
  }));
};

async function main() {
  const config = loadConfig(
    { data: dataDir(process.argv.slice(2)), port: 0, host: HOST, logLevel: 'warn' },
    process.env,
  );
  const bare = Fastify({ logger: false });
  bare.get('/bench/hello', async () => ({ hello: 'world' }));
  await bare.listen({ port: 0, host: HOST });
  const running = await startServer(config, {
    routes: [helloRoute],
    jobs: false,
    print: () => {},
  });
  void running.closed.then(() => bare.close());
  const { port } = bare.server.address();
  const ready = { url: running.url, bareUrl: `http://${HOST}:${port}`, pid: process.pid };
  process.stdout.write(`BENCH-READY ${JSON.stringify(ready)}\n`);
}

main().catch((error) => {
  process.stderr.write(`server-launch failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
