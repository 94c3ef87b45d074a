import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BLOCK_SIZE, type SimulationPlan, simulateBlock } from '@partnerfolio/core';
import type { WorkerTask } from './simulate-worker.js';

export interface PoolOptions {
  readonly scenarios: number;
  readonly seed: number;
  /** Worker threads; 1 runs in this thread. Defaults to the cores available (at most 8). */
  readonly workers?: number;
  readonly onProgress?: (done: number) => void;
}

export const defaultWorkers = (): number => Math.max(1, Math.min(8, availableParallelism()));

/**
 * Runs the Monte Carlo of `plan` over `scenarios`, split into fixed blocks dealt round-robin
 * to worker threads writing into one shared buffer. Small runs stay in this thread: starting
 * a worker costs more than a few blocks of work.
 */
export async function simulateParallel(
  plan: SimulationPlan,
  options: PoolOptions,
): Promise<Float64Array> {
  const { scenarios, seed, onProgress } = options;
  const blocks = Math.ceil(scenarios / BLOCK_SIZE);
  const workers = Math.min(options.workers ?? defaultWorkers(), blocks);
  const buffer = new SharedArrayBuffer(scenarios * Float64Array.BYTES_PER_ELEMENT);
  const out = new Float64Array(buffer);
  let done = 0;
  if (workers <= 1) {
    for (let b = 0; b < blocks; b++) {
      const start = b * BLOCK_SIZE;
      const end = Math.min(scenarios, start + BLOCK_SIZE);
      simulateBlock(plan, seed, b, out.subarray(start, end));
      done += end - start;
      onProgress?.(done);
    }
    return out;
  }
  const url = new URL('./simulate-worker.js', import.meta.url);
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const mine: number[] = [];
      for (let b = w; b < blocks; b += workers) mine.push(b);
      const task: WorkerTask = { plan, seed, scenarios, blocks: mine, buffer };
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(url, { workerData: task });
        worker.on('message', (n: number) => {
          done += n;
          onProgress?.(done);
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`simulation worker exited with code ${code}`)),
        );
      });
    }),
  );
  return out;
}
