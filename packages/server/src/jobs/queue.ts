/**
 * A job queue in the database, shared by every server process on it: the role pg-boss
 * plays, on the one schema both dialects use. A job is a row; a worker claims the oldest
 * queued row atomically (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so claimers never wait on
 * each other; SQLite: `BEGIN IMMEDIATE`, one writer at a time across processes), reports
 * progress (which doubles as its heartbeat and the moment it learns of a cancel request),
 * and writes the result or the error. A worker that dies leaves a `running` row whose
 * heartbeat goes stale; `requeueStale` hands it back to the queue.
 */
import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import type { JobState, Row } from '../db/schema.js';
import { newId, now, type Trx, writeTransaction } from '../store/tx.js';
import { JOBS_CHANNEL } from './pg-listen.js';
import { announceJob } from './wake.js';

export type { JobState };

export const JOB_STATES: readonly JobState[] = ['queued', 'running', 'done', 'failed', 'cancelled'];
export const FINISHED_STATES: readonly JobState[] = ['done', 'failed', 'cancelled'];

/** Why a job failed, as the API shows it. */
export interface JobError {
  readonly code: string;
  readonly message: string;
  /** For invalid input: each issue with its path (`selected[2]`). */
  readonly issues?: readonly {
    readonly path: string;
    readonly message: string;
    readonly code?: string;
    /** The issue's values, to say it from its code (core's ISSUE_PARAMS). */
    readonly params?: Readonly<Record<string, unknown>>;
  }[];
}

/**
 * A job without its input (an engine job's input holds the workspace's spec, megabytes for
 * a large workspace) or its result (an SMAA document on 1,000 partners is 6 MB of JSON, 35
 * ms to parse): what the jobs list and an event stream's poll read.
 */
export interface JobHead {
  readonly id: string;
  readonly workspaceId: string;
  readonly kind: string;
  readonly state: JobState;
  readonly error: JobError | null;
  /** 0 to 1. */
  readonly progress: number;
  readonly cancelRequested: boolean;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** The process that runs (or ran) it. */
  readonly worker: string | null;
  readonly heartbeatAt: string | null;
  /** The input's options and scenario name (`jobSummary`): what the API shows of it. */
  readonly options?: unknown;
  readonly save?: string;
}

/**
 * A job as its page shows it: its head and, once done, its result as it is stored, JSON
 * text the page sends as it is (parsing an SMAA document on 1,000 partners and writing it
 * again took the event loop tens of milliseconds a read).
 */
export interface ShownJob extends JobHead {
  readonly resultJson: string | null;
}

/** The whole job, its input and result read: what its worker runs, and the tests read. */
export interface Job extends JobHead {
  readonly result: unknown;
  readonly input: unknown;
}

/**
 * What the API shows of a job's input, kept beside it when it is queued: its `options`
 * and `save` (the scenario name), when the input is an object that has them.
 */
export function jobSummary(input: unknown): { options?: unknown; save?: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return {};
  const { options, save } = input as { options?: unknown; save?: unknown };
  return {
    ...(options === undefined ? {} : { options }),
    ...(typeof save === 'string' ? { save } : {}),
  };
}

export interface NewJob {
  readonly workspaceId: string;
  readonly kind: string;
  readonly input: unknown;
  readonly createdBy: string | null;
}

export interface QueueOptions {
  /** A test's stepping clock for this call; the database handle's clock (`db.clock`) otherwise. */
  readonly clock?: Clock;
}

const stamp = (db: Db, options: QueueOptions): string =>
  options.clock === undefined ? now(db) : options.clock().toISOString();

/** The columns of a job's head: all but `input` and `result`. */
const HEAD_COLUMNS = [
  'id',
  'workspace_id',
  'kind',
  'state',
  'error',
  'progress',
  'cancel_requested',
  'created_by',
  'created_at',
  'started_at',
  'finished_at',
  'worker',
  'heartbeat_at',
  'summary',
] as const satisfies readonly (keyof Row<'jobs'>)[];
const SHOWN_COLUMNS = [...HEAD_COLUMNS, 'result'] as const;

type HeadRow = Pick<Row<'jobs'>, (typeof HEAD_COLUMNS)[number]>;

function toJobHead(row: HeadRow): JobHead {
  const summary =
    row.summary === null ? {} : (JSON.parse(row.summary) as ReturnType<typeof jobSummary>);
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    kind: row.kind,
    state: row.state,
    error: row.error === null ? null : (JSON.parse(row.error) as JobError),
    progress: Number(row.progress),
    cancelRequested: Number(row.cancel_requested) !== 0,
    createdBy: row.created_by,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    worker: row.worker,
    heartbeatAt: row.heartbeat_at,
    ...summary,
  };
}

const toShownJob = (row: HeadRow & Pick<Row<'jobs'>, 'result'>): ShownJob => ({
  ...toJobHead(row),
  resultJson: row.result,
});

