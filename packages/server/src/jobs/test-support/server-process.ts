import type { ChildProcess } from 'node:child_process';
import { spawnTs } from './spawn-ts.js';

export interface ServerProcess {
  readonly url: string;
  /** The worker id this process runs jobs under, or null when its worker is off. */
  readonly worker: string | null;
  readonly child: ChildProcess;
  /** Everything it wrote to stderr (its warnings and errors), for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts launch-server.ts with `env` and waits for its ready line. */
export function startServerProcess(
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const child = spawnTs(new URL('./launch-server.ts', import.meta.url), [], env);
  let out = '';
  let err = '';
  child.stderr?.on('data', (b: Buffer) => {
    err += b.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${err}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it was ready:\n${err}`));
    });
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      const line = out.split('\n')[0];
      if (line === undefined || !out.includes('\n')) return;
      clearTimeout(timer);
      const ready = JSON.parse(line) as { url: string; worker: string | null };
      resolve({ ...ready, child, stderr: () => err, stop });
    });
  });
}
