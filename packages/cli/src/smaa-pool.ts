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
  // The portfolio read once, here: the workers get its numbers (core's `SmaaInput`), not
  // the portfolio to clone and read again on a cold thread.
  const input = smaaInput(portfolio, { method: options.method });
  if (!input.ok) return input;
  // Threads in all (core's rule: no more than the run has blocks).
  const threads = smaaParts(options.samples, options.workers).length;
  let done = 0;
  const onBlock = (size: number) => {
    done += size;
    options.onProgress?.(done);
  };
  // The blocks go to whichever thread is free (a shared counter), and this thread, warm
  // and otherwise only waiting, is one of them: a worker thread starts late (≈ 60–100 ms
  // to boot and load its modules) and cold, so dealt an equal share it would finish last.
  // Which thread ran which block never changes the answer.
  const blocks = smaaBlockCount(options.samples);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const task: SmaaWorkerTask = {
    input: input.value,
    seed: options.seed,
    samples: options.samples,
    next,
    blocks,
  };
  // The workers start first: they boot while this thread builds its own setup.
  const started = Array.from({ length: threads - 1 }, () => startWorker(task, onBlock));
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
    await Promise.allSettled(started.flatMap(({ worker, part }) => [worker.terminate(), part]));
    return here;
  }
  const parts = await Promise.all(started.map(({ part }) => part));
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

/** A worker thread on `task`: its part, or the issues that stopped it. */
function startWorker(
  task: SmaaWorkerTask,
  onBlock: (size: number) => void,
): {
  readonly worker: Worker;
  readonly part: Promise<SmaaPart | { readonly issues: readonly Issue[] }>;
} {
  const worker = new Worker(new URL('./smaa-worker.js', import.meta.url), { workerData: task });
  const part = new Promise<SmaaPart | { readonly issues: readonly Issue[] }>((resolve, reject) => {
    let answer: SmaaPart | { readonly issues: readonly Issue[] } | undefined;
    worker.on('message', (message: SmaaWorkerMessage) => {
      if (message.kind === 'block') onBlock(message.size);
      else if (message.kind === 'done') answer = message.part;
      else answer = { issues: message.issues };
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 && answer !== undefined
        ? resolve(answer)
        : reject(new Error(`SMAA worker exited with code ${code}`)),
    );
  });
  return { worker, part };
}
