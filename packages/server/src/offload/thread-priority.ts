import { setPriority } from 'node:os';

/**
 * Below the event loop's priority: on a busy machine the request threads get the CPU
 * first, so one heavy upload or analysis slows only itself. On Linux a nice value belongs
 * to the thread that sets it (pid 0 = this thread); where it cannot be set, nothing changes.
 */
export const WORKER_NICE = 10;

/** Lowers the calling worker thread's priority to `WORKER_NICE` where the system allows. */
export function lowerThreadPriority(): void {
  try {
    setPriority(WORKER_NICE);
  } catch {
    // not permitted or not supported here: run at the normal priority
  }
}
