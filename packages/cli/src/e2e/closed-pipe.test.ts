/**
 * `partnerfolio … | head`: the reader closes the pipe after a few bytes. The CLI stops
 * quietly with its exit code, as Unix tools do, instead of crashing on EPIPE.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { binPath, repoRoot } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'pf-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A spec whose `evaluate --json` answer is far larger than a pipe's buffer (64 KiB). */
function largeSpec(): string {
  const partners = Array.from({ length: 3_000 }, (_, i) => ({
    id: `partner-${i}`,
    kind: 'enterprise',
    scores: { value: (i % 9) + 1 },
    cost: 10 + (i % 7),
    return: 20 + (i % 11),
  }));
  const spec = {
    version: 1,
    criteria: [{ id: 'value', name: 'Value', kind: 'benefit', weight: 1 }],
    resources: {},
    partners,
  };
  const file = join(dir, 'large.json');
  writeFileSync(file, JSON.stringify(spec));
  return file;
}

it('stops quietly when its reader closes the pipe early', async () => {
  const child = spawn(process.execPath, [binPath, 'evaluate', largeSpec(), '--json'], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // Read the first chunk, then close our end, as `head -c 100` would.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(stderr).not.toMatch(/EPIPE|Unhandled/);
  expect(code).toBe(0);
});
