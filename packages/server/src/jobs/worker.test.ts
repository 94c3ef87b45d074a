import { afterEach, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { claimNext, enqueue, getJob, reportProgress, requestCancel } from './queue.js';
import { waitFor, waitForJob } from './test-support/wait-for.js';
import { insertWorkspaceRow } from './test-support/workspace-row.js';
import { JobFailure, type JobHandler, type JobWorker, startJobWorker } from './worker.js';

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachDatabase('job worker', (get) => {
  let ws: string;
  let n = 0;
  const kind = () => `work-${++n}`;
  const workers: JobWorker[] = [];
  const start = (
    handlers: Record<string, JobHandler>,
    extra: { pollMs?: number; staleAfterMs?: number } = {},
  ) => {
    const worker = startJobWorker({
      db: get().db,
      workerId: `worker-${n}`,
      handlers,
      pollMs: extra.pollMs ?? 20,
      heartbeatMs: 30,
      progressIntervalMs: 0,
      ...(extra.staleAfterMs === undefined ? {} : { staleAfterMs: extra.staleAfterMs }),
    });
    workers.push(worker);
    return worker;
  };
  beforeAll(async () => {
    ws = await insertWorkspaceRow(get().db, 'worker-ws');
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop({ timeoutMs: 1000 })));
  });

  it('runs a job to done, recording progress and which worker ran it', async () => {
    const { db } = get();
    const k = kind();
    const seen: number[] = [];
    start({
      [k]: async ({ input, reportProgress }) => {
        for (const p of [0.25, 0.5]) {
          expect(await reportProgress(p)).toBe('continue');
          seen.push((await getJob(db, job.id))?.progress ?? -1);
        }
        return { doubled: (input as { x: number }).x * 2 };
      },
    });
    const job = await enqueue(db, { workspaceId: ws, kind: k, input: { x: 21 }, createdBy: null });
    const done = await waitForJob(db, job.id, ['done', 'failed']);
    expect(done).toMatchObject({
      state: 'done',
      result: { doubled: 42 },
      progress: 1,
      worker: `worker-${n}`,
    });
    expect(seen).toEqual([0.25, 0.5]);
  });

  it('fails a job with the error its handler gives, and hides unexpected errors', async () => {
    const { db } = get();
    const k = kind();
    start({
      [k]: async ({ input }) => {
        if (input === 'expected')
          throw new JobFailure({ code: 'invalid_input', message: 'no partner "x"' });
        throw new Error('a bug with internals in its message');
      },
    });
    const a = await enqueue(db, { workspaceId: ws, kind: k, input: 'expected', createdBy: null });
    const b = await enqueue(db, { workspaceId: ws, kind: k, input: 'bug', createdBy: null });
    expect((await waitForJob(db, a.id, ['failed'])).error).toEqual({
      code: 'invalid_input',
      message: 'no partner "x"',
    });
    const failed = await waitForJob(db, b.id, ['failed']);
    expect(failed.error?.code).toBe('internal');
    expect(failed.error?.message).not.toMatch(/internals/);
  });

  it('stops a running job when a cancel is requested, at its next progress report', async () => {
    const { db } = get();
    const k = kind();
    let reports = 0;
    start({
      [k]: async ({ reportProgress }) => {
        for (;;) {
          reports++;
          if ((await reportProgress(Math.min(0.99, reports / 1000))) === 'cancel') return 'stopped';
          await tick();
        }
      },
    });
    const job = await enqueue(db, { workspaceId: ws, kind: k, input: null, createdBy: null });
    await waitFor(
      'progress',
      async () => ((await getJob(db, job.id))?.progress ?? 0) > 0 || undefined,
    );
    await requestCancel(db, job.id);
    const cancelled = await waitForJob(db, job.id, ['cancelled', 'done', 'failed']);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.result).toBeNull();
  });

  it('aborts the signal of a job that reports no progress, through the heartbeat', async () => {
    const { db } = get();
    const k = kind();
    let reason: unknown;
    start({
      [k]: ({ signal }) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => {
            reason = signal.reason;
            resolve('aborted');
          });
        }),
    });
    const job = await enqueue(db, { workspaceId: ws, kind: k, input: null, createdBy: null });
    await waitForJob(db, job.id, ['running']);
    await requestCancel(db, job.id);
    expect((await waitForJob(db, job.id, ['cancelled', 'done'])).state).toBe('cancelled');
    expect(reason).toBe('cancelled');
  });

  it('claims a job enqueued in its own process at once, without waiting for the poll', async () => {
    const { db } = get();
    const k = kind();
    start({ [k]: async () => 'ok' }, { pollMs: 60_000 });
    await tick(50);
    const job = await enqueue(db, { workspaceId: ws, kind: k, input: null, createdBy: null });
    expect((await waitForJob(db, job.id, ['done'], 5000)).result).toBe('ok');
  });

  it('waits for the running job when it stops', async () => {
    const { db } = get();
    const k = kind();
    let release: (() => void) | undefined;
    const worker = start({
      [k]: () => new Promise((resolve) => (release = () => resolve('finished'))),
    });
    const job = await enqueue(db, { workspaceId: ws, kind: k, input: null, createdBy: null });
    await waitForJob(db, job.id, ['running']);
    const stopped = worker.stop();
    let hasStopped = false;
    void stopped.then(() => (hasStopped = true));
    await tick(100);
    expect(hasStopped).toBe(false);
    release?.();
    await stopped;
    expect((await getJob(db, job.id))?.state).toBe('done');
  });

  it('hands a job that outlives the stop timeout back to the queue', async () => {
    const { db } = get();
    const k = kind();
    const worker = start({
      [k]: ({ signal }) =>
        new Promise((resolve) => signal.addEventListener('abort', () => resolve(null))),
    });
    const job = await enqueue(db, { workspaceId: ws, kind: k, input: null, createdBy: null });
    await waitForJob(db, job.id, ['running']);
    await worker.stop({ timeoutMs: 50 });
    expect(await getJob(db, job.id)).toMatchObject({ state: 'queued', worker: null });
    // Another process's worker takes it from there.
    start({ [k]: async () => 'second try' });
    expect((await waitForJob(db, job.id, ['done'])).result).toBe('second try');
  });

  it("finishes a dead worker's job after its heartbeat goes stale", async () => {
    const { db } = get();
    const k = kind();
    const job = await enqueue(db, { workspaceId: ws, kind: k, input: null, createdBy: null });
    await claimNext(db, 'crashed', [k]);
    await reportProgress(db, job.id, 'crashed', 0.3);
    start({ [k]: async () => 'recovered' }, { staleAfterMs: 300 });
    const done = await waitForJob(db, job.id, ['done']);
    expect(done).toMatchObject({ result: 'recovered', worker: `worker-${n}` });
  });
});
