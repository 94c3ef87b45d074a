/**
 * The jobs of one server process: the engine's handlers on a worker, when the settings
 * say this process runs one. `server.ts` starts it after the app listens and stops it
 * before the database closes (a job still running then is handed back to the queue for
 * another process after `stopTimeoutMs`).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/connect.js';
import { listenForJobs } from '../jobs/pg-listen.js';
import type { JobWorkerSettings } from '../jobs/settings.js';
import { type JobWorker, startJobWorker } from '../jobs/worker.js';
import { attributionJobHandlers } from './attribution-job.js';
import { engineJobHandlers } from './job-handlers.js';

export interface JobRuntime {
  /** Null when this process runs no worker. */
  readonly workerId: string | null;
  stop(): Promise<void>;
}

export function startJobRuntime(
  db: Db,
  settings: JobWorkerSettings,
  options: {
    readonly log?: FastifyBaseLogger;
    readonly stopTimeoutMs?: number;
    /** PostgreSQL: the worker LISTENs here to start other processes' jobs at once. */
    readonly databaseUrl?: string | undefined;
  } = {},
): JobRuntime {
  if (!settings.enabled) {
    options.log?.info('job worker off in this process: its jobs run on other processes');
    return { workerId: null, stop: async () => {} };
  }
  const { databaseUrl } = options;
  const worker: JobWorker = startJobWorker({
    db,
    workerId: settings.workerId,
    handlers: { ...engineJobHandlers({ db }), ...attributionJobHandlers({ db }) },
    pollMs: settings.pollMs,
    concurrency: settings.concurrency,
    ...(options.log ? { log: options.log } : {}),
    ...(db.dialect === 'postgres' && databaseUrl !== undefined
      ? { listen: (wake: () => void) => listenForJobs(databaseUrl, wake, options.log) }
      : {}),
  });
  return {
    workerId: worker.workerId,
    stop: () => worker.stop({ timeoutMs: options.stopTimeoutMs ?? 10_000 }),
  };
}
