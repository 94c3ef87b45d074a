/**
 * Every engine run of the server (engine commands answered at once or by jobs, fair shares)
 * goes to a worker thread: a HiGHS solve is synchronous and may take up to its time limit,
 * so on the event loop it would stall health checks and every other request. Two pools,
 * one for requests and one for jobs, so that a long job never queues a quick request
 * behind it. Each run has a wall-time budget (stopped, answered with the limit), a heap
 * budget, and stops when its caller goes away (the client closes, the job is cancelled).
 */
import { availableParallelism } from 'node:os';
import type { Result } from '@partnerfolio/core';
import {
  compiledWorker,
  OFFLOAD_LIMITS,
  type OffloadLimits,
  type PoolShape,
  type RunOptions,
  TaskCancelled,
  WorkerPool,
} from '../offload/pool.js';
import { type EngineTask, engineTaskSize } from './engine-tasks.js';
import { EngineCancelled } from './sample-runner.js';

/** The budgets of engine runs: a request's answer at once, and a job's. */
export const ENGINE_LIMITS = {
  /** An analysis answered at once (longer ones are jobs: routes/engine/long-run.ts). */
  request: {
    ...OFFLOAD_LIMITS,
    threshold: 0,
    timeoutMs: 120_000,
    heapMb: 1024,
    workers: Math.max(1, Math.min(2, availableParallelism() - 1)),
    recycleAbove: 2_000 * 1024,
    maxQueued: 32,
  },
  /** A job's run (its worker's concurrency bounds how many run at once). */
  job: {
    ...OFFLOAD_LIMITS,
    threshold: 0,
    timeoutMs: 30 * 60_000,
    heapMb: 2048,
    workers: Math.max(1, Math.min(2, availableParallelism() - 1)),
    recycleAbove: 2_000 * 1024,
    maxQueued: 256,
  },
} as const satisfies Record<string, OffloadLimits>;

export type EngineLane = keyof typeof ENGINE_LIMITS;

const SHAPE: PoolShape<EngineTask> = {
  entry: compiledWorker('./engine-worker.js', import.meta.url),
  size: engineTaskSize,
  doing: 'running the analysis',
};

/** A pool of engine threads with these budgets (the server keeps one per lane). */
export const createEnginePool = (limits: OffloadLimits): WorkerPool<EngineTask> =>
  new WorkerPool(limits, SHAPE);

const pools = new Map<EngineLane, WorkerPool<EngineTask>>();

function poolOf(lane: EngineLane): WorkerPool<EngineTask> {
  let pool = pools.get(lane);
  if (pool === undefined) {
    pool = createEnginePool(ENGINE_LIMITS[lane]);
    pools.set(lane, pool);
  }
  return pool;
}

/**
 * Runs `task` on a worker of `lane`'s pool. Cancelled runs throw `EngineCancelled`; runs
 * over a budget throw `OffloadLimitError` (time, memory, busy, crash).
 */
export function runOnEngineThread<T>(
  task: EngineTask,
  options: RunOptions & { readonly lane?: EngineLane } = {},
): Promise<Result<T>> {
  return runOnPool<T>(poolOf(options.lane ?? 'request'), task, options);
}

/** Runs `task` on `pool` (a lane's, or a test's), as `runOnEngineThread` does. */
export async function runOnPool<T>(
  pool: Pick<WorkerPool<EngineTask>, 'run'>,
  task: EngineTask,
  options: RunOptions = {},
): Promise<Result<T>> {
  try {
    return (await pool.run(task, options)) as Result<T>;
  } catch (error) {
    if (error instanceof TaskCancelled) throw new EngineCancelled(error.reason);
    throw error;
  }
}

/** A lane's pool (the server keeps one per lane) and its number of threads. */
export const engineLane = (lane: EngineLane) => ({
  pool: poolOf(lane),
  threads: ENGINE_LIMITS[lane].workers,
});

/** Starts the request pool's workers and loads HiGHS in them (the server does at start). */
export function warmEngineThreads(): void {
  poolOf('request').warm();
}

/** Stops every engine worker (the server does when it closes). */
export async function closeEngineThreads(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.close()));
}
