import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadServer } from '../server-module.js';
import { configFrom, type DataFlags, withDatabase } from './server-db.js';
import type { Register } from './shared.js';

/** The demo portfolio that an empty server starts with (kept with the examples). */
export const DEMO_SPEC = fileURLToPath(new URL('../../../../examples/demo.yaml', import.meta.url));
export const DEMO_OUTCOMES = fileURLToPath(
  new URL('../../../../examples/outcomes/revenue-by-line.csv', import.meta.url),
);

/** The built web app (`npm run build` writes it); the API alone runs without it. */
export const WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export const registerServe: Register = (program, ctx) => {
  program
    .command('serve')
    .description(
      'start the web app and API (embedded database under ./data; DATABASE_URL for PostgreSQL)',
    )
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--port <n>', 'port to listen on (default 4280; 0 picks a free one)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--no-demo', 'do not create the demo workspace on first start')
    .action(async (opts: DataFlags & { demo: boolean }) => {
      const { style } = ctx;
      const config = await configFrom(opts);
      const { createWebAppRoutes, seedIfEmpty, startServer, writeFirstRunFile } =
        await loadServer();
      const firstRun = opts.demo
        ? await withDatabase(opts, (db) =>
            seedIfEmpty(db, readFileSync(DEMO_SPEC, 'utf8'), 'examples/demo.yaml', {
              outcomes: {
                text: readFileSync(DEMO_OUTCOMES, 'utf8'),
                name: 'examples/outcomes/revenue-by-line.csv',
              },
            }),
          )
        : null;
      const web = existsSync(`${WEB_ROOT}index.html`);
      const server = await startServer(config, {
        print: (line) => ctx.io.stdout(`${line}\n`),
        ...(web ? { routes: [createWebAppRoutes({ root: WEB_ROOT })] } : {}),
      });
      if (!web)
        ctx.io.stderr('note: the web app is not built (npm run build); serving the API only\n');
      if (firstRun) {
        // The password goes to a file only its owner can read, never to the terminal (and
        // so to whatever log captures it).
        const file = writeFirstRunFile(config.dataDir, firstRun);
        ctx.io.stdout(
          `\nFirst start: created the workspace "${firstRun.workspace}" from examples/demo.yaml and its owner.\n` +
            `  Sign in as ${style.bold(firstRun.email)} with the password in ${style.bold(file)}\n` +
            '  (readable only by you; change the password after signing in and delete the file, or add your own\n' +
            '  account with `partnerfolio user add --email ... --password ... --workspace demo --role owner`).\n',
        );
      }
      ctx.io.stdout('Press Ctrl+C to stop.\n');
      await server.closed;
    });
};
