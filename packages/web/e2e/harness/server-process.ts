/**
 * Starts `start-server.mjs` as its own process on a new, empty data folder and waits for
 * its ready line; `stop()` ends it (SIGTERM, then SIGKILL) and deletes the folder.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TestUser {
  readonly email: string;
  readonly password: string;
  /** The slug of the workspace they own, or null for a user with none. */
  readonly workspace: string | null;
}

export interface TestServer {
  readonly url: string;
  readonly users: readonly TestUser[];
  readonly dataDir: string;
  /** What the server wrote to stderr (warnings, errors), for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

export const WEB_DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const LAUNCHER = fileURLToPath(new URL('./start-server.mjs', import.meta.url));

export interface TestServerOptions {
  /**
   * Seed the demo workspace as a first start does (examples/demo.yaml with its running
   * partnerships and ledger history, server/src/demo-*.ts) before the test accounts are
   * made; the first account then owns it.
   */
  readonly demo?: boolean;
}

export async function startTestServer(
  timeoutMs = 60_000,
  options: TestServerOptions = {},
): Promise<TestServer> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`no built web app in ${WEB_DIST}: run npm run build -w @partnerfolio/web`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'partnerfolio-e2e-'));
  const args = [LAUNCHER, '--data', dataDir, ...(options.demo === true ? ['--demo'] : [])];
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'UTC' },
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const ready = await new Promise<{ url: string; users: TestUser[] }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start within ${timeoutMs} ms:\n${err}`)),
      timeoutMs,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it was ready:\n${err}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const newline = out.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      resolve(JSON.parse(out.slice(0, newline)) as { url: string; users: TestUser[] });
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });

  return { ...ready, dataDir, stderr: () => err, stop };
}
