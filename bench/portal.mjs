/**
 * Partner portal benchmark (issue 12): the BUILT app in headless Debian Chromium against a
 * real server holding the demo portfolio with running agreements. Reports the time from
 * navigation start until the partner portal's first page is usable (its agreement list
 * and obligations table visible, signed in as a partner's contact) against the owner's
 * dashboard readiness (its value S or alerts visible, the baseline) in the same run,
 * interleaved rep by rep so both share the machine's conditions; target: the portal
 * within 1.5× the dashboard's time.
 *
 * Usage: node bench/portal.mjs [--quick]   (the packages must be built: npm run build)
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { isMain, median, runAsScript } from './harness.mjs';
import { ARGS, CHROMIUM, dashboardReady, signIn, startServer } from './web.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'packages/web/dist');
const AGREEMENTS = 12;
const EVENTS_PER_AGREEMENT = 40;
const PARTNER = 'northlake-ai-lab';

async function api(url, session, method, path, body, type = 'application/json') {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': type }),
    },
    ...(body === undefined
      ? {}
      : { body: type === 'application/json' ? JSON.stringify(body) : body }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text === '' ? undefined : JSON.parse(text);
}

/** The demo portfolio, 12 active agreements (half with the lab) with ledgers, a lab contact. */
async function prepare(url, session) {
  const ws = '/api/workspaces/demo';
  const spec = await readFile(join(ROOT, 'examples/demo.yaml'), 'utf8');
  await api(url, session, 'PUT', `${ws}/spec`, spec, 'application/yaml');
  const partners = ['northlake-ai-lab', 'nimbus-gpu-cloud'];
  for (let i = 0; i < AGREEMENTS; i++) {
    const other = partners[i % 2];
    const code = `bench-${i}`;
    await api(url, session, 'POST', `${ws}/agreements`, {
      status: 'active',
      document: {
        id: code,
        title: `Agreement ${i}`,
        type: 'market-cooperation',
        parties: ['us', other],
        start: '2026-01-01',
        end: '2027-12-31',
        terms: [
          {
            revenueShare: {
              source: 'product',
              collector: 'us',
              tiers: [{ upTo: null, shares: { [other]: 0.1 } }],
            },
          },
        ],
      },
    });
    await api(url, session, 'POST', `${ws}/agreements/${code}/obligations`, {
      title: `quarterly report ${i}`,
      owner: other,
      dueDate: '2026-09-30',
    });
    for (let e = 0; e < EVENTS_PER_AGREEMENT; e++) {
      const day = String(1 + (e % 28)).padStart(2, '0');
      await api(url, session, 'POST', `${ws}/agreements/${code}/ledger`, {
        date: `2026-0${1 + (e % 9)}-${day}`,
        kind: 'revenue',
        source: 'product',
        amount: 1000 + e,
      });
    }
  }
  const invited = await api(url, session, 'POST', `${ws}/invitations`, {
    email: 'contact@northlake.example',
    role: 'partner',
    partner: PARTNER,
  });
  const contact = { email: 'contact@northlake.example', password: 'northern lights over the lab' };
  const res = await fetch(`${url}/api/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token: invited.acceptPath.split('#')[1],
      password: contact.password,
      name: 'Nora Contact',
    }),
  });
  if (!res.ok) throw new Error(`accepting the invitation: ${res.status} ${await res.text()}`);
  return contact;
}

/** The portal's first page is usable: an agreement listed and the obligations table drawn. */
async function portalReady(page) {
  await page.getByText('Agreement 0 (bench-0)', { exact: false }).waitFor({ timeout: 60_000 });
  await page.getByRole('cell', { name: 'quarterly report 0' }).waitFor({ timeout: 60_000 });
  return { locator: 'portal', what: 'agreements and obligations' };
}

/** A browser context signed in through the sign-in page, as a person would. */
async function signedInContext(browser, url, user) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  await page.close();
  return context;
}

/** ms from navigation start until `ready` says the page is usable, on a new page. */
async function timeToReady(context, url, ready) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const { what } = await ready(page);
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return { ms, what };
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
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const owner = server.users.find((u) => u.workspace === 'demo');
    const ownerSession = await signIn(server.url, owner);
    const ownerContext = await signedInContext(browser, server.url, owner);
    report.section(
      `the demo portfolio with ${AGREEMENTS} agreements of ${EVENTS_PER_AGREEMENT} ledger entries each`,
    );
    const contact = await prepare(server.url, ownerSession);
    const contactContext = await signedInContext(browser, server.url, contact);
    const dashboardUrl = `${server.url}/w/demo/dashboard`;
    const portalUrl = `${server.url}/w/demo/portal`;
    // One untimed visit each: the server's caches and the engine warm up as in daily use.
    const warm = await timeToReady(ownerContext, dashboardUrl, dashboardReady);
    report.note(`the dashboard's readiness: ${warm.what}`);
    await timeToReady(contactContext, portalUrl, portalReady);
    const dashboard = [];
    const portal = [];
    for (let r = 0; r < reps; r++) {
      dashboard.push((await timeToReady(ownerContext, dashboardUrl, dashboardReady)).ms);
      portal.push((await timeToReady(contactContext, portalUrl, portalReady)).ms);
    }
    const d = report.metric(
      'dashboardReadyMs',
      "owner's dashboard usable (baseline)",
      median(dashboard),
      'ms',
      {
        min: Math.min(...dashboard),
        max: Math.max(...dashboard),
        reps,
      },
    );
    const p = report.metric(
      'portalReadyMs',
      "partner portal's first page usable",
      median(portal),
      'ms',
      {
        min: Math.min(...portal),
        max: Math.max(...portal),
        reps,
      },
    );
    report.ratio('portalVsDashboard', 'portal / dashboard', p / d, 'dashboard');
    report.target(
      'portalFirstPage',
      "partner portal's first page vs the owner's dashboard",
      p / d,
      '<=',
      1.5,
      '×',
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (isMain(import.meta.url)) await runAsScript('portal', run);
