/**
 * The server's configuration: one typed object built once at start-up from command-line
 * flags and the environment (flags win), failing fast with every problem named by the flag
 * or variable it came from. Nothing else in the server reads `process.env`.
 */
import { z } from 'zod';
import type { DatabaseTarget } from './db/connect.js';
import { type JobWorkerSettings, readJobWorkerSettings } from './jobs/settings.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** Folder of the embedded SQLite database (ignored when `databaseUrl` is set). */
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  /** `postgres://...`: use PostgreSQL instead of the embedded database. */
  readonly databaseUrl?: string;
  /** A PostgreSQL schema to work in (tests run each server in its own). */
  readonly databaseSchema?: string;
  readonly logLevel: LogLevel;
  readonly sessionTtlSeconds: number;
  /**
   * Mark the session cookie `Secure`: `auto` (the default) when the request came over HTTPS
   * (as the trusted proxy's X-Forwarded-Proto says, with `trustProxy`), or always / never.
   * `true` also sends HSTS and upgrades insecure requests.
   */
  readonly cookieSecure: boolean | 'auto';
  /** Lifetime of a new API token (default 90 days). */
  readonly tokenTtlSeconds: number;
  /** Lifetime of an invitation link (default 7 days). */
  readonly invitationTtlSeconds: number;
  /** Fastify's `trustProxy`: false, true, a hop count, or a list of proxy addresses. */
  readonly trustProxy: boolean | number | readonly string[];
  /** Failed sign-ins from one address before back-off starts (per account: at most 5). */
  readonly loginRateMax: number;
  /** The longest sign-in back-off, in seconds (default 15 minutes). */
  readonly loginRateWindowSeconds: number;
  /** Requests per minute per client on the whole API; 0 turns the general limit off. */
  readonly apiRateMax: number;
  readonly bodyLimitBytes: number;
  /** CSV and XLSX imports may be larger than an ordinary JSON body. */
  readonly importBodyLimitBytes: number;
  /** Whether this process runs a job worker, and how (PARTNERFOLIO_JOB_*; see jobs/settings.ts). */
  readonly jobs: JobWorkerSettings;
}

/** Flags as the command line parsed them (strings or numbers; validated here). */
export interface ConfigFlags {
  readonly data?: string | undefined;
  readonly port?: string | number | undefined;
  readonly host?: string | undefined;
  readonly logLevel?: string | undefined;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Environment variable of each setting (the flag, where there is one, overrides it). */
export const ENV = {
  dataDir: 'PARTNERFOLIO_DATA',
  port: 'PARTNERFOLIO_PORT',
  host: 'PARTNERFOLIO_HOST',
  databaseUrl: 'DATABASE_URL',
  databaseSchema: 'PARTNERFOLIO_DATABASE_SCHEMA',
  logLevel: 'PARTNERFOLIO_LOG_LEVEL',
  sessionTtl: 'PARTNERFOLIO_SESSION_TTL',
  cookieSecure: 'PARTNERFOLIO_COOKIE_SECURE',
  tokenTtl: 'PARTNERFOLIO_TOKEN_TTL',
  invitationTtl: 'PARTNERFOLIO_INVITATION_TTL',
  trustProxy: 'PARTNERFOLIO_TRUST_PROXY',
  loginRateMax: 'PARTNERFOLIO_LOGIN_RATE_MAX',
  loginRateWindow: 'PARTNERFOLIO_LOGIN_RATE_WINDOW',
  apiRateMax: 'PARTNERFOLIO_API_RATE_MAX',
  bodyLimit: 'PARTNERFOLIO_BODY_LIMIT',
  importBodyLimit: 'PARTNERFOLIO_IMPORT_BODY_LIMIT',
} as const;

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** `3600`, `90s`, `30m`, `12h`, `14d` → seconds. */
const duration = z
  .string()
  .trim()
  .regex(/^\d+\s*[smhd]?$/i, { error: 'must be seconds or a duration such as 30m, 12h, 14d' })
  .transform((text) => {
    const unit = text.at(-1)?.toLowerCase() ?? '';
    const factor = DURATION_UNITS[unit];
    return factor === undefined ? Number(text) : Number.parseInt(text, 10) * factor;
  })
  .pipe(z.number().int().min(60, { error: 'must be at least 60 seconds' }));

/** `1048576`, `512kb`, `20mb` → bytes. */
const size = z
  .string()
  .trim()
  .regex(/^\d+\s*(b|kb|mb|gb)?$/i, { error: 'must be bytes or a size such as 512kb, 20mb' })
  .transform((text) => {
    const unit = /[a-z]+$/i.exec(text)?.[0]?.toLowerCase() ?? 'b';
    return Number.parseInt(text, 10) * (SIZE_UNITS[unit] ?? 1);
  })
  .pipe(z.number().int().min(1024, { error: 'must be at least 1kb' }));

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
      error: 'must be true or false',
    }),
  )
  .transform((v) => v === 'true' || v === '1' || v === 'yes' || v === 'on');

const trustProxy = z
  .string()
  .trim()
  .min(1)
  .transform((text): boolean | number | readonly string[] => {
    const lower = text.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    if (/^\d+$/.test(text)) return Number(text);
    return text.split(',').map((part) => part.trim());
  });

