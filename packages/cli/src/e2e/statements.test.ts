/**
 * Statements and receipts through the real binary, beside a running server: the demo's
 * joint R&D agreement is settled over the API into a statement; `statements list/show`
 * read it from the database; `statements receipt` writes its receipt, which
 * `ledger check-receipt` accepts offline and rejects once a byte is changed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, repoRoot, runBin } from './run-cli.js';

describe('statements and receipts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'partnerfolio-statements-'));
  const receiptFile = join(dir, 'receipt.json');
  let server: ChildProcess;
  let url = '';
  let token = '';
  const year = new Date().getUTCFullYear() - 1;

  beforeAll(async () => {
    server = spawn(process.execPath, [binPath, 'serve', '--data', dir, '--port', '0'], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', PARTNERFOLIO_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${output}`)), 40_000);
      server.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1] && output.includes('Press Ctrl+C')) {
          url = match[1];
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const add = await runBin(
      ['user', 'add', '--email', 'ed@example.org', '--password', 'a-long-password'].concat([
        '--workspace',
        'demo',
        '--role',
        'editor',
        '--data',
        dir,
      ]),
    );
    expect(add.code, add.stderr).toBe(0);
    token = (
      await runBin(['token', 'create', '--email', 'ed@example.org', '--data', dir])
    ).stdout.trim();
  }, 60_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('records a statement over the API and lists and prints it from the command line', async () => {
    const res = await fetch(`${url}/api/workspaces/demo/agreements/imaging-fm/statements`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ from: `${year}-01-01`, to: `${year}-12-31` }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const recorded = (await res.json()) as { document: { balances: Record<string, number> } };
    const common = ['--agreement', 'imaging-fm', '--workspace', 'demo', '--data', dir];
    const list = await runBin(['statements', 'list', ...common, '--json']);
    expect(list.code, list.stderr).toBe(0);
    const statements = JSON.parse(list.stdout) as { number: number; status: string }[];
    expect(statements.map((s) => [s.number, s.status])).toEqual([[1, 'open']]);
    const show = await runBin(['statements', 'show', ...common, '--number', '1', '--json']);
    expect(JSON.parse(show.stdout)).toMatchObject({
      number: 1,
      document: { balances: recorded.document.balances },
    });
    const text = await runBin(['statements', 'show', ...common, '--number', '1']);
    expect(text.stdout).toMatch(/statement 1 of imaging-fm/);
    const missing = await runBin(['statements', 'show', ...common, '--number', '9']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/statement 9/);
  });

  it('writes a receipt that check-receipt accepts offline, and rejects once a byte changes', async () => {
    const common = ['--agreement', 'imaging-fm', '--workspace', 'demo', '--data', dir];
    const written = await runBin([
      'statements',
      'receipt',
      ...common,
      '--number',
      '1',
      '--out',
      receiptFile,
    ]);
    expect(written.code, written.stderr).toBe(0);
    // Offline: no --data, and the server's folder is not read.
    const good = await runBin(['ledger', 'check-receipt', receiptFile, '--json']);
    expect(good.code, good.stderr).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({
      valid: true,
      agreement: 'imaging-fm',
      number: 1,
    });

    const text = readFileSync(receiptFile, 'utf8');
    const tampered = join(dir, 'tampered.json');
    // One digit of the first balance.
    const at = text.search(/"balances": \{\n\s+"[^"]+": -?\d/);
    const digit = text.slice(at).search(/\d/) + at;
    const changed = `${text.slice(0, digit)}${text[digit] === '9' ? '8' : String(Number(text[digit]) + 1)}${text.slice(digit + 1)}`;
    expect(changed).not.toBe(text);
    writeFileSync(tampered, changed);
    const bad = await runBin(['ledger', 'check-receipt', tampered, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ valid: false, code: 'receipt_signature' });

    // One hex digit of an inclusion proof.
    const proofAt = text.indexOf('"proof": [\n') + '"proof": [\n'.length;
    const hexAt = text.indexOf('"', proofAt) + 1;
    const flipped = `${text.slice(0, hexAt)}${text[hexAt] === 'a' ? 'b' : 'a'}${text.slice(hexAt + 1)}`;
    writeFileSync(tampered, flipped);
    const badProof = await runBin(['ledger', 'check-receipt', tampered]);
    expect(badProof.code).toBe(1);
    expect(badProof.stderr).toMatch(/not in the signed tree/);
  });

  it('prints a checkpoint while the server runs, which verify --since accepts', async () => {
    const head = await runBin([
      'ledger',
      'checkpoint',
      '--data',
      dir,
      '--workspace',
      'demo',
      '--json',
    ]);
    expect(head.code, head.stderr).toBe(0);
    const file = join(dir, 'head.json');
    writeFileSync(file, head.stdout);
    const since = await runBin(['ledger', 'verify', '--since', file, '--data', dir, '--json']);
    expect(since.code, since.stderr).toBe(0);
    expect(JSON.parse(since.stdout)).toMatchObject({ intact: true });
  });
});
