import { Worker } from 'node:worker_threads';
import {
  claimSmaaBlocks,
  combineSmaaParts,
  fail,
  type Issue,
  ok,
  type Portfolio,
  type Result,
  runSmaaPart,
  type SmaaMethod,
  type SmaaPart,
  type SmaaResult,
  smaaBlockCount,
  smaaInput,
  smaaParts,
  smaaSetup,
} from '@partnerfolio/core';
import type { SmaaWorkerMessage, SmaaWorkerTask } from './smaa-worker.js';

export interface SmaaPoolOptions {
  readonly samples: number;
  readonly seed: number;
  readonly method: SmaaMethod;
  /** Threads in all: this one and `workers − 1` worker threads (1 runs in this thread). */
  readonly workers: number;
  readonly onProgress?: (done: number) => void;
  /**
   * Worker threads started earlier (`startSmaaWorkers`), booted by now; the run starts any
   * more it needs itself and closes those it does not use.
   */
  readonly booted?: SmaaWorkers;
}

type WorkerAnswer = SmaaPart | { readonly issues: readonly Issue[] };

/** A worker thread booting (or booted), waiting for its one task. */
interface SmaaThread {
  readonly worker: Worker;
  /** Posts the task: the thread's part once it ends, or the issues that stopped it. */
  run(task: SmaaWorkerTask, onBlock: (size: number) => void): Promise<WorkerAnswer>;
}

/**
 * Worker threads started ahead of a run: booting a thread and loading its modules takes
 * 60–100 ms and slows this thread meanwhile, a third of what a second thread saves on
 * 10,000 samples; the CLI starts them before it reads the spec, so that they are ready
 * when the run starts. Unreferenced until given a task: they never hold the process.
 */
export interface SmaaWorkers {
  readonly threads: SmaaThread[];
  /** Stops the threads no run took. */
  close(): Promise<void>;
}

export function startSmaaWorkers(count: number): SmaaWorkers {
  const threads = Array.from({ length: Math.max(0, count) }, bootThread);
  return {
    threads,
    close: async () => {
      await Promise.allSettled(threads.splice(0).map((t) => t.worker.terminate()));
    },
  };
}

function bootThread(): SmaaThread {
  const worker = new Worker(new URL('./smaa-worker.js', import.meta.url));
  worker.unref();
  let onBlock: (size: number) => void = () => undefined;
  // Settled by the thread's last message, not by its exit: tearing a thread down takes
  // 10–30 ms, which the run need not wait for (unreferenced again, it never holds the
  // process). An exit before that message is a failure.
  const answer = new Promise<WorkerAnswer>((resolve, reject) => {
    worker.on('message', (message: SmaaWorkerMessage) => {
      if (message.kind === 'block') {
        onBlock(message.size);
        return;
      }
      worker.unref();
      resolve(message.kind === 'done' ? message.part : { issues: message.issues });
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`SMAA worker exited with code ${code}`)));
  });
  // A thread closed unused rejects its answer, and nobody waits for it.
  answer.catch(() => undefined);
  return {
    worker,
    run: (task, progress) => {
      onBlock = progress;
      worker.ref();
      worker.postMessage(task);
      return answer;
    },
  };
}

/**
 * SMAA-2 over threads (this one and worker threads), each claiming the next block as it
 * comes free (core's `claimSmaaBlocks`), combined by core (`combineSmaaParts`), so the
 * answer is the same as `smaa` in one thread, bit for bit, and the same as the server's
 * split runs.
 */
export async function smaaParallel(
  portfolio: Portfolio,
  options: SmaaPoolOptions,
): Promise<Result<SmaaResult>> {
  // Threads in all (core's rule: no more than the run has blocks); those booted ahead
  // first, then new ones, which boot while this thread reads the portfolio.
  const threads = smaaParts(options.samples, options.workers).length;
  const booted = options.booted?.threads.splice(0, threads - 1) ?? [];
  const started = [...booted, ...Array.from({ length: threads - 1 - booted.length }, bootThread)];
  void options.booted?.close();
  // The portfolio read once, here: the workers get its numbers (core's `SmaaInput`), not
  // the portfolio to clone and read again on a cold thread.
  const input = smaaInput(portfolio, { method: options.method });
  if (!input.ok) {
    await Promise.allSettled(started.map((t) => t.worker.terminate()));
    return input;
  }
  let done = 0;
  const onBlock = (size: number) => {
    done += size;
    options.onProgress?.(done);
  };
  // The blocks go to whichever thread is free (a shared counter), and this thread, warm
  // and otherwise only waiting, is one of them: a worker thread starts cold, and late when
  // started here, so dealt an equal share it would finish last. Which thread ran which
  // block never changes the answer.
  const blocks = smaaBlockCount(options.samples);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const task: SmaaWorkerTask = {
    input: input.value,
    seed: options.seed,
    samples: options.samples,
    next,
    blocks,
  };
  const answers = started.map((thread) => thread.run(task, onBlock));
  const setup = smaaSetup(input.value);
  const here = runSmaaPart(
    setup,
    options.seed,
    options.samples,
    claimSmaaBlocks(next, blocks),
    onBlock,
  );
  if (!here.ok) {
    Atomics.store(next, 0, blocks);
    await Promise.allSettled(started.map((t) => t.worker.terminate()));
    return here;
  }
  const parts = await Promise.all(answers);
  const failed = parts.find((p): p is { readonly issues: readonly Issue[] } => 'issues' in p);
  if (failed !== undefined) return fail([...failed.issues]);
  const r = combineSmaaParts(
    setup,
    [here.value, ...parts.filter((p): p is SmaaPart => 'counts' in p)],
    options.samples,
    options.seed,
  );
  return r.ok ? ok(r.value, input.warnings) : r;
}
