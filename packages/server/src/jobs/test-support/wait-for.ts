import type { Db } from '../../db/connect.js';
import { getJob, type Job } from '../queue.js';

/** Polls `check` until it answers a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the job is in one of `states`, and answers it. */
export function waitForJob(
  db: Db,
  id: string,
  states: readonly Job['state'][],
  timeoutMs?: number,
): Promise<Job> {
  return waitFor(
    `job ${id} to be ${states.join(' or ')}`,
    async () => {
      const job = await getJob(db, id);
      return job !== undefined && states.includes(job.state) ? job : undefined;
    },
    timeoutMs,
  );
}
