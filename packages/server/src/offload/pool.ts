/**
 * CPU-heavy request work off the event loop. Small inputs run in this thread (a worker
 * round trip costs more than they do); from `threshold` on, a task goes to a worker
 * thread with a wall-time budget and a heap budget (`resourceLimits`). A worker that
 * overruns either is stopped and the request answered with the limit it hit; health
 * checks and every other request keep being served meanwhile. Workers are kept warm
 * between tasks and replaced after a large one, so its memory goes back to the system.
 *
 * The pool runs any worker entry that speaks its messages (`{ id, task }` in; `{ id,
 * value }`, `{ id, failed }`, `{ id, progress }` or row slices out): this file's readers
 * (worker.ts) and the engine's analyses (engine/engine-thread.ts) each have their own
 * pool, so that a long optimisation never queues an upload behind it. A run can be
 * cancelled (its worker is stopped: a solver cannot be interrupted otherwise), and a
 * pool with `maxQueued` tasks waiting refuses more as busy.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedSpec, Result } from '@partnerfolio/core';
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
  /** Tasks that may wait for a worker; one more is refused as busy. */
  readonly maxQueued: number;
}

export const OFFLOAD_LIMITS: OffloadLimits = {
  threshold: 64 * 1024,
  timeoutMs: 30_000,
  heapMb: 512,
  workers: Math.max(1, Math.min(2, availableParallelism() - 1)),
  recycleAbove: 4 * 1024 ** 2,
  maxQueued: 64,
};

/** A task stopped by the pool: it ran too long or needed too much memory. */
export class OffloadLimitError extends Error {
  constructor(
    readonly limit: 'time' | 'memory' | 'crash' | 'busy',
    message: string,
  ) {
    super(message);
  }
}

/** A task that failed on its own input (an unreadable file): its message. */
export class TaskError extends Error {}

/** A task whose caller went away (its signal aborted): queued or stopped mid-run. */
export class TaskCancelled extends Error {
  constructor(readonly reason: unknown) {
    super('the task was cancelled');
  }
}

/**
 * A compiled worker entry next to this file's folder (`./worker.js`, or
 * `../engine/engine-worker.js`); under the test runner (sources) the build's copy of it.
 */
export function compiledWorker(relative: string, base: string = import.meta.url): URL {
  const url = new URL(relative, base);
  if (existsSync(fileURLToPath(url))) return url;
  return new URL(url.href.replace('/packages/server/src/', '/packages/server/dist/'));
}

/** What a pool's tasks must tell it: their size (decides recycling). */
interface PoolTask {
  readonly kind: string;
}

export interface RunOptions {
  /** Aborting stops the task: dropped from the queue, or its worker stopped. */
  readonly signal?: AbortSignal | undefined;
  /** Called with each `{ progress }` the worker posts (0 to 1). */
  readonly onProgress?: ((fraction: number) => unknown) | undefined;
  /** This run's wall-time budget, when not the pool's. */
  readonly timeoutMs?: number | undefined;
}

interface Job<T extends PoolTask> {
  readonly id: number;
  readonly task: T;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly options: RunOptions;
  timer?: NodeJS.Timeout;
  onAbort?: () => void;
  /** Rows received so far in slices (see worker.ts). */
  readonly rows: unknown[];
}

interface WorkerMessage {
  readonly id: number;
  readonly value?: unknown;
  readonly failed?: string;
  readonly progress?: number;
  readonly rows?: readonly unknown[];
  readonly chunked?: true;
}

export interface PoolShape<T extends PoolTask> {
  /** The worker's entry (a compiled module). */
  readonly entry: URL;
  /** Bytes of input, to replace a worker after a large task. */
  readonly size: (task: T) => number;
  /** What the worker does, for messages: "reading it", "running the analysis". */
  readonly doing: string;
}

const FILE_POOL: PoolShape<Task> = {
  entry: compiledWorker('./worker.js'),
  size: taskSize,
  doing: 'reading it',
};

