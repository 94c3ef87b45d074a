/**
 * The job worker's settings, from the environment the server was started with (the caller
 * passes it: nothing here reads `process.env`). A process that should only answer HTTP
 * (several API processes in front of dedicated workers) sets `PARTNERFOLIO_JOB_WORKER=off`.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { z } from 'zod';

export const JOB_ENV = {
  worker: 'PARTNERFOLIO_JOB_WORKER',
  concurrency: 'PARTNERFOLIO_JOB_CONCURRENCY',
  pollMs: 'PARTNERFOLIO_JOB_POLL_MS',
  workerId: 'PARTNERFOLIO_JOB_WORKER_ID',
} as const;

export interface JobWorkerSettings {
  /** Run a worker in this process (default true). */
  readonly enabled: boolean;
  /** Jobs this process runs at once (default 1). */
  readonly concurrency: number;
  /** How often an idle worker looks for work (default 1000 ms). */
  readonly pollMs: number;
  /** Names this process in the jobs it runs (default `host:pid:random`). */
  readonly workerId: string;
}

const onOff = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['on', 'off', 'true', 'false', '1', '0', 'yes', 'no']))
  .transform((v) => v === 'on' || v === 'true' || v === '1' || v === 'yes');

const settingsSchema = z.object({
  [JOB_ENV.worker]: onOff.default(true),
  [JOB_ENV.concurrency]: z.coerce.number().int().min(1).max(64).default(1),
  [JOB_ENV.pollMs]: z.coerce.number().int().min(10).max(60_000).default(1000),
  [JOB_ENV.workerId]: z
    .string()
    .trim()
    .regex(/^[\w.:@-]{1,100}$/)
    .optional(),
});

export const defaultWorkerId = (): string =>
  `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** The settings, or the problems found, each naming its variable (for `loadConfig`). */
export function readJobWorkerSettings(
  env: Readonly<Record<string, string | undefined>>,
):
  | { readonly ok: true; readonly value: JobWorkerSettings }
  | { readonly ok: false; readonly problems: string[] } {
  const present = Object.fromEntries(
    Object.values(JOB_ENV).flatMap((name) => {
      const value = env[name];
      return value === undefined || value === '' ? [] : [[name, value]];
    }),
  );
  const parsed = settingsSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      return `${name} ${i.message} (got ${JSON.stringify(present[name])})`;
    });
    return { ok: false, problems };
  }
  const s = parsed.data;
  return {
    ok: true,
    value: {
      enabled: s[JOB_ENV.worker],
      concurrency: s[JOB_ENV.concurrency],
      pollMs: s[JOB_ENV.pollMs],
      workerId: s[JOB_ENV.workerId] ?? defaultWorkerId(),
    },
  };
}

/** Like `readJobWorkerSettings`, throwing an error that names each bad variable. */
export function jobWorkerSettings(
  env: Readonly<Record<string, string | undefined>>,
): JobWorkerSettings {
  const read = readJobWorkerSettings(env);
  if (!read.ok)
    throw new Error(`invalid job worker settings:\n  - ${read.problems.join('\n  - ')}`);
  return read.value;
}
