/**
 * CPU-heavy request work off the event loop. Small inputs run in this thread (a worker
 * round trip costs more than they do); from `threshold` on, a task goes to a worker
 * thread with a wall-time budget and a heap budget (`resourceLimits`). A worker that
 * overruns either is stopped and the request answered with the limit it hit; health
 * checks and every other request keep being served meanwhile. Workers are kept warm
 * between tasks and replaced after a large one, so its memory goes back to the system.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedSpec, Result } from '@partnerfolio/core';
import type { OutcomeFile } from '@partnerfolio/core/causal';
import type { ImportPlan } from '../store/import-plan.js';
import type { ParsedRows } from '../store/import-rows.js';
import { runTask, type Task, taskSize } from './tasks.js';

export interface OffloadLimits {
  /** Inputs of at least this many bytes (or characters) run in a worker. */
  readonly threshold: number;
  /** Wall time a task may take in its worker. */
  readonly timeoutMs: number;
  /** The worker's heap budget (old generation), MiB. */
  readonly heapMb: number;
  /** Workers at most (tasks beyond wait in turn). */
  readonly workers: number;
  /** A worker is replaced after a task this large (bytes). */
  readonly recycleAbove: number;
}

export const OFFLOAD_LIMITS: OffloadLimits = {
  threshold: 64 * 1024,
  timeoutMs: 30_000,
  heapMb: 512,
  workers: Math.max(1, Math.min(2, availableParallelism() - 1)),
  recycleAbove: 4 * 1024 ** 2,
};

/** A task stopped by the pool: it ran too long or needed too much memory. */
export class OffloadLimitError extends Error {
  constructor(
    readonly limit: 'time' | 'memory' | 'crash',
    message: string,
  ) {
    super(message);
  }
}

/** A task that failed on its own input (an unreadable file): its message. */
export class TaskError extends Error {}

/** The compiled worker; under the test runner (sources) the build's copy of it. */
function workerUrl(): URL {
  const url = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(url))) return url;
  return new URL(url.href.replace('/packages/server/src/', '/packages/server/dist/'));
}

interface Job {
  readonly id: number;
  readonly task: Task;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
  /** Rows received so far in slices (see worker.ts). */
  readonly rows: unknown[];
}

interface WorkerMessage {
  readonly id: number;
  readonly value?: unknown;
  readonly failed?: string;
  readonly rows?: readonly unknown[];
  readonly chunked?: true;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private readonly dropped = new WeakSet<Worker>();
  private workers = 0;
  private nextId = 0;

  constructor(private readonly limits: OffloadLimits = OFFLOAD_LIMITS) {}

  run(task: Task): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject, rows: [] });
      this.pump();
    });
  }

  /** Starts the workers now, so that the first large request does not wait for one. */
  warm(): void {
    while (this.workers < this.limits.workers) this.idle.push(this.spawn());
  }

  /** Stops every worker (tasks still running fail). */
  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.workers < this.limits.workers)) {
      const worker = this.idle.pop() ?? this.spawn();
      const job = this.queue.shift() as Job;
      this.busy.set(worker, job);
      job.timer = setTimeout(() => {
        const seconds = this.limits.timeoutMs / 1000;
        this.retire(
          worker,
          new OffloadLimitError('time', `it took longer than ${seconds} s (the limit)`),
        );
      }, this.limits.timeoutMs);
      worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private spawn(): Worker {
    this.workers += 1;
    const worker = new Worker(workerUrl(), {
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.heapMb,
        maxYoungGenerationSizeMb: Math.max(8, Math.round(this.limits.heapMb / 8)),
      },
    });
    worker.on('message', (message: WorkerMessage) => {
      const job = this.busy.get(worker);
      if (job === undefined || job.id !== message.id) return;
      if (message.rows !== undefined) {
        for (const row of message.rows) job.rows.push(row);
        return;
      }
      clearTimeout(job.timer);
      this.busy.delete(worker);
      if (message.failed !== undefined) job.reject(new TaskError(message.failed));
      else if (message.chunked) job.resolve({ ...(message.value as object), rows: job.rows });
      else job.resolve(message.value);
      if (taskSize(job.task) >= this.limits.recycleAbove) this.drop(worker);
      else this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const mb = this.limits.heapMb;
      this.retire(
        worker,
        memory
          ? new OffloadLimitError('memory', `it needs more than ${mb} MiB of memory (the limit)`)
          : new OffloadLimitError('crash', `it stopped the worker reading it (${error.message})`),
      );
    });
    worker.on('exit', () => {
      this.retire(worker, new OffloadLimitError('crash', 'the worker reading it stopped'));
    });
    // After the listeners (adding a 'message' listener refs the worker's port again): an
    // idle worker must not keep the process alive.
    worker.unref();
    return worker;
  }

  /** Ends `worker`'s job (if any) with `error`, then stops and forgets the worker. */
  private retire(worker: Worker, error: Error): void {
    const job = this.busy.get(worker);
    if (job !== undefined) {
      clearTimeout(job.timer);
      this.busy.delete(worker);
      job.reject(error);
    }
    this.drop(worker);
    this.pump();
  }

  private drop(worker: Worker): void {
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    if (this.dropped.has(worker)) return;
    this.dropped.add(worker);
    worker.removeAllListeners();
    // An error after this point (the worker is going away) must not crash the process.
    worker.on('error', () => {});
    this.workers -= 1;
    void worker.terminate();
  }
}

let shared: WorkerPool | undefined;

/** Starts the shared pool's workers (the server does at start; loading one takes ~1 s). */
export function warmOffload(): void {
  shared ??= new WorkerPool();
  shared.warm();
}

/** Stops the shared pool's workers (the server does when it closes). */
export async function closeOffload(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}

/** Runs `task` here when small, else on the shared pool; task failures are `TaskError`s. */
export async function offload(task: Task): Promise<unknown> {
  if (taskSize(task) < OFFLOAD_LIMITS.threshold) {
    try {
      return await runTask(task);
    } catch (error) {
      throw new TaskError(error instanceof Error ? error.message : String(error));
    }
  }
  shared ??= new WorkerPool();
  return shared.run(task);
}

type Without<T, K extends string> = T extends unknown ? Omit<T, K> : never;
type Args<K extends Task['kind']> = Without<Extract<Task, { kind: K }>, 'kind'>;

/** The file's header row (to offer a mapping). */
export const readHeadersOffloaded = (args: Args<'headers'>): Promise<string[]> =>
  offload({ kind: 'headers', ...args }) as Promise<string[]>;

/** The file's rows parsed for an import. */
export const parseRowsOffloaded = (args: Args<'rows'>): Promise<ParsedRows> =>
  offload({ kind: 'rows', ...args }) as Promise<ParsedRows>;

/** An import's preview as JSON bytes (`ImportPlan`), built where the file was read. */
export const previewOffloaded = (args: Args<'preview'>): Promise<Uint8Array> =>
  offload({ kind: 'preview', ...args }) as Promise<Uint8Array>;

export type { ImportPlan };

/** Outcomes read from a CSV or XLSX file and checked (core's outcome reader). */
export const readOutcomesOffloaded = (args: Args<'outcomes'>): Promise<Result<OutcomeFile>> =>
  offload({ kind: 'outcomes', ...args }) as Promise<Result<OutcomeFile>>;

/** A portfolio spec parsed and validated (core's parseSpecText), off the event loop when large. */
export const parseSpecOffloaded = (
  text: string,
  format: 'yaml' | 'json',
): Promise<Result<ParsedSpec>> =>
  offload({ kind: 'spec', text, format }) as Promise<Result<ParsedSpec>>;
