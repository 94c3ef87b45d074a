import { Worker } from 'node:worker_threads';
import {
  claimSmaaBlocks,
  combineSmaaParts,
  fail,
  type Issue,
  ok,
  type Portfolio,
  prepareSmaa,
  type Result,
  runSmaaPart,
  type SmaaMethod,
  type SmaaPart,
  type SmaaResult,
  smaaBlockCount,
  smaaParts,
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
  const setup = prepareSmaa(portfolio, { method: options.method });
  if (!setup.ok) return setup;
  // Threads in all (core's rule: no more than the run has blocks).
  const threads = smaaParts(options.samples, options.workers).length;
  let done = 0;
  const onBlock = (size: number) => {
    done += size;
    options.onProgress?.(done);
  };
  const finish = (parts: readonly SmaaPart[]) => {
    const r = combineSmaaParts(setup.value, parts, options.samples, options.seed);
    return r.ok ? ok(r.value, setup.warnings) : r;
  };
  const url = new URL('./smaa-worker.js', import.meta.url);
  let failed: readonly Issue[] | undefined;
  // The blocks go to whichever thread is free (a shared counter), and this thread, warm
  // and otherwise only waiting, is one of them: a worker thread starts late (≈ 70 ms of
  // loading) and cold, so dealt an equal share it would finish last. Which thread ran
  // which block never changes the answer.
  const blocks = smaaBlockCount(options.samples);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const started: Worker[] = [];
  const others = Array.from({ length: threads - 1 }, () => {
    const task: SmaaWorkerTask = {
      portfolio,
      method: options.method,
      seed: options.seed,
      samples: options.samples,
      next,
      blocks,
    };
    const worker = new Worker(url, { workerData: task });
    started.push(worker);
    return new Promise<SmaaPart | undefined>((resolve, reject) => {
      let part: SmaaPart | undefined;
      worker.on('message', (message: SmaaWorkerMessage) => {
        if (message.kind === 'block') onBlock(message.size);
        else if (message.kind === 'done') part = message.part;
        else failed = message.issues;
      });
      worker.on('error', reject);
      worker.on('exit', (code) =>
        code === 0 ? resolve(part) : reject(new Error(`SMAA worker exited with code ${code}`)),
      );
    });
  });
  const here = runSmaaPart(
    setup.value,
    options.seed,
    options.samples,
    claimSmaaBlocks(next, blocks),
    onBlock,
  );
  if (!here.ok) {
    Atomics.store(next, 0, blocks);
    await Promise.allSettled([...started.map((w) => w.terminate()), ...others]);
    return here;
  }
  const parts = await Promise.all(others);
  if (failed !== undefined) return fail([...failed]);
  return finish([here.value, ...parts.filter((p): p is SmaaPart => p !== undefined)]);
}
