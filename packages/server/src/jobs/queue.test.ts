import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { type DatabaseTarget, migrateToLatest, migratorOf } from '../db/connect.js';
import {
  createTestDatabase,
  describeEachDatabase,
  type TestDatabase,
} from '../test-support/databases.js';
import {
  claimNext,
  complete,
  enqueue,
  fail,
  getJob,
  getJobHead,
  getShownJob,
  jobSummary,
  listJobs,
  markCancelled,
  release,
  reportProgress,
  requestCancel,
  requeueStale,
} from './queue.js';
import { runTs } from './test-support/spawn-ts.js';
import { insertWorkspaceRow } from './test-support/workspace-row.js';

/** How another process reaches the same data. */
function targetOf(t: TestDatabase): DatabaseTarget {
  if (t.kind === 'sqlite' && t.dataDir !== undefined) return { kind: 'sqlite', dir: t.dataDir };
  if (t.url === undefined) throw new Error('no way to reach the test database again');
  return { kind: 'postgres', url: t.url, ...(t.schema === undefined ? {} : { schema: t.schema }) };
}

/** A clock that moves only when told to, one millisecond per call so that order is stable. */
function steppingClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let t = start;
  const clock = () => new Date(t++);
  return Object.assign(clock, { advance: (ms: number) => (t += ms) });
}

