import { Worker } from 'node:worker_threads';
import {
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
 * SMAA-2 over worker threads, split by core's rule (`smaaParts`: blocks dealt round-robin)
 * and combined by core (`combineSmaaParts`), so the answer is the same as `smaa` in one
 * thread, bit for bit, and the same as the server's split runs.
 */
export async function smaaParallel(
  portfolio: Portfolio,
  options: SmaaPoolOptions,
): Promise<Result<SmaaResult>> {
  const setup = prepareSmaa(portfolio, { method: options.method });
  if (!setup.ok) return setup;
  const shares = smaaParts(options.samples, options.workers);
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
  // Parts 1 … run on worker threads, started first; part 0 runs here meanwhile (this thread
  // is warm and would only wait): one thread fewer to start, whose loading (≈ 70 ms of
  // CPU) and cold code would eat much of what two threads save on 10,000 samples.
  const started: Worker[] = [];
  const others = shares.slice(1).map((blocks) => {
    const task: SmaaWorkerTask = {
      portfolio,
      method: options.method,
      seed: options.seed,
      samples: options.samples,
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
  const here = runSmaaPart(setup.value, options.seed, options.samples, shares[0] ?? [], onBlock);
  if (!here.ok) {
    await Promise.allSettled([...started.map((w) => w.terminate()), ...others]);
    return here;
  }
  const parts = await Promise.all(others);
  if (failed !== undefined) return fail([...failed]);
  return finish([here.value, ...parts.filter((p): p is SmaaPart => p !== undefined)]);
}
