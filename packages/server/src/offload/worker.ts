/**
 * A worker thread's entry: runs tasks sent by offload/pool.ts one at a time and posts
 * each answer back (`{ id, value }` or `{ id, failed }` with the error's message). Many
 * parsed rows go back in slices (`{ id, rows }` messages, then the rest with
 * `chunked: true`), so that the main thread decodes them in short steps between other
 * requests rather than in one long pause; JSON bytes are transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task, type TaskValue } from './tasks.js';
import { lowerThreadPriority } from './thread-priority.js';

export const ROWS_PER_MESSAGE = 2_000;

lowerThreadPriority();

function post(id: number, value: TaskValue): void {
  if (value instanceof Uint8Array) {
    parentPort?.postMessage({ id, value }, [value.buffer as ArrayBuffer]);
    return;
  }
  if ('rows' in value && value.rows.length > ROWS_PER_MESSAGE) {
    for (let i = 0; i < value.rows.length; i += ROWS_PER_MESSAGE) {
      parentPort?.postMessage({ id, rows: value.rows.slice(i, i + ROWS_PER_MESSAGE) });
    }
    parentPort?.postMessage({ id, value: { ...value, rows: [] }, chunked: true });
    return;
  }
  parentPort?.postMessage({ id, value });
}

parentPort?.on('message', (message: { id: number; task: Task }) => {
  runTask(message.task).then(
    (value) => post(message.id, value),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        failed: error instanceof Error ? error.message : String(error),
      }),
  );
});
