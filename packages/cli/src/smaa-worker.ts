/**
 * Worker thread for SMAA-2: boots and loads its modules, then waits for its task (it may be
 * started before the spec is read: smaa-pool.ts). Builds its setup from the numbers the
 * caller read from the portfolio (core's `SmaaInput`), runs the blocks it claims from the shared counter (core's
 * `runSmaaPart` over `claimSmaaBlocks`, each block on its own random stream), posting the
 * samples of each block as it finishes and then the part's totals.
 */
import { parentPort } from 'node:worker_threads';
import type { Issue } from '@partnerfolio/core/issues';
// core's entry for SMAA threads alone: its few modules load in a fraction of the time of
// the ranking entry or all of core, and a thread that starts late does fewer blocks.
import {
  claimSmaaBlocks,
  runSmaaPart,
  type SmaaInput,
  type SmaaPart,
  smaaSetup,
} from '@partnerfolio/core/smaa-thread';

export interface SmaaWorkerTask {
  readonly input: SmaaInput;
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

const post = (message: SmaaWorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(message, transfer);

// One task, then the thread ends (no listener left): it may have booted long before.
parentPort?.once('message', (task: SmaaWorkerTask) => {
  const part = runSmaaPart(
    smaaSetup(task.input),
    task.seed,
    task.samples,
    claimSmaaBlocks(task.next, task.blocks),
    (size) => post({ kind: 'block', size }),
  );
  if (!part.ok) post({ kind: 'failed', issues: part.issues });
  else {
    const buffers = [part.value.counts, ...part.value.weights].map((a) => a.buffer as ArrayBuffer);
    post({ kind: 'done', part: part.value }, buffers);
  }
});
