import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedIfEmpty, startServer } from '@partnerfolio/server';
import { configFrom, type DataFlags, withDatabase } from './server-db.js';
import type { Register } from './shared.js';

/** The demo portfolio that an empty server starts with (kept with the examples). */
export const DEMO_SPEC = fileURLToPath(new URL('../../../../examples/demo.yaml', import.meta.url));

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
      const config = configFrom(opts);
      const firstRun = opts.demo
        ? await withDatabase(opts, (db) =>
            seedIfEmpty(db, readFileSync(DEMO_SPEC, 'utf8'), 'examples/demo.yaml'),
          )
        : null;
      const server = await startServer(config, { print: (line) => ctx.io.stdout(`${line}\n`) });
      if (firstRun) {
        ctx.io.stdout(
          `\nFirst start: created the workspace "${firstRun.workspace}" from examples/demo.yaml and its owner.\n` +
            `  Sign in as ${style.bold(firstRun.email)} with the password ${style.bold(firstRun.password)}\n` +
            '  (shown only now; add your own account with `partnerfolio user add --email ... --password ... --workspace demo --role owner`).\n',
        );
      }
      ctx.io.stdout('Press Ctrl+C to stop.\n');
      await server.closed;
    });
};
