/**
 * A job as the API shows it: never the raw row, and never the spec snapshot an engine job
 * keeps in its input (large, and the workspace's own `GET .../spec` shows the data).
 */
import { z } from 'zod';
import { commandOfJobKind } from '../engine/job-input.js';
import type { JobError, JobHead, ShownJob } from '../jobs/queue.js';

export const jobErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z
    .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
    .optional(),
});

export const jobSchema = z
  .object({
    id: z.string(),
    kind: z.string().meta({ description: 'e.g. `engine.simulate`' }),
    command: z.string().optional(),
    state: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
    progress: z.number().meta({ description: '0 to 1' }),
    cancelRequested: z.boolean(),
    options: z.unknown().optional(),
    save: z.string().optional(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    worker: z.string().nullable().meta({ description: 'the server process that runs or ran it' }),
    result: z.unknown().optional().meta({ description: "when done: the CLI's --json document" }),
    error: jobErrorSchema.optional(),
  })
  .meta({ id: 'Job' });

export type JobView = z.output<typeof jobSchema>;

function presentError(error: JobError): NonNullable<JobView['error']> {
  const { issues, ...rest } = error;
  return issues === undefined ? rest : { ...rest, issues: issues.map((i) => ({ ...i })) };
}

/** A job without its result: a list's, a new one's, a cancelled one's (`presentJobText` adds it). */
export function presentJob(job: JobHead): JobView {
  const command = commandOfJobKind(job.kind);
  const { options, save } = job;
  return {
    id: job.id,
    kind: job.kind,
    ...(command === undefined ? {} : { command }),
    state: job.state,
    progress: job.progress,
    cancelRequested: job.cancelRequested,
    ...(options === undefined ? {} : { options }),
    ...(save === undefined ? {} : { save }),
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    worker: job.worker,
    ...(job.error === null ? {} : { error: presentError(job.error) }),
  };
}

/**
 * A job's page as JSON text (`GET …/jobs/{id}`): `presentJob`'s view and, once done, its
 * result as stored (`ShownJob.resultJson`, JSON the queue wrote), set in as it is rather
 * than parsed and written again: a large result (an SMAA document on 1,000 partners is
 * megabytes) costs the event loop a copy, not a parse and a stringify.
 */
export function presentJobText(job: ShownJob): string {
  const view = JSON.stringify(presentJob(job));
  if (job.state !== 'done') return view;
  // The view is an object with keys, so its text ends in `}` after a value.
  return `${view.slice(0, -1)},"result":${job.resultJson ?? 'null'}}`;
}
