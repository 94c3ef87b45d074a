/**
 * Runs the server: opens (and migrates) the database, builds the app, listens, prints the
 * URL when ready, and on SIGTERM/SIGINT shuts down gracefully: stops accepting, lets the
 * requests in flight finish (`fastify.close`), then closes the database.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.js';
import { type Config, databaseTarget } from './config.js';
import { type Db, migrateToLatest, openDatabase } from './db/connect.js';
import type { App, RoutePlugin } from './http/context.js';

export interface StartOptions {
  readonly logger?: FastifyBaseLogger;
  /** More route plugins (engine, jobs). */
  readonly routes?: readonly RoutePlugin[];
  /** Close on SIGTERM and SIGINT (default true; tests that start several servers say false). */
  readonly handleSignals?: boolean;
  /** Where the "listening" line goes (default: stdout). */
  readonly print?: (line: string) => void;
}

export interface RunningServer {
  readonly app: App;
  readonly db: Db;
  /** `http://127.0.0.1:4280` */
  readonly url: string;
  /** Graceful shutdown; safe to call more than once. Resolves when all is closed. */
  close(): Promise<void>;
  /** Resolves once the server has been closed (by `close` or a signal). */
  readonly closed: Promise<void>;
}

function urlOf(address: AddressInfo | string | null, host: string): string {
  if (address === null || typeof address === 'string') return `http://${host}`;
  const name =
    address.address === '::' || address.address === '0.0.0.0' ? 'localhost' : address.address;
  return `http://${name.includes(':') ? `[${name}]` : name}:${address.port}`;
}

export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const db = openDatabase(databaseTarget(config));
  let app: App;
  try {
    await migrateToLatest(db);
    app = await buildApp({
      db,
      config,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.routes ? { routes: options.routes } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await db.close();
    throw error;
  }
  const url = urlOf(app.server.address(), config.host);

  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  let closing: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      // A second signal while draining: the operator wants out now.
      app.log.warn({ signal }, 'second signal during shutdown: exiting at once');
      process.exit(1);
    }
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    void close();
  };
  const close = (): Promise<void> => {
    closing ??= (async () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      try {
        await app.close();
      } finally {
        await db.close();
        resolveClosed();
      }
    })();
    return closing;
  };
  if (options.handleSignals ?? true) {
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  print(`Partnerfolio is listening on ${url} (data: ${db.location})`);
  return { app, db, url, close, closed };
}
