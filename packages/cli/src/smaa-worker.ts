/**
 * Worker thread for SMAA-2: runs the blocks it claims from the shared counter (core's
 * `runSmaaPart` over `claimSmaaBlocks`, each block on its own random stream), posting the
 * samples of each block as it finishes and then the part's totals.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Issue } from '@partnerfolio/core/issues';
// The ranking entry alone: the whole of core takes a worker 4× as long to load (about
// 300 against 70 ms of CPU), most of what two workers would save on 10,000 samples.
import {
  claimSmaaBlocks,
  prepareSmaa,
  runSmaaPart,
  type SmaaMethod,
  type SmaaPart,
} from '@partnerfolio/core/mcdm';
import type { Portfolio } from '@partnerfolio/core/model';

export interface SmaaWorkerTask {
  readonly portfolio: Portfolio;
  readonly method: SmaaMethod;
  readonly seed: number;
  readonly samples: number;
  /** The shared counter of the next block to claim (a SharedArrayBuffer's view). */
  readonly next: Int32Array;
  /** Blocks in the run. */
  readonly blocks: number;
}

export type SmaaWorkerMessage =
  | { readonly kind: 'block'; readonly size: number }
  | { readonly kind: 'done'; readonly part: SmaaPart }
  | { readonly kind: 'failed'; readonly issues: readonly Issue[] };

const task = workerData as SmaaWorkerTask;
const post = (message: SmaaWorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(message, transfer);
const setup = prepareSmaa(task.portfolio, { method: task.method });
if (!setup.ok) post({ kind: 'failed', issues: setup.issues });
else {
  const blocks = claimSmaaBlocks(task.next, task.blocks);
  const part = runSmaaPart(setup.value, task.seed, task.samples, blocks, (size) =>
    post({ kind: 'block', size }),
  );
  if (!part.ok) post({ kind: 'failed', issues: part.issues });
  else {
    const buffers = [part.value.counts, ...part.value.weights].map((a) => a.buffer as ArrayBuffer);
    post({ kind: 'done', part: part.value }, buffers);
  }
}
