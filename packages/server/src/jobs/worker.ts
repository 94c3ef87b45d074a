/**
 * The job worker of one server process: claims jobs of the kinds it has handlers for, runs
 * them, and writes the result or the error back. While a job runs, a heartbeat keeps its
 * row fresh (so that no other process declares it dead) and picks up cancel requests made
 * through any process; a handler learns of them from `reportProgress` answering 'cancel'
 * and from its `signal`. Every worker also re-queues the jobs of workers that died.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import {
  claimNext,
  complete,
  fail,
  type Job,
  type JobError,
  markCancelled,
  release,
  reportProgress,
  requeueStale,
} from './queue.js';
import { onJobEnqueued } from './wake.js';

export interface JobContext {
  readonly job: Job;
  readonly input: unknown;
  /** Aborted when the job is cancelled or the worker must stop; `reason` says which. */
  readonly signal: AbortSignal;
  /** Records progress (0 to 1); answers 'cancel' when the handler should stop now. */
  reportProgress(fraction: number): Promise<'continue' | 'cancel'>;
}

export type JobHandler = (context: JobContext) => Promise<unknown>;

/** Thrown by a handler to fail its job with a given error (an expected failure, not logged as a bug). */
export class JobFailure extends Error {
  constructor(readonly error: JobError) {
    super(error.message);
    this.name = 'JobFailure';
  }
}

/** Why a job's signal was aborted. */
export type StopReason = 'cancelled' | 'lost' | 'shutdown';

export interface JobWorkerOptions {
  readonly db: Db;
  /** Names this process in the job rows (`worker`); unique per process. */
  readonly workerId: string;
  readonly handlers: Readonly<Record<string, JobHandler>>;
  /** How often an idle worker looks for work (default 1000 ms). */
  readonly pollMs?: number;
  /** Jobs run at once (default 1). */
  readonly concurrency?: number;
  /** Heartbeat and cancel check of a running job (default 2000 ms). */
  readonly heartbeatMs?: number;
  /** Progress is written at most this often, except the last (default 250 ms). */
  readonly progressIntervalMs?: number;
  /** A running job without a heartbeat for this long belongs to a dead worker (default 10 min). */
  readonly staleAfterMs?: number;
  readonly clock?: Clock;
  readonly log?: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /**
   * Subscribes to wake-ups from other processes (PostgreSQL: `listenForJobs`); answers the
   * unsubscribe. Without it, other processes' jobs are found by polling.
   */
  readonly listen?: (wake: () => void) => Promise<() => Promise<void>>;
}

export interface JobWorker {
  readonly workerId: string;
  /** Look for work now (a job was enqueued). */
  wake(): void;
  /**
   * Stops claiming and waits for the running jobs to end. After `timeoutMs` (default:
   * no limit) they are aborted and handed back to the queue for another process.
   */
  stop(options?: { readonly timeoutMs?: number }): Promise<void>;
}

const silent = { info: () => {}, warn: () => {}, error: () => {} };

