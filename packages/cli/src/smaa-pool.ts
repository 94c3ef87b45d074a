import { Worker } from 'node:worker_threads';
import {
  combineSmaa,
  fail,
  ok,
  type Portfolio,
  prepareSmaa,
  type Result,
  runSmaaBlock,
  SMAA_BLOCK,
  type SmaaMethod,
  type SmaaResult,
  smaaBlockCount,
  smaaTooNarrow,
} from '@partnerfolio/core';
import type { SmaaWorkerMessage, SmaaWorkerTask } from './smaa-worker.js';

export interface SmaaPoolOptions {
  readonly samples: number;
  readonly seed: number;
  readonly method: SmaaMethod;
  /** Worker threads; 1 runs in this thread. */
  readonly workers: number;
  readonly onProgress?: (done: number) => void;
}

/**
 * SMAA-2 over worker threads: blocks dealt round-robin, rank counts summed (whole numbers,
 * exact in any order), each block's weight sums combined in block order, so the answer is
 * the same as `smaa` in one thread, bit for bit.
 */
export async function smaaParallel(
  portfolio: Portfolio,
  options: SmaaPoolOptions,
): Promise<Result<SmaaResult>> {
  const setup = prepareSmaa(portfolio, { method: options.method });
  if (!setup.ok) return setup;
  const { m } = setup.value;
  const blocks = smaaBlockCount(options.samples);
  const workers = Math.min(options.workers, blocks);
  const counts = new Uint32Array(m * m);
  const blockWeights: Float64Array[] = new Array(blocks);
  let done = 0;
  if (workers <= 1) {
    for (let b = 0; b < blocks; b++) {
      const w = runSmaaBlock(setup.value, options.seed, options.samples, b, counts);
      if (!w) return fail([smaaTooNarrow()]);
      blockWeights[b] = w;
      done = Math.min(options.samples, (b + 1) * SMAA_BLOCK);
      options.onProgress?.(done);
    }
    return ok(
      combineSmaa(setup.value, counts, blockWeights, options.samples, options.seed),
      setup.warnings,
    );
  }
  const url = new URL('./smaa-worker.js', import.meta.url);
  let narrow = false;
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const mine: number[] = [];
      for (let b = w; b < blocks; b += workers) mine.push(b);
      const task: SmaaWorkerTask = {
        portfolio,
        method: options.method,
        seed: options.seed,
        samples: options.samples,
        blocks: mine,
      };
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(url, { workerData: task });
        worker.on('message', (message: SmaaWorkerMessage) => {
          if (message.kind === 'block') {
            blockWeights[message.block] = message.weights;
            done += message.size;
            options.onProgress?.(done);
          } else if (message.kind === 'done') {
            for (let i = 0; i < counts.length; i++) {
              counts[i] = (counts[i] as number) + (message.counts[i] as number);
            }
          } else narrow = true;
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`SMAA worker exited with code ${code}`)),
        );
      });
    }),
  );
  if (narrow) return fail([smaaTooNarrow()]);
  return ok(
    combineSmaa(setup.value, counts, blockWeights, options.samples, options.seed),
    setup.warnings,
  );
}
