/**
 * PostgreSQL wake-ups across processes: `enqueue` sends `NOTIFY partnerfolio_jobs` with its
 * insert (delivered when the transaction commits), and each worker LISTENs on a connection
 * of its own, so a job submitted through any process starts at once rather than at the next
 * poll. Polling stays on as the safety net: a lost notification only costs a poll interval.
 */
import pg from 'pg';

export const JOBS_CHANNEL = 'partnerfolio_jobs';

export interface ListenLog {
  warn(object: object, message: string): void;
}

/** Calls `onNotify` on every job notification until the returned function is called. */
export async function listenForJobs(
  url: string,
  onNotify: () => void,
  log?: ListenLog,
  retryMs = 5000,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === JOBS_CHANNEL) onNotify();
    });
    next.on('error', (error) => {
      log?.warn({ err: error }, 'job notifications lost; polling until they come back');
      void next.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect().catch(() => {}), retryMs);
    });
    await next.connect();
    await next.query(`LISTEN ${JOBS_CHANNEL}`);
    client = next;
    // Something may have been enqueued while there was no listener.
    onNotify();
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