const postgresUrl = z
  .string()
  .trim()
  .regex(/^postgres(ql)?:\/\/\S+$/, { error: 'must be a postgres:// or postgresql:// URL' });

const schemaName = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: 'must be a lower-case SQL identifier' });

interface Setting<T> {
  readonly source: string;
  readonly value: string | number | undefined;
  readonly schema: z.ZodType<T, unknown>;
  readonly fallback: T;
}

/**
 * Reads the configuration from `flags` and `env` (pass `process.env`); throws a
 * `ConfigError` that lists every bad value, each named by its flag or variable.
 */
export function loadConfig(flags: ConfigFlags, env: Environment): Config {
  const problems: string[] = [];
  const read = <T>({ source, value, schema, fallback }: Setting<T>): T => {
    if (value === undefined || value === '') return fallback;
    const parsed = schema.safeParse(typeof value === 'number' ? String(value) : value);
    if (parsed.success) return parsed.data;
    const message = parsed.error.issues[0]?.message ?? 'is invalid';
    problems.push(`${source} ${message} (got ${JSON.stringify(value)})`);
    return fallback;
  };
  const pick = (flagName: string, flagValue: string | number | undefined, envName: string) =>
    flagValue !== undefined
      ? { source: `--${flagName}`, value: flagValue }
      : { source: envName, value: env[envName] };

  const databaseUrl = read({
    source: ENV.databaseUrl,
    value: env[ENV.databaseUrl],
    schema: postgresUrl.optional(),
    fallback: undefined,
  });
  const databaseSchema = read({
    source: ENV.databaseSchema,
    value: env[ENV.databaseSchema],
    schema: schemaName.optional(),
    fallback: undefined,
  });
  const config: Config = {
    dataDir: read({
      ...pick('data', flags.data, ENV.dataDir),
      schema: z.string().trim().min(1),
      fallback: './data',
    }),
    port: read({
      ...pick('port', flags.port, ENV.port),
      schema: wholeNumber(0, 65_535),
      fallback: 4280,
    }),
    host: read({
      ...pick('host', flags.host, ENV.host),
      schema: z.string().trim().min(1),
      fallback: '127.0.0.1',
    }),
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    ...(databaseSchema === undefined ? {} : { databaseSchema }),
    logLevel: read({
      ...pick('log-level', flags.logLevel, ENV.logLevel),
      schema: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
      fallback: 'info',
    }),
    sessionTtlSeconds: read({
      source: ENV.sessionTtl,
      value: env[ENV.sessionTtl],
      schema: duration,
      fallback: 14 * 86_400,
    }),
    cookieSecure: read({
      source: ENV.cookieSecure,
      value: env[ENV.cookieSecure],
      schema: z.union([z.literal('auto'), flag], { error: 'must be auto, true or false' }),
      fallback: 'auto' as const,
    }),
    tokenTtlSeconds: read({
      source: ENV.tokenTtl,
      value: env[ENV.tokenTtl],
      schema: duration,
      fallback: 90 * 86_400,
    }),
    invitationTtlSeconds: read({
      source: ENV.invitationTtl,
      value: env[ENV.invitationTtl],
      schema: duration,
      fallback: 7 * 86_400,
    }),
    trustProxy: read({
      source: ENV.trustProxy,
      value: env[ENV.trustProxy],
      schema: trustProxy,
      fallback: false,
    }),
    loginRateMax: read({
      source: ENV.loginRateMax,
      value: env[ENV.loginRateMax],
      schema: wholeNumber(1, 1_000_000),
      fallback: 10,
    }),
    loginRateWindowSeconds: read({
      source: ENV.loginRateWindow,
      value: env[ENV.loginRateWindow],
      schema: duration,
      fallback: 900,
    }),
    apiRateMax: read({
      source: ENV.apiRateMax,
      value: env[ENV.apiRateMax],
      schema: wholeNumber(0, 100_000_000),
      fallback: 0,
    }),
    bodyLimitBytes: read({
      source: ENV.bodyLimit,
      value: env[ENV.bodyLimit],
      schema: size,
      fallback: 1024 ** 2,
    }),
    importBodyLimitBytes: read({
      source: ENV.importBodyLimit,
      value: env[ENV.importBodyLimit],
      schema: size,
      fallback: 32 * 1024 ** 2,
    }),
    jobs: (() => {
      const jobs = readJobWorkerSettings(env);
      if (jobs.ok) return jobs.value;
      problems.push(...jobs.problems);
      return { enabled: false, concurrency: 1, pollMs: 1000, workerId: 'invalid' };
    })(),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Where the data lives: PostgreSQL when `DATABASE_URL` is set, else SQLite in `dataDir`. */
export function databaseTarget(config: Config): DatabaseTarget {
  if (config.databaseUrl === undefined) return { kind: 'sqlite', dir: config.dataDir };
  return {
    kind: 'postgres',
    url: config.databaseUrl,
    ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }),
  };
}

/** A configuration for tests and embedding: the defaults, with `overrides` applied. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}, {}), logLevel: 'silent', ...overrides };
}
