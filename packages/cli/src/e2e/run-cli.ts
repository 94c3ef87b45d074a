/**
 * Test support for the end-to-end tests: runs the real, built `partnerfolio` command
 * (`packages/cli/bin/partnerfolio.js`, the launcher npm links, which runs the bundle
 * `npm test` builds first) in a child process, from the
 * repository root, with `TZ=UTC` and `NO_COLOR=1`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

/** The repository root: this file lives in `packages/cli/src/e2e/` (or `dist/e2e/`). */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const binPath = join(repoRoot, 'packages', 'cli', 'bin', 'partnerfolio.js');

/** A fixture's path relative to the repository root (the working directory of every run). */
export const fixture = (name: string): string => `packages/cli/src/e2e/fixtures/${name}`;

export interface CliRun {
  readonly args: readonly string[];
  /** The exit code; null only if a signal ended the process. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Variables added to (or, when undefined, removed from) the environment. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs?: number;
}

/** Runs `partnerfolio ...args` and collects its exit code and output. */
export function runBin(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, TZ: 'UTC', NO_COLOR: '1' };
  // A CI runner's FORCE_COLOR would otherwise switch colour on in a pipe.
  delete env.FORCE_COLOR;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 30_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        args,
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

export const describeRun = (run: CliRun): string =>
  `partnerfolio ${run.args.join(' ')} (exit ${run.code})\nstdout: ${run.stdout}\nstderr: ${run.stderr}`;

/**
 * Parses stdout as exactly one JSON document (`JSON.parse` rejects anything around it)
 * and checks that it ends with one newline. Throws with the run's output otherwise.
 */
export function parseJsonDocument(run: CliRun): unknown {
  if (!run.stdout.endsWith('}\n') && !run.stdout.endsWith(']\n')) {
    throw new Error(`stdout is not one JSON document ending in a newline: ${describeRun(run)}`);
  }
  try {
    return JSON.parse(run.stdout);
  } catch (e) {
    throw new Error(`stdout is not one JSON document (${String(e)}): ${describeRun(run)}`);
  }
}

/**
 * Runs `partnerfolio ...args --json`, checks the exit code and parses stdout as one document
 * of the given contract schema.
 */
export async function runJson<S extends z.ZodType>(
  schema: S,
  args: readonly string[],
  expectedCode = 0,
): Promise<z.output<S>> {
  const run = await runBin([...args, '--json']);
  if (run.code !== expectedCode) {
    throw new Error(`expected exit ${expectedCode}: ${describeRun(run)}`);
  }
  return schema.parse(parseJsonDocument(run));
}

/** Runs a command once, however many tests ask for its result (the tests run concurrently). */
export function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    p ??= f();
    return p;
  };
}

/** What must never reach a user: a JavaScript stack frame. */
export const STACK_FRAME = /^ {4}at /m;

/** An ANSI escape sequence (colour, cursor movement). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ESC is the point
export const ANSI = /\u001b\[/;
