/**
 * `smaa` as a job, split across the job pool's threads the way the CLI splits it over its
 * workers (core's blocks claimed from a shared counter, combined by core), so the document
 * is the one-thread document bit for bit for any number of threads: SMAA-2's blocks run
 * as parts that leave their totals in shared memory, the last to finish combining them
 * (central weights, confidence factors) into core's result, of which this thread makes the
 * document (smaa-parts.ts says why here), then with `portfolio` the
 * membership's samples run as parts (core's `dealRoundRobin`), one MILP each. Progress is
 * the samples done over all parts; a part that fails or a cancelled run stops every other
 * part. Each part is a task of the pool, under its queue, time and heap budgets.
 */
import {
  combineMembership,
  dealRoundRobin,
  fail,
  type MembershipPart,
  type Result,
  smaaDocument,
  smaaParts,
  smaaPartsMismatch,
} from '@partnerfolio/core';
import {
  ENGINE_LIMITS,
  engineSize,
  type SmaaDocument,
  smaaRefusal,
} from '@partnerfolio/core/commands';
import type { RunOptions, WorkerPool } from '../offload/pool.js';
import type { EngineTask } from './engine-tasks.js';
import { runOnPool } from './engine-thread.js';
import { type SmaaRun, type SmaaShare, smaaMeeting } from './smaa-parts.js';

export interface SmaaSplitOptions extends Omit<SmaaRun, 'portfolio'> {
  readonly portfolio?: boolean;
}

export interface SmaaSplitDeps {
  readonly pool: Pick<WorkerPool<EngineTask>, 'run'>;
  /** Parts to split into (the pool's threads); 1 runs the whole run as one part. */
  readonly threads: number;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((fraction: number) => unknown) | undefined;
}

export async function smaaSplit(
  run: SmaaRun,
  options: { readonly portfolio?: boolean },
  deps: SmaaSplitDeps,
): Promise<Result<SmaaDocument>> {
  const { samples } = run;
  const tooBig = smaaRefusal(
    { ...options, samples },
    engineSize(run.portfolio),
    ENGINE_LIMITS.server,
  );
  if (tooBig !== undefined) return tooBig;
  // The ranking part is quick next to the MILPs: call it the first tenth of the run.
  const rankShare = options.portfolio === true ? 0.1 : 1;
  const report = (base: number, span: number) => (done: Float64Array) =>
    deps.onProgress?.(base + (span * done.reduce((a, b) => a + b, 0)) / samples);

  // As many parts as threads (core's rule: no more than the run has blocks), each claiming
  // the next block as it comes free; each reports its samples over the run's.
  const count = smaaParts(samples, deps.threads).length;
  const meeting = smaaMeeting(run.portfolio, samples, count);
  const parts = await allParts<SmaaShare>(
    deps,
    Array.from({ length: count }, (_, part) => ({ ...run, kind: 'smaa-part', part, meeting })),
    Array.from({ length: count }, () => samples),
    report(0, rankShare),
  );
  if (!parts.ok) return parts;
  const result = parts.value.find((share) => share.result !== undefined)?.result;
  if (result === undefined) return fail([smaaPartsMismatch()]);
  const document = smaaDocument(run.portfolio, result, run);
  const ranks = { ok: true, value: document, warnings: parts.warnings } as const;
  if (options.portfolio !== true) return ranks;

  const indices = dealRoundRobin(samples, deps.threads);
  const membership = await allParts<MembershipPart>(
    deps,
    indices.map((part) => ({ ...run, kind: 'membership-part', indices: part })),
    indices.map((part) => part.length),
    report(rankShare, 1 - rankShare),
  );
  if (!membership.ok) return membership;
  return {
    ok: true,
    value: { ...ranks.value, portfolio: combineMembership(membership.value, samples) },
    warnings: ranks.warnings,
  };
}

/**
 * Runs the tasks at once on the pool, each part's progress weighted by its samples; the
 * first part to fail (a refused run, a budget, a crash) or the caller's cancellation
 * stops the others, and its answer is the run's.
 */
async function allParts<T>(
  deps: SmaaSplitDeps,
  tasks: readonly EngineTask[],
  sizes: readonly number[],
  progress: (done: Float64Array) => unknown,
): Promise<Result<T[]>> {
  const stop = new AbortController();
  const { signal } = deps;
  const onAbort = () => stop.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const done = new Float64Array(tasks.length);
  // What stopped the run first: a part's refusal, or the error a part threw.
  let first: { readonly answer: Result<T[]> } | { readonly error: unknown } | undefined;
  try {
    const results = await Promise.allSettled(
      tasks.map(async (task, i) => {
        const options: RunOptions = {
          signal: stop.signal,
          onProgress: (fraction) => {
            done[i] = fraction * (sizes[i] ?? 0);
            return progress(done);
          },
        };
        try {
          const r = await runOnPool<T>(deps.pool, task, options);
          if (!r.ok && first === undefined) {
            first = { answer: r };
            stop.abort(new Error('another part of the run failed'));
          }
          return r;
        } catch (error) {
          if (first === undefined) first = { error };
          stop.abort(error);
          throw error;
        }
      }),
    );
    if (first !== undefined) {
      if ('answer' in first) return first.answer;
      throw first.error;
    }
    const values = results.flatMap((r) =>
      r.status === 'fulfilled' && r.value.ok ? [r.value.value] : [],
    );
    const head = results[0];
    const warnings = head?.status === 'fulfilled' && head.value.ok ? head.value.warnings : [];
    return { ok: true, value: values, warnings };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