describeEachDatabase('job queue', (get) => {
  let ws: string;
  let other: string;
  let n = 0;
  const kind = () => `test-${++n}`;
  beforeAll(async () => {
    ws = await insertWorkspaceRow(get().db, 'jobs-a');
    other = await insertWorkspaceRow(get().db, 'jobs-b');
  });

  it('enqueues, claims the oldest first, and runs a job to done', async () => {
    const { db } = get();
    const k = kind();
    const clock = steppingClock();
    const first = await enqueue(
      db,
      { workspaceId: ws, kind: k, input: { a: 1 }, createdBy: null },
      { clock },
    );
    const second = await enqueue(
      db,
      { workspaceId: ws, kind: k, input: { a: 2 }, createdBy: 'u1' },
      { clock },
    );
    expect(first).toMatchObject({ state: 'queued', progress: 0, input: { a: 1 }, worker: null });

    const claimed = await claimNext(db, 'w1', [k], { clock });
    expect(claimed).toMatchObject({ id: first.id, state: 'running', worker: 'w1' });
    expect(claimed?.startedAt).not.toBeNull();
    expect(claimed?.heartbeatAt).not.toBeNull();

    expect(await reportProgress(db, first.id, 'w1', 0.5, { clock })).toBe(false);
    expect((await getJob(db, first.id))?.progress).toBe(0.5);
    // Another worker's report does not touch the job and tells it to stop.
    expect(await reportProgress(db, first.id, 'w2', 0.9)).toBe(true);
    expect((await getJob(db, first.id))?.progress).toBe(0.5);

    expect(await complete(db, first.id, { S: 1.25 }, { workerId: 'w1', clock })).toBe(true);
    const done = await getJob(db, first.id);
    expect(done).toMatchObject({ state: 'done', progress: 1, result: { S: 1.25 }, error: null });
    expect(done?.finishedAt).not.toBeNull();
    // A finished job cannot be finished again.
    expect(await fail(db, first.id, { code: 'x', message: 'late' })).toBe(false);

    expect((await claimNext(db, 'w1', [k]))?.id).toBe(second.id);
    expect(await claimNext(db, 'w1', [k])).toBeUndefined();
  });

  it('claims only the kinds a worker handles', async () => {
    const { db } = get();
    const a = kind();
    const b = kind();
    const job = await enqueue(db, { workspaceId: ws, kind: a, input: null, createdBy: null });
    expect(await claimNext(db, 'w1', [b])).toBeUndefined();
    expect(await claimNext(db, 'w1', [])).toBeUndefined();
    expect((await claimNext(db, 'w1', [b, a]))?.id).toBe(job.id);
  });

  it('records a failure with its error', async () => {
    const { db } = get();
    const k = kind();
    const job = await enqueue(db, { workspaceId: ws, kind: k, input: null, createdBy: null });
    await claimNext(db, 'w1', [k]);
    const error = {
      code: 'invalid_input',
      message: 'bad',
      issues: [{ path: 'selected[0]', message: 'no such partner' }],
    };
    expect(await fail(db, job.id, error, { workerId: 'w1' })).toBe(true);
    expect(await getJob(db, job.id)).toMatchObject({ state: 'failed', error, result: null });
  });

  it('cancels a queued job at once, and flags a running one for its runner', async () => {
    const { db } = get();
    const k = kind();
    const queued = await enqueue(db, { workspaceId: ws, kind: k, input: null, createdBy: null });
    expect(await requestCancel(db, queued.id)).toMatchObject({
      state: 'cancelled',
      cancelRequested: true,
    });
    expect(await claimNext(db, 'w1', [k])).toBeUndefined();

    const running = await enqueue(db, { workspaceId: ws, kind: k, input: null, createdBy: null });
    await claimNext(db, 'w1', [k]);
    expect(await requestCancel(db, running.id)).toMatchObject({
      state: 'running',
      cancelRequested: true,
    });
    expect(await reportProgress(db, running.id, 'w1', 0.3)).toBe(true);
    expect(await markCancelled(db, running.id, { workerId: 'w1' })).toBe(true);
    expect((await getJob(db, running.id))?.state).toBe('cancelled');

    // Cancelling a finished job changes nothing; an unknown one is undefined.
    expect((await requestCancel(db, running.id))?.state).toBe('cancelled');
    expect(await requestCancel(db, 'no-such-job')).toBeUndefined();
  });

  it("re-queues a dead worker's jobs, and the new worker's result wins", async () => {
    const { db } = get();
    const k = kind();
    const clock = steppingClock(Date.parse('2026-02-01T00:00:00Z'));
    const job = await enqueue(
      db,
      { workspaceId: ws, kind: k, input: null, createdBy: null },
      { clock },
    );
    await claimNext(db, 'dead', [k], { clock });
    await reportProgress(db, job.id, 'dead', 0.4, { clock });
    clock.advance(10_000);
    expect(await requeueStale(db, 30_000, { clock })).toBe(0);
    clock.advance(60_000);
    expect(await requeueStale(db, 30_000, { clock })).toBe(1);
    expect(await getJob(db, job.id)).toMatchObject({ state: 'queued', worker: null, progress: 0 });

    expect((await claimNext(db, 'alive', [k], { clock }))?.id).toBe(job.id);
    // The dead worker wakes up: it is told to stop and its result is dropped.
    expect(await reportProgress(db, job.id, 'dead', 0.5)).toBe(true);
    expect(await complete(db, job.id, 'stale', { workerId: 'dead' })).toBe(false);
    expect(await complete(db, job.id, 'fresh', { workerId: 'alive' })).toBe(true);
    expect((await getJob(db, job.id))?.result).toBe('fresh');
  });

  it('ends a stale job whose cancel was requested as cancelled, not queued', async () => {
    const { db } = get();
    const k = kind();
    const clock = steppingClock(Date.parse('2026-03-01T00:00:00Z'));
    const job = await enqueue(
      db,
      { workspaceId: ws, kind: k, input: null, createdBy: null },
      { clock },
    );
    await claimNext(db, 'dead', [k], { clock });
    await requestCancel(db, job.id, { clock });
    clock.advance(120_000);
    await requeueStale(db, 30_000, { clock });
    expect((await getJob(db, job.id))?.state).toBe('cancelled');
  });

  it('takes back a job a stopping worker releases', async () => {
    const { db } = get();
    const k = kind();
    const job = await enqueue(db, { workspaceId: ws, kind: k, input: null, createdBy: null });
    await claimNext(db, 'w1', [k]);
    await release(db, job.id, 'someone-else');
    expect((await getJob(db, job.id))?.state).toBe('running');
    await release(db, job.id, 'w1');
    expect(await getJob(db, job.id)).toMatchObject({ state: 'queued', worker: null });
  });

  it("lists a workspace's jobs newest first, and only its own", async () => {
    const { db } = get();
    const k = kind();
    const clock = steppingClock(Date.parse('2027-01-01T00:00:00Z'));
    const a1 = await enqueue(
      db,
      { workspaceId: other, kind: k, input: 1, createdBy: null },
      { clock },
    );
    const a2 = await enqueue(
      db,
      { workspaceId: other, kind: k, input: 2, createdBy: null },
      { clock },
    );
    await enqueue(db, { workspaceId: ws, kind: k, input: 3, createdBy: null }, { clock });
    const page = await listJobs(db, other, { kind: k });
    expect(page.total).toBe(2);
    expect(page.items.map((j) => j.id)).toEqual([a2.id, a1.id]);
    expect(
      (await listJobs(db, other, { kind: k, limit: 1, offset: 1 })).items.map((j) => j.id),
    ).toEqual([a1.id]);
    expect((await listJobs(db, other, { kind: k, state: 'done' })).total).toBe(0);
  });

  it('lists and polls jobs without reading inputs or results, showing the input’s summary', async () => {
    const { db } = get();
    const k = kind();
    const input = { options: { samples: 5 }, save: 'plan', spec: { partners: ['a'] } };
    const job = await enqueue(db, { workspaceId: other, kind: k, input, createdBy: null });
    expect(job).toMatchObject({ input, options: { samples: 5 }, save: 'plan' });
    await claimNext(db, 'w-head', [k]);
    await complete(db, job.id, { big: true }, { workerId: 'w-head' });
    // An input and a result the list would choke on if it read them (a large workspace's
    // spec, an SMAA document: megabytes each).
    await db.kysely
      .updateTable('jobs')
      .set({ input: '{not json', result: '{not json' })
      .where('id', '=', job.id)
      .execute();
    const [listed] = (await listJobs(db, other, { kind: k })).items;
    expect(listed).toMatchObject({
      id: job.id,
      state: 'done',
      options: { samples: 5 },
      save: 'plan',
    });
    expect(listed).not.toHaveProperty('input');
    expect(listed).not.toHaveProperty('result');
    const head = await getJobHead(db, job.id);
    expect(head).toMatchObject({ id: job.id, state: 'done', progress: 1, error: null });
    expect(head).not.toHaveProperty('input');
    expect(head).not.toHaveProperty('result');
    expect(await getJobHead(db, 'no-such-job')).toBeUndefined();
    await db.kysely
      .updateTable('jobs')
      .set({ result: '{"big":true}' })
      .where('id', '=', job.id)
      .execute();
    const shown = await getShownJob(db, job.id);
    // The result as stored, never parsed: the page sends it as it is.
    expect(shown).toMatchObject({
      state: 'done',
      resultJson: '{"big":true}',
      options: { samples: 5 },
    });
    expect(shown).not.toHaveProperty('input');
  });

  it('is summarised by migration 0016 for the jobs queued before it', async () => {
    const target = await createTestDatabase(get().kind);
    try {
      const { db } = target;
      const migrator = await migratorOf(db);
      const down = await migrator.migrateTo('0015-estimate-history');
      expect(down.error).toBeUndefined();
      const w = await insertWorkspaceRow(db, 'jobs-old');
      // Rows as the queue wrote them before 0016 (no summary column), more than a page.
      const inputs = Array.from({ length: 150 }, (_, i) =>
        i === 0 ? [1, 2] : { options: { samples: i }, ...(i % 2 ? { save: `s${i}` } : {}) },
      );
      for (const [i, input] of inputs.entries()) {
        await sql`insert into jobs (id, workspace_id, kind, state, input, progress, cancel_requested, created_at)
          values (${`old-${String(i).padStart(3, '0')}`}, ${w}, 'old', 'queued', ${JSON.stringify(input)}, 0, 0, ${new Date(i).toISOString()})`.execute(
          db.kysely,
        );
      }
      await migrateToLatest(db);
      const { items, total } = await listJobs(db, w, { limit: 200 });
      expect(total).toBe(150);
      const byId = new Map(items.map((j) => [j.id, j]));
      expect(byId.get('old-000')).not.toHaveProperty('options');
      expect(byId.get('old-001')).toMatchObject({ options: { samples: 1 }, save: 's1' });
      expect(byId.get('old-149')).toMatchObject({ options: { samples: 149 }, save: 's149' });
      expect(byId.get('old-148')).not.toHaveProperty('save');
    } finally {
      await target.drop();
    }
  });

  it('summarises only what an input has: options, and a save that is a name', () => {
    expect(jobSummary({ options: { a: 1 }, save: 'x', spec: {} })).toEqual({
      options: { a: 1 },
      save: 'x',
    });
    expect(jobSummary({ save: 3 })).toEqual({});
    expect(jobSummary([1, 2])).toEqual({});
    expect(jobSummary(null)).toEqual({});
    expect(jobSummary('text')).toEqual({});
  });

  it('hands each job to one claimer when several claim at once on one connection pool', async () => {
    const { db } = get();
    const k = kind();
    for (let i = 0; i < 20; i++) {
      await enqueue(db, { workspaceId: ws, kind: k, input: i, createdBy: null });
    }
    const drain = async (worker: string): Promise<string[]> => {
      const mine: string[] = [];
      for (
        let job = await claimNext(db, worker, [k]);
        job;
        job = await claimNext(db, worker, [k])
      ) {
        mine.push(job.id);
      }
      return mine;
    };
    const all = (await Promise.all(['a', 'b', 'c', 'd'].map(drain))).flat();
    expect(all).toHaveLength(20);
    expect(new Set(all).size).toBe(20);
  });

  it('never gives the same job to two claimers in separate processes', async () => {
    const t = get();
    const k = kind();
    const count = 150;
    for (let i = 0; i < count; i++) {
      await enqueue(t.db, { workspaceId: ws, kind: k, input: i, createdBy: null });
    }
    const startAt = Date.now() + 2500;
    const workers = ['p1', 'p2', 'p3'];
    const outputs = await Promise.all(
      workers.map((worker) =>
        runTs(new URL('./test-support/claim-all.ts', import.meta.url), [
          JSON.stringify({ target: targetOf(t), kind: k, worker, startAt }),
        ]),
      ),
    );
    const got = outputs.map((o) => JSON.parse(o) as string[]);
    // The claims really overlapped: more than one process got work.
    expect(got.filter((ids) => ids.length > 0).length).toBeGreaterThan(1);
    const all = got.flat();
    expect(all).toHaveLength(count);
    expect(new Set(all).size).toBe(count);
    const rows = await t.db.kysely
      .selectFrom('jobs')
      .select(['id', 'worker', 'state'])
      .where('kind', '=', k)
      .execute();
    const owner = new Map(rows.map((r) => [r.id, r.worker]));
    got.forEach((ids, i) => {
      for (const id of ids) expect(owner.get(id)).toBe(workers[i]);
    });
    expect(rows.every((r) => r.state === 'running')).toBe(true);
  });
});
