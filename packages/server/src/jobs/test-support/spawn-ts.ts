import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const register = fileURLToPath(new URL('./ts-register.mjs', import.meta.url));

/** Starts `node` on a TypeScript file of this package (see ts-hooks.mjs). */
export function spawnTs(
  file: URL,
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): ChildProcess {
  return spawn(process.execPath, ['--import', register, fileURLToPath(file), ...args], {
    env: { ...process.env, TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a TypeScript file to its end; its stdout, or an error with its stderr. */
export function runTs(file: URL, args: readonly string[], timeoutMs = 60_000): Promise<string> {
  const child = spawnTs(file, args);
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`child exited with ${code}: ${Buffer.concat(err).toString('utf8')}`));
    });
  });
}