const toJob = (row: Row<'jobs'>): Job => ({
  ...toJobHead(row),
  result: row.result === null ? null : (JSON.parse(row.result) as unknown),
  input: JSON.parse(row.input) as unknown,
});

/** Puts a job at the end of the queue. */
export async function enqueue(db: Db, job: NewJob, options: QueueOptions = {}): Promise<Job> {
  const row: Row<'jobs'> = {
    id: newId(),
    workspace_id: job.workspaceId,
    kind: job.kind,
    state: 'queued',
    input: JSON.stringify(job.input ?? null),
    summary: JSON.stringify(jobSummary(job.input)),
    result: null,
    error: null,
    progress: 0,
    cancel_requested: 0,
    created_by: job.createdBy,
    created_at: stamp(db, options),
    started_at: null,
    finished_at: null,
    worker: null,
    heartbeat_at: null,
  };
  await writeTransaction(db, async (trx) => {
    await trx.insertInto('jobs').values(row).execute();
    if (db.dialect === 'postgres') await sql`select pg_notify(${JOBS_CHANNEL}, '')`.execute(trx);
  });
  announceJob();
  return toJob(row);
}

/**
 * Claims the oldest queued job of one of `kinds` for `workerId` and marks it running, or
 * answers undefined when there is none. Two claimers never get the same job.
 */
