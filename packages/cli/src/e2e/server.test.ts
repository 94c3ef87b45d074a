/**
 * The server through the real binary: first start with the demo workspace, accounts and
 * tokens from the command line (while the server runs), the CLI against the server
 * (`--server URL --token T` gives the local answers), audit verify, backup and restore.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@partnerfolio/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { binPath, repoRoot, runBin } from './run-cli.js';

const DEMO = 'examples/demo.yaml';

describe('partnerfolio serve and the server commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'partnerfolio-serve-'));
  let server: ChildProcess;
  let url = '';
  let firstOutput = '';
  let token = '';

  beforeAll(async () => {
    server = spawn(process.execPath, [binPath, 'serve', '--data', dir, '--port', '0'], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', PARTNERFOLIO_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${firstOutput}`)), 30_000);
      server.stdout?.on('data', (chunk: Buffer) => {
        firstOutput += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(firstOutput);
        if (match?.[1] && firstOutput.includes('Press Ctrl+C')) {
          url = match[1];
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }, 40_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('first start creates the demo workspace and an owner whose password, in a 0600 file, signs in', async () => {
    const match = /Sign in as (\S+) with the password in (\S+)/.exec(firstOutput);
    expect(match).not.toBeNull();
    const file = match?.[2] ?? '';
    expect(file).toBe(join(dir, 'first-run-password.txt'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = /password: (\S+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    // The terminal (and so any log that captures it) never shows the password.
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(firstOutput).not.toContain(password);
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: match?.[1], password }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    const list = await fetch(`${url}/api/workspaces`, {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    expect(await list.json()).toEqual([{ slug: 'demo', name: 'Example AI', role: 'owner' }]);
  });

  it('user add and token create work while the server runs; the token opens the API', async () => {
    const add = await runBin([
      'user',
      'add',
      '--email',
      'lead@example.org',
      '--password',
      'a-long-password',
      '--workspace',
      'demo',
      '--role',
      'editor',
      '--data',
      dir,
      '--json',
    ]);
    expect(add.code, add.stderr).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({
      created: true,
      workspace: 'demo',
      role: 'editor',
    });
    const created = await runBin(['token', 'create', '--email', 'lead@example.org', '--data', dir]);
    expect(created.code, created.stderr).toBe(0);
    token = created.stdout.trim();
    expect(token).toMatch(/^pf_/);
    const res = await fetch(`${url}/api/workspaces`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await res.json()).toEqual([{ slug: 'demo', name: 'Example AI', role: 'editor' }]);
  });

  it('user add refuses short and common passwords, as its help says (issue 10 #6)', async () => {
    for (const password of ['aaaaaaaa', 'password1234']) {
      const add = await runBin([
        'user',
        'add',
        '--email',
        'weak@example.org',
        '--password',
        password,
        '--data',
        dir,
      ]);
      expect(add.code, password).toBe(1);
      expect(add.stderr).toMatch(/password/);
    }
    const help = await runBin(['user', 'add', '--help']);
    expect(help.stdout).toMatch(/at least 12 characters/);
  });

  it('user add --role partner --partner KEY: the partner sees only its agreements (issue 12 §1)', async () => {
    const add = await runBin([
      'user',
      'add',
      '--email',
      'contact@riverton.example',
      '--password',
      'riverton contact passphrase',
      '--workspace',
      'demo',
      '--role',
      'partner',
      '--partner',
      'riverton-med-imaging',
      '--data',
      dir,
      '--json',
    ]);
    expect(add.code, add.stderr).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({ workspace: 'demo', role: 'partner' });
    const missing = await runBin([
      'user',
      'add',
      '--email',
      'x@example.org',
      '--password',
      'a long enough one',
      '--workspace',
      'demo',
      '--role',
      'partner',
      '--data',
      dir,
    ]);
    expect(missing.code).toBe(2);
    const created = await runBin([
      'token',
      'create',
      '--email',
      'contact@riverton.example',
      '--data',
      dir,
    ]);
    const partnerToken = created.stdout.trim();
    const headers = { authorization: `Bearer ${partnerToken}` };
    const list = await fetch(`${url}/api/workspaces/demo/agreements`, { headers });
    const agreements = (await list.json()) as {
      code: string;
      parties: { partner: string | null }[];
    }[];
    expect(agreements.map((a) => a.code)).toEqual(['imaging-fm']);
    for (const route of ['partners', 'criteria', 'spec', 'audit', 'members']) {
      const res = await fetch(`${url}/api/workspaces/demo/${route}`, { headers });
      expect(res.status, route).toBe(403);
    }
  });

  it('user add writes nothing when the membership would be refused', async () => {
    const add = (email: string, password: string, ...rest: string[]) =>
      runBin(['user', 'add', '--email', email, '--password', password, ...rest, '--data', dir]);
    // A partner the workspace does not have: no account is left behind.
    const ghost = await add(
      'ghost@example.org',
      'ghost passphrase here',
      '--workspace',
      'demo',
      '--role',
      'partner',
      '--partner',
      'no-such-partner',
    );
    expect(ghost.code).toBe(1);
    expect(ghost.stderr).toMatch(/no partner "no-such-partner"/);
    const ghostToken = await runBin([
      'token',
      'create',
      '--email',
      'ghost@example.org',
      '--data',
      dir,
    ]);
    expect(ghostToken.code).toBe(1);
    expect(ghostToken.stderr).toMatch(/no user/);
    // The last owner stepping down: the password stays, and so do the tokens it would end.
    const solo = await add(
      'solo@example.org',
      'solo passphrase one',
      '--workspace',
      'solo',
      '--role',
      'owner',
    );
    expect(solo.code, solo.stderr).toBe(0);
    const soloToken = await runBin([
      'token',
      'create',
      '--email',
      'solo@example.org',
      '--data',
      dir,
    ]);
    const headers = { authorization: `Bearer ${soloToken.stdout.trim()}` };
    expect((await fetch(`${url}/api/workspaces`, { headers })).status).toBe(200);
    const down = await add(
      'solo@example.org',
      'solo passphrase two',
      '--workspace',
      'solo',
      '--role',
      'viewer',
    );
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/last owner/);
    expect((await fetch(`${url}/api/workspaces`, { headers })).status).toBe(200);
  });

  it('the workspace exports the demo spec losslessly', async () => {
    const res = await fetch(`${url}/api/workspaces/demo/spec?format=json`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const exported = (await res.json()) as { partners: { id: string }[]; synergies: unknown[] };
    const original = parse(readFileSync(join(repoRoot, DEMO), 'utf8')) as typeof exported;
    expect(exported.partners.map((p) => p.id)).toEqual(original.partners.map((p) => p.id));
    expect(exported.synergies).toHaveLength(original.synergies.length);
  });

  it('--server URL --token T answers what the local command answers', async () => {
    const remote = (args: string[]) =>
      runBin(['--server', url, '--token', token, ...args, '--json']);
    // The workspace's current data: the demo spec as its partnerships moved it (the
    // running ones are incumbents on the server), exported as a spec file.
    const exported = await fetch(`${url}/api/workspaces/demo/spec?format=yaml`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(exported.status).toBe(200);
    const specFile = join(mkdtempSync(join(tmpdir(), 'partnerfolio-export-')), 'demo.yaml');
    writeFileSync(specFile, await exported.text());
    for (const args of [
      ['rank', '--method', 'topsis'],
      ['optimize'],
      ['weights'],
      ['simulate', '--scenarios', '20000', '--seed', '3'],
    ]) {
      const [here, there] = await Promise.all([
        runBin([...args, specFile, '--json']),
        remote(args),
      ]);
      expect(there.code, there.stderr).toBe(0);
      expect(JSON.parse(there.stdout), args.join(' ')).toEqual(JSON.parse(here.stdout));
    }
  }, 60_000);

  it('--server with a bad token is a clear error, not a stack trace', async () => {
    const run = await runBin(['--server', url, '--token', 'pf_wrong', 'rank']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/401/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs an agreement over the API, settles it, and ledger verify names an edited entry', async () => {
    const api = (path: string, body: unknown) =>
      fetch(`${url}/api/workspaces/demo${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const [a, b] = ['northlake-ai-lab', 'eastbay-nlp-group'];
    const created = await api('/agreements', {
      document: {
        id: 'jrd-e2e',
        type: 'joint-rnd',
        parties: ['us', a, b],
        start: '2026-01-01',
        end: '2027-12-31',
        terms: [
          {
            revenueShare: {
              source: 'api',
              collector: 'us',
              tiers: [{ upTo: null, shares: { [a]: 0.1 } }],
            },
          },
          { costShare: { pool: 'gpu', split: { us: 0.5, [b]: 0.5 } } },
        ],
      },
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const events = [
      { date: '2026-01-15', kind: 'revenue', source: 'api', amount: 1234.56 },
      { date: '2026-02-01', kind: 'cost', pool: 'gpu', amount: 100.01, paidBy: b },
    ];
    for (const event of events)
      expect((await api('/agreements/jrd-e2e/ledger', event)).status).toBe(201);
    const settle = await api('/agreements/jrd-e2e/settle', {
      from: '2026-01-01',
      to: '2026-03-31',
    });
    const settlement = (await settle.json()) as { balances: Record<string, number> };
    // 10% of 1,234.56 = 123.456 → 123.46; 100.01 split in halves → 50.01 (us, listed first) and 50.00.
    expect(settlement.balances).toEqual({ us: -173.47, [a]: 123.46, [b]: 50.01 });

    const verify = await runBin([
      'ledger',
      'verify',
      '--data',
      dir,
      '--workspace',
      'demo',
      '--json',
    ]);
    expect(verify.code, verify.stderr).toBe(0);
    const intact = JSON.parse(verify.stdout) as { intact: boolean; entries: number };
    // The demo's own partnerships are on the ledger too; these two came last.
    expect(intact.intact).toBe(true);
    expect(intact.entries).toBeGreaterThan(2);
    const db = openDatabase({ kind: 'sqlite', dir });
    try {
      await db.kysely
        .updateTable('ledger_entries')
        .set({ event: '{"amount":1.56,"date":"2026-01-15","kind":"revenue","source":"api"}' })
        .where('seq', '=', 1)
        .execute();
    } finally {
      await db.close();
    }
    const broken = await runBin(['ledger', 'verify', '--data', dir, '--json']);
    expect(broken.code).toBe(1);
    const answer = JSON.parse(broken.stdout) as {
      intact: boolean;
      firstBad: { seq: number; reason: string };
    };
    expect(answer.intact).toBe(false);
    expect(answer.firstBad.seq).toBe(1);
    expect(answer.firstBad.reason).toMatch(/altered/);
    const res = await fetch(`${url}/api/workspaces/demo/ledger/verify`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await res.json()).toMatchObject({ intact: false, firstBad: { seq: 1 } });
  });

  it('audit verify, then backup while running and restore into a new folder', async () => {
    const verify = await runBin(['audit', 'verify', '--data', dir, '--json']);
    expect(verify.code).toBe(0);
    const entries = (JSON.parse(verify.stdout) as { entries: number }).entries;
    expect(entries).toBeGreaterThan(0);

    const file = join(dir, 'backup.json');
    const backup = await runBin(['backup', '--out', file, '--data', dir, '--json']);
    expect(backup.code, backup.stderr).toBe(0);
    const restoredDir = mkdtempSync(join(tmpdir(), 'partnerfolio-restored-'));
    try {
      const restore = await runBin(['restore', file, '--data', restoredDir, '--json']);
      expect(restore.code, restore.stderr).toBe(0);
      expect(JSON.parse(restore.stdout).rows).toBe(JSON.parse(backup.stdout).rows);
      const again = await runBin(['audit', 'verify', '--data', restoredDir, '--json']);
      expect(JSON.parse(again.stdout)).toEqual({ intact: true, entries });
      const twice = await runBin(['restore', file, '--data', restoredDir]);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toMatch(/empty/i);
    } finally {
      rmSync(restoredDir, { recursive: true, force: true });
    }
  });
});
