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
import { closeEngineThreads, warmEngineThreads } from './engine/engine-thread.js';
import { type JobRuntime, startJobRuntime } from './engine/job-runtime.js';
import type { App, AppContext, RoutePlugin } from './http/context.js';
import { closeOffload, warmOffload } from './offload/pool.js';

/**
 * Something that runs beside the HTTP server in the same process (the job worker): started
 * once the server listens, stopped after the last request has finished and before the
 * database closes.
 */
export type BackgroundService = (
  context: AppContext & { readonly log: FastifyBaseLogger },
) => Promise<{ stop(): Promise<void> }>;

export interface StartOptions {
  readonly logger?: FastifyBaseLogger;
  /** More route plugins (engine, jobs). */
  readonly routes?: readonly RoutePlugin[];
  /** Services to run beside the server (the job worker). */
  readonly background?: readonly BackgroundService[];
  /** Close on SIGTERM and SIGINT (default true; tests that start several servers say false). */
  readonly handleSignals?: boolean;
  /** Where the "listening" line goes (default: stdout). */
  readonly print?: (line: string) => void;
  /**
   * Run the job worker in this process as `config.jobs` says (default true). Tests that
   * drive a worker themselves say false.
   */
  readonly jobs?: boolean;
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
  /** The job worker of this process (null when `jobs: false`). */
  readonly jobs: JobRuntime | null;
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
  let app: App | undefined;
  const services: { stop(): Promise<void> }[] = [];
  let jobs: JobRuntime | null = null;
  try {
    await migrateToLatest(db);
    app = await buildApp({
      db,
      config,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.routes ? { routes: options.routes } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
    // Large imports and specs are read in worker threads (offload/), and every analysis
    // runs on an engine thread (engine/engine-thread.ts): start them now.
    warmOffload();
    warmEngineThreads();
    const context = { db, config, clock: db.clock, log: app.log };
    for (const start of options.background ?? []) services.push(await start(context));
    if (options.jobs ?? true) {
      jobs = startJobRuntime(db, config.jobs, { log: app.log, databaseUrl: config.databaseUrl });
      services.push(jobs);
    }
  } catch (error) {
    for (const service of services.reverse()) await service.stop().catch(() => {});
    await app?.close();
    await db.close();
    throw error;
  }
  const running: App = app;
  const url = urlOf(running.server.address(), config.host);

  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  let closing: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      // A second signal while draining: the operator wants out now.
      running.log.warn({ signal }, 'second signal during shutdown: exiting at once');
      process.exit(1);
    }
    running.log.info({ signal }, 'shutting down: finishing requests in flight');
    void close();
  };
  const close = (): Promise<void> => {
    closing ??= (async () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      // A keep-alive connection whose request finishes during shutdown would otherwise stay
      // open until its timeout and hold the close up: close such connections once idle.
      const sweep = setInterval(() => running.server.closeIdleConnections(), 50);
      try {
        await running.close();
      } finally {
        clearInterval(sweep);
        for (const service of [...services].reverse()) {
          await service.stop().catch((error: unknown) => {
            running.log.error({ err: error }, 'a background service did not stop cleanly');
          });
        }
        await closeOffload();
        await closeEngineThreads();
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
  return { app: running, db, url, close, closed, jobs };
}
