/**
 * A job's progress as Server-Sent Events: `event: progress` (`{ state, progress }`) whenever
 * either changes, then one of `event: done` (the result: the CLI's `--json` document),
 * `event: failed` (the error) or `event: cancelled`, and the stream ends. The stream reads
 * the job's row, so it works from any server process, whichever one runs the job. When the
 * server shuts down the stream just ends; an `EventSource` reconnects (after `retry`) to
 * whichever process answers next and picks up from the job's current state.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/connect.js';
import { getJobHead, getShownJob, type JobHead, type ShownJob } from '../jobs/queue.js';

export interface JobEventsOptions {
  /** How often the job row is read (default 250 ms). */
  readonly pollMs?: number;
  /** A comment line this often keeps proxies from closing an idle stream (default 15 s). */
  readonly keepAliveMs?: number;
}

export interface StreamControl {
  /** Aborted when the server shuts down: the stream ends, and the client reconnects elsewhere. */
  readonly closing?: AbortSignal;
}

const FINISHED = new Set<JobHead['state']>(['done', 'failed', 'cancelled']);

/**
 * The last event, from the whole job (its result or error), once it has finished, as JSON
 * text: the result as the queue stored it (JSON.stringify's, on one line), never parsed.
 */
function finalEvent(job: ShownJob): { event: string; json: string } {
  if (job.state === 'done') return { event: 'done', json: job.resultJson ?? 'null' };
  if (job.state === 'failed') return { event: 'failed', json: JSON.stringify(job.error) };
  const { id, state, progress } = job;
  return { event: 'cancelled', json: JSON.stringify({ id, state, progress }) };
}

export async function streamJobEvents(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  first: JobHead,
  options: JobEventsOptions & StreamControl = {},
): Promise<void> {
  const pollMs = options.pollMs ?? 250;
  const keepAliveMs = options.keepAliveMs ?? 15_000;
  reply.hijack();
  const raw = reply.raw;
  let closed = false;
  let wake: (() => void) | undefined;
  const end = (): void => {
    closed = true;
    wake?.();
  };
  raw.on('close', end);
  options.closing?.addEventListener('abort', end);
  const headers: Record<string, string | number | readonly string[]> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) headers[name] = value;
  }
  raw.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  let id = 0;
  const sendJson = (event: string, json: string): void => {
    id += 1;
    raw.write(`id: ${id}\nevent: ${event}\ndata: ${json}\n\n`);
  };
  const send = (event: string, data: unknown): void =>
    sendJson(event, JSON.stringify(data ?? null));
  raw.write('retry: 2000\n\n');

  // Polled by its head (state, progress): an engine job's input holds the workspace's
  // spec, and its result may be megabytes; both are read once, when it has finished.
  let job: JobHead | undefined = first;
  let last: { state: string; progress: number } | undefined;
  let lastWrite = Date.now();
  try {
    while (!closed && job !== undefined) {
      if (last?.state !== job.state || last.progress !== job.progress) {
        last = { state: job.state, progress: job.progress };
        send('progress', last);
        lastWrite = Date.now();
      }
      if (FINISHED.has(job.state)) {
        const whole = await getShownJob(db, first.id);
        if (whole === undefined) {
          job = undefined;
          break;
        }
        const { event, json } = finalEvent(whole);
        sendJson(event, json);
        break;
      }
      if (Date.now() - lastWrite >= keepAliveMs) {
        raw.write(': keep-alive\n\n');
        lastWrite = Date.now();
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, pollMs);
        function done(): void {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        }
        wake = done;
      });
      if (!closed) job = await getJobHead(db, first.id);
    }
    if (!closed && job === undefined)
      send('failed', { code: 'not_found', message: 'the job was deleted' });
  } catch (error) {
    request.log.error({ err: error, job: first.id }, 'job event stream failed');
    if (!closed)
      send('failed', {
        code: 'internal',
        message: 'the event stream failed; read the job instead',
      });
  } finally {
    options.closing?.removeEventListener('abort', end);
    raw.end();
  }
}
