/**
 * Worker thread for SMAA-2: runs its share of the blocks (each on its own random stream)
 * and sends back each block's weight sums and, at the end, its rank counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  type Portfolio,
  prepareSmaa,
  runSmaaBlock,
  SMAA_BLOCK,
  type SmaaMethod,
} from '@partnerfolio/core';

export interface SmaaWorkerTask {
  readonly portfolio: Portfolio;
  readonly method: SmaaMethod;
  readonly seed: number;
  readonly samples: number;
  readonly blocks: readonly number[];
}

export type SmaaWorkerMessage =
  | {
      readonly kind: 'block';
      readonly block: number;
      readonly weights: Float64Array;
      readonly size: number;
    }
  | { readonly kind: 'done'; readonly counts: Uint32Array }
  | { readonly kind: 'too-narrow' };

const task = workerData as SmaaWorkerTask;
const setup = prepareSmaa(task.portfolio, { method: task.method });
if (!setup.ok) throw new Error(setup.issues.map((i) => i.message).join('\n'));
const counts = new Uint32Array(setup.value.m * setup.value.m);
let failed = false;
for (const b of task.blocks) {
  const weights = runSmaaBlock(setup.value, task.seed, task.samples, b, counts);
  if (!weights) {
    parentPort?.postMessage({ kind: 'too-narrow' } satisfies SmaaWorkerMessage);
    failed = true;
    break;
  }
  const size = Math.min(SMAA_BLOCK, task.samples - b * SMAA_BLOCK);
  parentPort?.postMessage({ kind: 'block', block: b, weights, size } satisfies SmaaWorkerMessage);
}
if (!failed)
  parentPort?.postMessage({ kind: 'done', counts } satisfies SmaaWorkerMessage, [counts.buffer]);