export async function claimNext(
  db: Db,
  workerId: string,
  kinds: readonly string[],
  options: QueueOptions = {},
): Promise<Job | undefined> {
  if (kinds.length === 0) return undefined;
  const at = stamp(db, options);
  const running = {
    state: 'running',
    worker: workerId,
    started_at: at,
    heartbeat_at: at,
    progress: 0,
  } as const;
  if (db.dialect === 'postgres') {
    const row = await db.kysely
      .updateTable('jobs')
      .set(running)
      .where('state', '=', 'queued')
      .where('id', '=', (eb) =>
        eb
          .selectFrom('jobs')
          .select('id')
          .where('state', '=', 'queued')
          .where('kind', 'in', kinds)
          .orderBy('created_at')
          .orderBy('id')
          .limit(1)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : toJob(row);
  }
  // Idle workers poll: a plain read first keeps them from taking the write lock for nothing.
  const waiting = await db.kysely
    .selectFrom('jobs')
    .select('id')
    .where('state', '=', 'queued')
    .where('kind', 'in', kinds)
    .limit(1)
    .executeTakeFirst();
  if (waiting === undefined) return undefined;
  return writeTransaction(db, async (trx) => {
    const next = await trx
      .selectFrom('jobs')
      .select('id')
      .where('state', '=', 'queued')
      .where('kind', 'in', kinds)
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (next === undefined) return undefined;
    const row = await trx
      .updateTable('jobs')
      .set(running)
      .where('id', '=', next.id)
      .where('state', '=', 'queued')
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : toJob(row);
  });
}

/** Runs one statement in a write transaction (on SQLite: `BEGIN IMMEDIATE`, see store/tx.ts). */
const write = <T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> => writeTransaction(db, fn);

/**
 * Records the progress (0 to 1) of a running job and its worker's heartbeat. Answers true
 * when the worker should stop: a cancel was requested, or the job is no longer this
 * worker's (it was declared dead and re-queued, or cancelled while queued again).
 */
export async function reportProgress(
  db: Db,
  id: string,
  workerId: string,
  progress: number,
  options: QueueOptions = {},
): Promise<boolean> {
  const fraction = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  const row = await write(db, (trx) =>
    trx
      .updateTable('jobs')
      .set({ progress: fraction, heartbeat_at: stamp(db, options) })
      .where('id', '=', id)
      .where('worker', '=', workerId)
      .where('state', '=', 'running')
      .returning('cancel_requested')
      .executeTakeFirst(),
  );
  return row === undefined || Number(row.cancel_requested) !== 0;
}

/** Ends a running job; answers false if it was not running (for `workerId`, when given). */
async function finish(
  db: Db,
  id: string,
  state: 'done' | 'failed' | 'cancelled',
  fields: { result?: string; error?: string; progress?: number },
  workerId: string | undefined,
  options: QueueOptions,
): Promise<boolean> {
  const result = await write(db, (trx) => {
    let update = trx
      .updateTable('jobs')
      .set({ state, finished_at: stamp(db, options), ...fields })
      .where('id', '=', id)
      .where('state', '=', 'running');
    if (workerId !== undefined) update = update.where('worker', '=', workerId);
    return update.executeTakeFirst();
  });
  return Number(result.numUpdatedRows) > 0;
}

export interface FinishOptions extends QueueOptions {
  /** Only if this worker still holds the job (a re-queued job's late result is dropped). */
  readonly workerId?: string;
}

export const complete = (db: Db, id: string, result: unknown, options: FinishOptions = {}) =>
  finish(
    db,
    id,
    'done',
    { result: JSON.stringify(result ?? null), progress: 1 },
    options.workerId,
    options,
  );

export const fail = (db: Db, id: string, error: JobError, options: FinishOptions = {}) =>
  finish(db, id, 'failed', { error: JSON.stringify(error) }, options.workerId, options);

/** The runner saw the cancel request and stopped. */
export const markCancelled = (db: Db, id: string, options: FinishOptions = {}) =>
  finish(db, id, 'cancelled', {}, options.workerId, options);

/**
 * Gives a running job back to the queue (a worker shutting down before it could finish);
 * a job whose cancel was requested ends as cancelled instead.
 */
export async function release(
  db: Db,
  id: string,
  workerId: string,
  options: QueueOptions = {},
): Promise<void> {
  await write(db, async (trx) => {
    await trx
      .updateTable('jobs')
      .set({ state: 'cancelled', finished_at: stamp(db, options) })
      .where('id', '=', id)
      .where('worker', '=', workerId)
      .where('state', '=', 'running')
      .where('cancel_requested', '<>', 0)
      .execute();
    await trx
      .updateTable('jobs')
      .set({ state: 'queued', worker: null, started_at: null, heartbeat_at: null, progress: 0 })
      .where('id', '=', id)
      .where('worker', '=', workerId)
      .where('state', '=', 'running')
      .execute();
  });
}

/**
 * Asks a job to stop: a queued job is cancelled at once; a running one is flagged, and
 * its runner stops at its next progress report. A finished job is left as it is.
 * Answers the job as it is now, or undefined when there is no such job.
 */
export async function requestCancel(
  db: Db,
  id: string,
  options: QueueOptions = {},
): Promise<ShownJob | undefined> {
  const row = await write(db, async (trx) => {
    await trx
      .updateTable('jobs')
      .set({ state: 'cancelled', cancel_requested: 1, finished_at: stamp(db, options) })
      .where('id', '=', id)
      .where('state', '=', 'queued')
      .execute();
    await trx
      .updateTable('jobs')
      .set({ cancel_requested: 1 })
      .where('id', '=', id)
      .where('state', '=', 'running')
      .execute();
    return trx.selectFrom('jobs').select(SHOWN_COLUMNS).where('id', '=', id).executeTakeFirst();
  });
  return row === undefined ? undefined : toShownJob(row);
}

export async function getJob(db: Db, id: string): Promise<Job | undefined> {
  const row = await db.kysely
    .selectFrom('jobs')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : toJob(row);
}

/** A job as its page shows it: without reading its input, its result left as text. */
export async function getShownJob(db: Db, id: string): Promise<ShownJob | undefined> {
  const row = await db.kysely
    .selectFrom('jobs')
    .select(SHOWN_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : toShownJob(row);
}

/** A job's state, progress and error without reading its input or result (a poll). */
export async function getJobHead(db: Db, id: string): Promise<JobHead | undefined> {
  const row = await db.kysely
    .selectFrom('jobs')
    .select(HEAD_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : toJobHead(row);
}

export interface ListJobsOptions {
  readonly state?: JobState;
  readonly kind?: string;
  /** At most this many, newest first (default 50). */
  readonly limit?: number;
  readonly offset?: number;
}

/** A workspace's jobs, newest first. */
export async function listJobs(
  db: Db,
  workspaceId: string,
  options: ListJobsOptions = {},
): Promise<{ items: JobHead[]; total: number }> {
  let query = db.kysely.selectFrom('jobs').where('workspace_id', '=', workspaceId);
  if (options.state !== undefined) query = query.where('state', '=', options.state);
  if (options.kind !== undefined) query = query.where('kind', '=', options.kind);
  const [rows, count] = await Promise.all([
    // Neither inputs nor results: a list shows neither, and fifty of either could be
    // hundreds of megabytes to parse (a large workspace's spec, SMAA documents).
    query
      .select(HEAD_COLUMNS)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit ?? 50)
      .offset(options.offset ?? 0)
      .execute(),
    query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toJobHead), total: Number(count.n) };
}

/**
 * A worker that died: its running jobs whose heartbeat is older than `olderThanMs` go back
 * to the queue (or, if a cancel was requested meanwhile, end as cancelled). Answers how
 * many jobs were re-queued.
 */
export async function requeueStale(
  db: Db,
  olderThanMs: number,
  options: QueueOptions = {},
): Promise<number> {
  const at = (options.clock ?? db.clock)();
  const cutoff = new Date(at.getTime() - olderThanMs).toISOString();
  return write(db, async (trx) => {
    await trx
      .updateTable('jobs')
      .set({ state: 'cancelled', finished_at: at.toISOString() })
      .where('state', '=', 'running')
      .where('heartbeat_at', '<', cutoff)
      .where('cancel_requested', '<>', 0)
      .execute();
    const requeued = await trx
      .updateTable('jobs')
      .set({ state: 'queued', worker: null, started_at: null, heartbeat_at: null, progress: 0 })
      .where('state', '=', 'running')
      .where('heartbeat_at', '<', cutoff)
      .executeTakeFirst();
    return Number(requeued.numUpdatedRows);
  });
}