export class WorkerPool<T extends PoolTask = Task> {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job<T>>();
  private readonly queue: Job<T>[] = [];
  private readonly dropped = new WeakSet<Worker>();
  private workers = 0;
  private nextId = 0;

  constructor(
    private readonly limits: OffloadLimits = OFFLOAD_LIMITS,
    private readonly shape: PoolShape<T> = FILE_POOL as unknown as PoolShape<T>,
  ) {}

  run(task: T, options: RunOptions = {}): Promise<unknown> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new TaskCancelled(signal.reason));
    if (this.queue.length >= this.limits.maxQueued) {
      const waiting = this.queue.length;
      return Promise.reject(
        new OffloadLimitError('busy', `${waiting} tasks are already waiting (the limit)`),
      );
    }
    return new Promise((resolve, reject) => {
      const job: Job<T> = { id: this.nextId++, task, resolve, reject, options, rows: [] };
      if (signal !== undefined) {
        job.onAbort = () => this.cancel(job, signal.reason);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** Tasks running and waiting now. */
  load(): { readonly running: number; readonly queued: number } {
    return { running: this.busy.size, queued: this.queue.length };
  }

  /** Starts the workers now, so that the first large request does not wait for one. */
  warm(): void {
    while (this.workers < this.limits.workers) this.idle.push(this.spawn());
  }

  /** Stops every worker (tasks still running fail). */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) {
      this.finish(job);
      job.reject(new OffloadLimitError('crash', 'the server is closing'));
    }
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private cancel(job: Job<T>, reason: unknown): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.reject(new TaskCancelled(reason));
      return;
    }
    for (const [worker, running] of this.busy) {
      if (running === job) this.retire(worker, new TaskCancelled(reason));
    }
  }

  /** Ends `job`: its timer and abort listener go. */
  private finish(job: Job<T>): void {
    clearTimeout(job.timer);
    if (job.onAbort !== undefined) job.options.signal?.removeEventListener('abort', job.onAbort);
  }

  private pump(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.workers < this.limits.workers)) {
      const worker = this.idle.pop() ?? this.spawn();
      const job = this.queue.shift() as Job<T>;
      this.busy.set(worker, job);
      const timeoutMs = job.options.timeoutMs ?? this.limits.timeoutMs;
      job.timer = setTimeout(() => {
        const seconds = timeoutMs / 1000;
        this.retire(
          worker,
          new OffloadLimitError('time', `it took longer than ${seconds} s (the limit)`),
        );
      }, timeoutMs);
      worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private spawn(): Worker {
    this.workers += 1;
    const worker = new Worker(this.shape.entry, {
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
      if (message.progress !== undefined) {
        job.options.onProgress?.(message.progress);
        return;
      }
      this.finish(job);
      this.busy.delete(worker);
      if (message.failed !== undefined) job.reject(new TaskError(message.failed));
      else if (message.chunked) job.resolve({ ...(message.value as object), rows: job.rows });
      else job.resolve(message.value);
      if (this.shape.size(job.task) >= this.limits.recycleAbove) this.drop(worker);
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
          : new OffloadLimitError(
              'crash',
              `it stopped the worker ${this.shape.doing} (${error.message})`,
            ),
      );
    });
    worker.on('exit', () => {
      this.retire(worker, new OffloadLimitError('crash', `the worker ${this.shape.doing} stopped`));
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
      this.finish(job);
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

/** A portfolio spec parsed and validated (core's parseSpecText), off the event loop when large. */
export const parseSpecOffloaded = (
  text: string,
  format: 'yaml' | 'json',
): Promise<Result<ParsedSpec>> =>
  offload({ kind: 'spec', text, format }) as Promise<Result<ParsedSpec>>;

/**
 * A spec document validated (core's validateSpecDocument), off the event loop when large:
 * a workspace's stored data before each analysis. `size` estimates its bytes.
 */
export const validateSpecOffloaded = (
  document: unknown,
  size: number,
): Promise<Result<ParsedSpec>> =>
  offload({ kind: 'validate', document, size }) as Promise<Result<ParsedSpec>>;
