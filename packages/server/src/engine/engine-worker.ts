/**
 * The engine's worker thread: loads HiGHS once, then runs the engine tasks the pool sends
 * (engine-tasks.ts) one at a time, posting progress (`{ id, progress }`) and the answer
 * (`{ id, value }`, a `Result`) or the error that stopped it (`{ id, failed }`). A solve
 * cannot be interrupted from outside; the pool stops the whole thread when a run is
 * cancelled or overruns its budget, and starts another.
 */

import { parentPort } from 'node:worker_threads';
import { createHighsSolver, type MilpSolver } from '@partnerfolio/core';
import { lowerThreadPriority } from '../offload/thread-priority.js';
import { type EngineTask, runEngineTask } from './engine-tasks.js';

lowerThreadPriority();

/** Compiled as the thread starts, so that a warmed pool answers its first run at once. */
let solver: Promise<MilpSolver> = createHighsSolver();
// A failed load is retried by the next run (below); it must not end the thread meanwhile.
solver.catch(() => undefined);

async function run(id: number, task: EngineTask): Promise<void> {
  solver = solver.catch(() => createHighsSolver());
  const value = await runEngineTask(task, {
    solver: await solver,
    onProgress: (progress) => parentPort?.postMessage({ id, progress }),
  });
  parentPort?.postMessage({ id, value });
}

parentPort?.on('message', (message: { id: number; task: EngineTask }) => {
  run(message.id, message.task).catch((error: unknown) =>
    parentPort?.postMessage({
      id: message.id,
      failed: error instanceof Error ? error.message : String(error),
    }),
  );
});
