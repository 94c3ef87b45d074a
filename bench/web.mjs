/**
 * Web benchmark: the BUILT app (packages/web/dist) in headless Debian Chromium against a
 * real server holding 10,000 partners. Reports:
 *
 * - first contentful paint of the sign-in page, against a minimal document from the same
 *   server (GET /api/health, 15 bytes of JSON that Chromium paints as text): the ratio is
 *   what the app's own code and styles add to a paint over the same connection;
 * - time until the partner table is usable (a data row visible), from navigation start,
 *   signed in; if the partners screen shows no table yet, the dashboard's readiness (its
 *   value S figure visible) instead, and the report says which it measured;
 * - re-rank time on a weight change for 1,000 and 10,000 partners: the core's
 *   `rankMatrix` (the function the ranking screen's what-if runs), bundled with rolldown
 *   from packages/core/dist into one script and run in the page, against the same call
 *   in this Node process (same V8 family, same data and weights);
 * - the JavaScript shipped for the first screen (the sign-in page): the bytes Chromium
 *   received for its scripts (encoded as the server sent them) and their gzip -9 size.
 *
 * Usage: node bench/web.mjs [--quick]   (the packages must be built: npm run build)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rankMatrix, toSpecDistribution } from '@partnerfolio/core';
import { chromium } from 'playwright-core';
import { rolldown } from 'rolldown';
import { generateScoreMatrix } from './generate.mjs';
import { isMain, measure, median, runAsScript } from './harness.mjs';
import { generatePartnerCsv, generateSpec } from './server-workspace.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WEB = join(ROOT, 'packages/web');
const DIST = join(WEB, 'dist');
const LAUNCHER = join(WEB, 'e2e/harness/start-server.mjs');
export const CHROMIUM = process.env.PARTNERFOLIO_CHROMIUM ?? '/usr/bin/chromium';
/** The same flags as the browser tests (packages/web/e2e/harness/browser.ts). */
export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const CRITERIA = 10;
const KINDS = Array.from({ length: CRITERIA }, (_, k) => (k % 3 === 2 ? 'cost' : 'benefit'));
const WEIGHTS_A = [0.16, 0.14, 0.12, 0.11, 0.1, 0.09, 0.08, 0.08, 0.07, 0.05];
/** The "weight change": the first criterion up by 0.05, the last down by 0.05. */
const WEIGHTS_B = [0.21, 0.14, 0.12, 0.11, 0.1, 0.09, 0.08, 0.08, 0.07, 0.0];

/** The browser tests' server launcher on a fresh data folder; resolves with { url, users, stop }. */
export async function startServer() {
  const dataDir = await mkdtemp(join(tmpdir(), 'partnerfolio-bench-web-'));
  const child = spawn(process.execPath, [LAUNCHER, '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'UTC' },
  });
  let err = '';
  child.stderr.on('data', (chunk) => {
    err += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
  const ready = await new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${err}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const newline = out.indexOf('\n');
      if (newline >= 0) resolve(JSON.parse(out.slice(0, newline)));
    });
  });
  return { ...ready, stop };
}

/** generateSpec's validated spec, written back as a spec file would hold it. */
function specDocument(spec) {
  return {
    ...spec,
    partners: spec.partners.map((p) => ({
      ...p,
      cost: toSpecDistribution(p.cost),
      return: toSpecDistribution(p.return),
    })),
    synergies: (spec.synergies ?? []).map((s) => ({ ...s, value: toSpecDistribution(s.value) })),
  };
}

/** Signs in through the API; returns the cookie header and the CSRF token. */
export async function signIn(url, user) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = await response.json();
  return { cookie, csrfToken };
}

/** One fresh browser context (no cache), its page, and the paint entries after `url` loads. */
async function firstPaint(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const fcp = await page.waitForFunction(
    () =>
      performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
        ?.startTime,
    undefined,
    { timeout: 30_000 },
  );
  const value = await fcp.jsonValue();
  await context.close();
  return value;
}

/** The scripts the sign-in page loads: encoded bytes received, raw bytes, gzip -9 bytes. */
async function firstScreenScripts(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) responses.push(response);
  });
  await page.goto(`${url}/sign-in`, { waitUntil: 'networkidle' });
  let received = 0;
  let raw = 0;
  let gzip = 0;
  const files = [];
  for (const response of responses) {
    const path = new URL(response.url()).pathname;
    files.push(path);
    const sizes = await response.request().sizes();
    received += sizes.responseBodySize;
    const body = await readFile(join(DIST, path));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  const encoding = [
    ...new Set(responses.map((r) => r.headers()['content-encoding'] ?? 'identity')),
  ].join(', ');
  await context.close();
  return { files, received, raw, gzip, encoding };
}

/** ms from navigation start until `locator` is visible, on a fresh signed-in page. */
async function timeToVisible(context, url, pick) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const { locator, what } = await pick(page);
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return { ms, what, locator };
}

/**
 * The partner table's first data row: the partners screen's table (`data-testid=
 * "partner-table"`, virtual rows `.ant-table-row`), else any table row with cells. When the
 * screen shows no table, 'none' (the caller then measures the dashboard).
 */
