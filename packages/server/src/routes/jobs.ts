/**
 * A workspace's jobs: list, read (with the result once done), follow (Server-Sent Events),
 * cancel. Every member may read them; cancelling needs an editor, like starting one.
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { access } from '../auth/policies.js';
import { workspaceOf } from '../auth/principal.js';
import type { Db } from '../db/connect.js';
import { engineJobKind } from '../engine/job-input.js';
import { ENGINE_COMMANDS } from '../engine/options.js';
import type { RoutePlugin } from '../http/context.js';
import { notFound } from '../http/problem.js';
import {
  getJobHead,
  getShownJob,
  JOB_STATES,
  type JobHead,
  listJobs,
  requestCancel,
} from '../jobs/queue.js';
import { jobSchema, presentJob, presentJobText } from '../presenters/job.js';
import { presentAs } from '../presenters/report.js';
import { type JobEventsOptions, streamJobEvents } from './jobs-events.js';
import { pageQuery, slugParam } from './shared-schema.js';

const jobParams = slugParam.extend({ id: z.string().min(1).max(100) });

/**
 * Sends a page already written as JSON text, as it is (the route's schema still documents
 * it, and the text is `presentJob`'s view with a result the queue wrote as JSON).
 */
function sendJsonText(reply: FastifyReply, text: string): FastifyReply {
  return reply
    .type('application/json; charset=utf-8')
    .serializer((payload: unknown) => payload as string)
    .send(text);
}

const jobListQuery = z.object({
  state: z.enum(JOB_STATES as [JobHead['state'], ...JobHead['state'][]]).optional(),
  command: z.enum(ENGINE_COMMANDS).optional(),
  ...pageQuery,
});

const jobPage = z.object({
  items: z.array(jobSchema),
  total: z.int(),
  limit: z.int(),
  offset: z.int(),
});

/**
 * The job, if it belongs to the workspace; 404 otherwise (ids of other workspaces do not
 * leak). Read by `read`: its head alone (`getJobHead`), or with its result (`getShownJob`).
 */
async function jobOf<J extends JobHead>(
  read: (db: Db, id: string) => Promise<J | undefined>,
  db: Db,
  workspaceId: string,
  id: string,
): Promise<J> {
  const job = await read(db, id);
  if (job === undefined || job.workspaceId !== workspaceId)
    throw notFound(`job ${JSON.stringify(id)}`);
  return job;
}

export function createJobRoutes(options: JobEventsOptions = {}): RoutePlugin {
  return async (app, { db }) => {
    const tags = ['jobs'];
    // Event streams would hold a graceful shutdown open for as long as their jobs run.
    const closing = new AbortController();
    app.addHook('preClose', async () => closing.abort());
    const read = access.workspace('jobs', 'read');

    app.get(
      '/api/workspaces/:slug/jobs',
      {
        config: { access: read },
        schema: {
          summary: "The workspace's jobs, newest first (results are in each job's own page)",
          tags,
          params: slugParam,
          querystring: jobListQuery,
          response: { 200: jobPage },
        },
      },
      async (request) => {
        const { state, command, limit, offset } = request.query;
        const page = await listJobs(db, workspaceOf(request).id, {
          limit,
          offset,
          ...(state === undefined ? {} : { state }),
          ...(command === undefined ? {} : { kind: engineJobKind(command) }),
        });
        return presentAs(jobPage)({
          items: page.items.map((job) => presentJob(job)),
          total: page.total,
          limit,
          offset,
        });
      },
    );

    app.get(
      '/api/workspaces/:slug/jobs/:id',
      {
        config: { access: read },
        schema: {
          summary: 'A job: its state, progress, and its result once done',
          tags,
          params: jobParams,
          response: { 200: jobSchema },
        },
      },
      // The page as text (`presentJobText`: the stored result set in as it is), sent as it is.
      async (request, reply) => {
        const job = await jobOf(getShownJob, db, workspaceOf(request).id, request.params.id);
        return sendJsonText(reply, presentJobText(job));
      },
    );

    app.get(
      '/api/workspaces/:slug/jobs/:id/events',
      {
        config: { access: read },
        schema: {
          summary: "A job's progress as Server-Sent Events",
          description:
            '`event: progress` with `{ state, progress }` on every change, then `event: done` with the result, `event: failed` with the error, or `event: cancelled`; then the stream ends.',
          tags,
          params: jobParams,
          response: {
            200: {
              description: 'an event stream',
              content: { 'text/event-stream': { schema: z.string() } },
            },
          },
        },
      },
      async (request, reply) => {
        const job = await jobOf(getJobHead, db, workspaceOf(request).id, request.params.id);
        await streamJobEvents(db, request, reply, job, { ...options, closing: closing.signal });
      },
    );

    app.post(
      '/api/workspaces/:slug/jobs/:id/cancel',
      {
        config: { access: access.workspace('jobs', 'write') },
        schema: {
          summary:
            'Cancel a job: a queued one at once, a running one at its next progress check (editor)',
          tags,
          params: jobParams,
          response: { 200: jobSchema },
        },
      },
      async (request) => {
        const job = await jobOf(getJobHead, db, workspaceOf(request).id, request.params.id);
        const now = await requestCancel(db, job.id);
        return presentJob(now ?? job);
      },
    );
  };
}

export const jobRoutes: RoutePlugin = createJobRoutes();
