/**
 * Worker thread for Monte Carlo: fills its share of blocks of the shared result vector.
 * Every block has its own random stream (core's `simulateBlock`), so the vector — and
 * every statistic of it — is the same whatever the number of workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SimulationPlan } from '@partnerfolio/core';
// Only the sampling engine, not the whole core: a worker starts several times faster.
import { BLOCK_SIZE, simulateBlock } from '@partnerfolio/core/simulate-engine';

export interface WorkerTask {
  readonly plan: SimulationPlan;
  readonly seed: number;
  readonly scenarios: number;
  readonly blocks: readonly number[];
  readonly buffer: SharedArrayBuffer;
}

const task = workerData as WorkerTask;
const all = new Float64Array(task.buffer);
for (const b of task.blocks) {
  const start = b * BLOCK_SIZE;
  const end = Math.min(task.scenarios, start + BLOCK_SIZE);
  simulateBlock(task.plan, task.seed, b, all.subarray(start, end));
  parentPort?.postMessage(end - start);
}