async function partnerTableOrDashboard(page) {
  const virtualRow = page.getByTestId('partner-table').locator('.ant-table-row').first();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .first();
  try {
    await virtualRow.or(row).first().waitFor({ timeout: 60_000 });
    return { locator: 'row', what: 'partners' };
  } catch {
    return { locator: 'none', what: 'none' };
  }
}

/** The dashboard has its answer: the value S, or (no optimal portfolio) its alerts. */
export async function dashboardReady(page) {
  const value = page.getByTestId('portfolio-value');
  try {
    await value.or(page.getByTestId('dashboard-alerts')).first().waitFor({ timeout: 150_000 });
  } catch {
    return { locator: 'dashboard', what: 'nothing within 150 s' };
  }
  return { locator: 'dashboard', what: (await value.count()) > 0 ? 'value S' : 'alerts only' };
}

/** rankMatrix from packages/core/dist as one classic script defining `window.__pfRank`. */
async function rankScript() {
  const bundle = await rolldown({
    input: join(ROOT, 'packages/core/dist/mcdm/rank-matrix.js'),
    logLevel: 'silent',
  });
  const { output } = await bundle.generate({ format: 'iife', name: '__pfRank' });
  await bundle.close();
  return output[0].code;
}

export async function run(report, { quick }) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('no built web app: run npm run build -w @partnerfolio/web first');
  }
  if (!existsSync(CHROMIUM)) {
    report.warn(
      `NO CHROMIUM at ${CHROMIUM}: apt-get install chromium (or set PARTNERFOLIO_CHROMIUM)`,
    );
    return;
  }
  const reps = quick ? 3 : 7;
  const partners = 10_000;
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const owner = server.users.find((u) => u.workspace === 'demo');
    const session = await signIn(server.url, owner);
    report.section(`a server with ${partners.toLocaleString('en')} partners`);
    // The server takes at most 1 MiB of spec per request and 32 MiB per import: the first
    // 3,000 partners (and the criteria, resources) come as a spec, the rest as a CSV import.
    const fromSpec = 3_000;
    const spec = generateSpec({ partners: fromSpec, criteria: 6, seed: 1 });
    const csv = generatePartnerCsv({ partners: partners - fromSpec, criteria: 6, seed: 2 });
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    const started = performance.now();
    const put = await fetch(`${server.url}/api/workspaces/demo/spec`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(specDocument(spec)),
    });
    report.check(
      'the spec loads',
      put.ok,
      `${put.status} ${put.ok ? '' : (await put.text()).slice(0, 400)}`,
    );
    const imported = await fetch(`${server.url}/api/workspaces/demo/imports/partners`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body: csv,
    });
    report.check(
      'the CSV import loads',
      imported.ok,
      `${imported.status} ${imported.ok ? '' : (await imported.text()).slice(0, 400)}`,
    );
    const list = await fetch(`${server.url}/api/workspaces/demo/partners?limit=1`, { headers });
    const { total } = await list.json();
    report.check(`the workspace holds ${partners} partners`, total === partners, `total ${total}`);
    report.metric(
      'loadMs',
      `PUT /spec (${fromSpec}) + CSV import (${partners - fromSpec})`,
      performance.now() - started,
      'ms',
    );

    report.section('first contentful paint (fresh context each time, no cache)');
    const app = [];
    const blank = [];
    for (let r = 0; r < reps; r++) {
      blank.push(await firstPaint(browser, `${server.url}/api/health`));
      app.push(await firstPaint(browser, `${server.url}/sign-in`));
    }
    const fcp = report.metric('fcpMs', 'FCP of the sign-in page', median(app), 'ms', {
      min: Math.min(...app),
      max: Math.max(...app),
      reps,
    });
    const base = report.metric(
      'fcpBlankMs',
      'FCP of /api/health (minimal document)',
      median(blank),
      'ms',
      {
        min: Math.min(...blank),
        max: Math.max(...blank),
        reps,
      },
    );
    report.ratio(
      'fcpVsBlank',
      'FCP app / minimal document',
      fcp / base,
      'GET /api/health, same server',
    );
    report.target('fcp', 'first contentful paint of the sign-in page', fcp, '<', 1000, 'ms');

    report.section('time until usable, signed in (fresh page, warm cache)');
    // Signed in through the form, as a person would: the app also keeps a signed-in hint.
    const context = await browser.newContext();
    const signInPage = await context.newPage();
    await signInPage.goto(`${server.url}/sign-in`);
    await signInPage.getByLabel('Email').fill(owner.email);
    await signInPage.getByLabel('Password', { exact: true }).fill(owner.password);
    await signInPage.getByRole('button', { name: 'Sign in' }).click();
    await signInPage.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    await signInPage.close();
    const probe = await timeToVisible(
      context,
      `${server.url}/w/demo/partners`,
      partnerTableOrDashboard,
    );
    if (probe.what === 'partners') {
      const times = [];
      for (let r = 0; r < reps; r++) {
        times.push(
          (await timeToVisible(context, `${server.url}/w/demo/partners`, partnerTableOrDashboard))
            .ms,
        );
      }
      const ms = report.metric(
        'tableUsableMs',
        'partner table: first data row visible',
        median(times),
        'ms',
        {
          min: Math.min(...times),
          max: Math.max(...times),
          reps,
        },
      );
      report.target('tableUsable', 'partner table usable (10,000 partners)', ms, '<', 2000, 'ms');
    } else {
      report.note('the partners screen shows no table yet: measuring the dashboard instead');
      const times = [];
      for (let r = 0; r < (quick ? 1 : 3); r++) {
        times.push(
          (await timeToVisible(context, `${server.url}/w/demo/dashboard`, dashboardReady)).ms,
        );
      }
      report.metric(
        'dashboardReadyMs',
        'dashboard: value S visible (optimize + simulate)',
        median(times),
        'ms',
        {
          min: Math.min(...times),
          max: Math.max(...times),
          reps: times.length,
        },
      );
      report.skip(
        'tableUsable',
        'partner table usable (10,000 partners)',
        'no partner table on the screen yet',
      );
    }
    await context.close();

    report.section('re-rank on a weight change: rankMatrix in Chromium vs in Node');
    // The app's origin, with its Content Security Policy bypassed for this one injected script.
    const rankContext = await browser.newContext({ bypassCSP: true });
    const page = await rankContext.newPage();
    await page.goto(`${server.url}/api/health`);
    await page.addScriptTag({ content: await rankScript() });
    for (const m of [1_000, 10_000]) {
      // Chromium coarsens performance.now() to 0.1 ms: time the small case in batches.
      const inner = m <= 1_000 ? 20 : 1;
      const values = Array.from(generateScoreMatrix(m, CRITERIA, 7));
      const inPage = await page.evaluate(
        ({ values, m, n, kinds, a, b, reps, inner }) => {
          const x = Float64Array.from(values);
          const { rankMatrix } = window.__pfRank;
          const once = (w) => rankMatrix(x, m, n, kinds, w, 'vector', 'weighted-sum');
          for (let i = 0; i < 3; i++) once(i % 2 ? a : b);
          const samples = [];
          for (let r = 0; r < reps; r++) {
            const start = performance.now();
            let ranking = once(r % 2 ? a : b);
            for (let i = 1; i < inner; i++) ranking = once(i % 2 ? a : b);
            samples.push((performance.now() - start) / inner);
            if (ranking.order.length !== m) throw new Error('wrong ranking');
          }
          samples.sort((p, q) => p - q);
          return {
            median: samples[samples.length >> 1],
            min: samples[0],
            max: samples.at(-1),
            top: Array.from(once(b).order.slice(0, 5)),
          };
        },
        { values, m, n: CRITERIA, kinds: KINDS, a: WEIGHTS_A, b: WEIGHTS_B, reps: 21, inner },
      );
      const x = Float64Array.from(values);
      const node = measure(
        () => rankMatrix(x, m, CRITERIA, KINDS, WEIGHTS_B, 'vector', 'weighted-sum'),
        { warmup: 3, reps: 21, inner },
      );
      const nodeTop = Array.from(node.value.order.slice(0, 5));
      report.check(
        `Chromium and Node rank ${m} partners alike`,
        JSON.stringify(nodeTop) === JSON.stringify(inPage.top),
      );
      const label = m.toLocaleString('en');
      const ms = report.metric(
        `rerank${m}Ms`,
        `re-rank ${label} partners in Chromium`,
        inPage.median,
        'ms',
        {
          ...inPage,
          reps: 21,
        },
      );
      report.metric(
        `rerank${m}NodeMs`,
        `re-rank ${label} partners in Node`,
        node.median,
        'ms',
        node,
      );
      report.ratio(
        `rerank${m}VsNode`,
        `Chromium / Node (${label})`,
        ms / node.median,
        'same call in Node',
      );
      if (m === 1_000)
        report.target('rerank1000', 're-rank 1,000 partners in the browser', ms, '<', 50, 'ms');
    }
    await rankContext.close();

    report.section('JavaScript shipped for the first screen (sign-in page)');
    const scripts = await firstScreenScripts(browser, server.url);
    report.metric('firstScreenScripts', 'scripts loaded', scripts.files.length, 'files');
    report.metric(
      'firstScreenReceivedKiB',
      `received (content-encoding: ${scripts.encoding})`,
      scripts.received / 1024,
      'KiB',
    );
    const gz = report.metric(
      'firstScreenGzipKiB',
      'gzip -9 of the same files',
      scripts.gzip / 1024,
      'KiB',
    );
    report.metric('firstScreenRawKiB', 'uncompressed', scripts.raw / 1024, 'KiB');
    report.ratio(
      'firstScreenGzipVsRaw',
      'gzip / uncompressed',
      scripts.gzip / scripts.raw,
      'the same files uncompressed',
    );
    report.target('firstScreenGzip', 'first screen JavaScript, gzip', gz, '<', 300, 'KiB');
    report.detail('firstScreenFiles', scripts.files);
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (isMain(import.meta.url)) await runAsScript('web', run);