export function startJobWorker(options: JobWorkerOptions): JobWorker {
  const { db, workerId, handlers } = options;
  const pollMs = options.pollMs ?? 1000;
  const heartbeatMs = options.heartbeatMs ?? 2000;
  const progressIntervalMs = options.progressIntervalMs ?? 250;
  const staleAfterMs = options.staleAfterMs ?? 10 * 60_000;
  const clock = options.clock ?? db.clock;
  const log = options.log ?? silent;
  const kinds = Object.keys(handlers);
  const queueOptions = options.clock === undefined ? {} : { clock: options.clock };

  let stopping = false;
  const running = new Map<string, AbortController>();
  const sleepers = new Set<() => void>();
  let lastStaleCheck = 0;

  const wake = (): void => {
    for (const sleeper of [...sleepers]) sleeper();
  };
  const unsubscribe = onJobEnqueued(wake);
  const unlisten = options.listen?.(wake).catch((error: unknown) => {
    log.warn({ err: error }, 'no wake-ups from other processes; polling every pollMs');
    return async () => {};
  });

  /** Waits `pollMs`, or less if woken. */
  const idle = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, pollMs);
      sleepers.add(done);
    });

  async function recoverStale(): Promise<void> {
    const at = clock().getTime();
    if (at - lastStaleCheck < staleAfterMs / 4) return;
    lastStaleCheck = at;
    const n = await requeueStale(db, staleAfterMs, queueOptions);
    if (n > 0)
      log.warn({ requeued: n }, 'jobs of a worker that stopped answering went back to the queue');
  }

  async function run(job: Job): Promise<void> {
    const handler = handlers[job.kind];
    const controller = new AbortController();
    running.set(job.id, controller);
    const abort = (reason: StopReason): void => {
      if (!controller.signal.aborted) controller.abort(reason);
    };
    let progress = 0;
    let lastWrite = 0;
    const beat = async (): Promise<void> => {
      lastWrite = clock().getTime();
      const stop = await reportProgress(db, job.id, workerId, progress, queueOptions);
      if (stop) abort((await stillMine(db, job.id, workerId)) ? 'cancelled' : 'lost');
    };
    const heartbeat = setInterval(() => {
      beat().catch((error: unknown) =>
        log.error({ err: error, job: job.id }, 'job heartbeat failed'),
      );
    }, heartbeatMs);
    const context: JobContext = {
      job,
      input: job.input,
      signal: controller.signal,
      reportProgress: async (fraction) => {
        if (!controller.signal.aborted) {
          progress = fraction;
          const due = clock().getTime() - lastWrite >= progressIntervalMs || fraction >= 1;
          if (due) await beat();
        }
        return controller.signal.aborted ? 'cancel' : 'continue';
      },
    };
    let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
    try {
      if (handler === undefined) throw new Error(`no handler for jobs of kind ${job.kind}`);
      outcome = { ok: true, value: await handler(context) };
    } catch (error) {
      outcome = { ok: false, error };
    } finally {
      clearInterval(heartbeat);
      running.delete(job.id);
    }
    const mine = { workerId, ...queueOptions };
    const reason = controller.signal.aborted ? (controller.signal.reason as StopReason) : undefined;
    if (reason === 'shutdown') {
      await release(db, job.id, workerId, queueOptions);
      log.info({ job: job.id }, 'job handed back to the queue at shutdown');
    } else if (reason !== undefined) {
      await markCancelled(db, job.id, mine);
    } else if (outcome.ok) {
      await complete(db, job.id, outcome.value, mine);
    } else if (outcome.error instanceof JobFailure) {
      await fail(db, job.id, outcome.error.error, mine);
    } else {
      log.error({ err: outcome.error, job: job.id, kind: job.kind }, 'job failed');
      await fail(
        db,
        job.id,
        { code: 'internal', message: 'the job failed on the server; the log has the details' },
        mine,
      );
    }
  }

  async function loop(): Promise<void> {
    while (!stopping) {
      try {
        await recoverStale();
        const job = await claimNext(db, workerId, kinds, queueOptions);
        if (job === undefined) {
          await idle();
          continue;
        }
        await run(job);
      } catch (error) {
        log.error({ err: error }, 'job worker: database error; retrying');
        if (!stopping) await idle();
      }
    }
  }

  const loops = Array.from({ length: Math.max(1, options.concurrency ?? 1) }, () => loop());
  log.info({ worker: workerId, kinds }, 'job worker started');

  return {
    workerId,
    wake,
    async stop(stopOptions = {}) {
      stopping = true;
      unsubscribe();
      await (await unlisten)?.();
      wake();
      const all = Promise.all(loops);
      const { timeoutMs } = stopOptions;
      if (timeoutMs !== undefined) {
        const timer = setTimeout(() => {
          for (const controller of running.values())
            controller.abort('shutdown' satisfies StopReason);
        }, timeoutMs);
        await all;
        clearTimeout(timer);
      } else {
        await all;
      }
      log.info({ worker: workerId }, 'job worker stopped');
    },
  };
}

/** After a report said "stop": was it a cancel request, or is the job no longer ours? */
async function stillMine(db: Db, id: string, workerId: string): Promise<boolean> {
  const row = await db.kysely
    .selectFrom('jobs')
    .select(['worker', 'state'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.worker === workerId && row.state === 'running';
}
