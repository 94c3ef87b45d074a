/**
 * Server benchmark: the workspace server under load, on SQLite and on PostgreSQL.
 *
 *   npm run build --silent && node bench/server-load.mjs [--quick] [--db sqlite|postgres|both]
 *
 * For each database (fresh, dropped at the end):
 * 1. builds a workspace of 10,000 partners × 5 criteria × 2 assessors = 100,000
 *    assessments through the store's bulk paths, and times it;
 * 2. starts the real server (`startServer`, job worker off) in a child process, so that
 *    the load generator does not share its event loop, and loads it over loopback with
 *    autocannon, 64 connections, 30 s per scenario (5 s with --quick), each after a
 *    warm-up: GET /bench/hello on a bare Fastify instance in the child (the baseline of
 *    every ratio) and on the app itself, the partner list (pages of 50 at seeded random
 *    offsets, bearer token; after the warm-up these come from the server's list cache,
 *    checked against the workspace's audit head on every request), the list at any offset
 *    and sort (about 100,000 different queries: the uncached path), and partner updates
 *    (PATCH with If-Match, one partner per connection);
 * 3. imports 10,000 partners from a CSV body through the API into fresh workspaces.
 *
 * Prints a table, checks the targets (p99 < 50 ms for the list, no errors, import < 5 s)
 * and writes bench/out/server-load.json. Afterwards it checks that every acknowledged
 * update is in the database and that the audit chain is intact.
 */

import os from 'node:os';
import {
  addMember,
  createApiToken,
  createUser,
  migrateToLatest,
  openDatabase,
  verifyAuditChain,
} from '@partnerfolio/server';
import { isMain, Report } from './harness.mjs';
import {
  POSTGRES_URL,
  postgresDatabase,
  postgresReachable,
  sqliteDatabase,
} from './server-databases.mjs';
import { checkTargets, printTable, reportRun } from './server-report.mjs';
import {
  helloScenario,
  listScenario,
  load,
  patchScenario,
  startServerChild,
} from './server-traffic.mjs';
import { buildWorkspace, generatePartnerCsv } from './server-workspace.mjs';

/** The 1, 5 and 15-minute load averages, for the notes: a busy machine lowers every figure. */
const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

const PARTNERS = 10_000;
const CRITERIA = 5;
const ASSESSORS = 2; // the spec's own score + one more: 10,000 × 5 × 2 = 100,000
const CONNECTIONS = 64;
const SLUG = 'bench';
const EMAIL = 'bench@example.com';
const LIST_P99_MS = 50;
const IMPORT_SECONDS = 5;
const FETCH_TIMEOUT_MS = 120_000;

function parseOptions(argv) {
  const quick = argv.includes('--quick');
  const i = argv.indexOf('--db');
  const db = i >= 0 ? argv[i + 1] : 'both';
  const known = new Set(['--quick', '--db', db]);
  const unknown = argv.filter((a) => !known.has(a));
  if (!['sqlite', 'postgres', 'both'].includes(db ?? '') || unknown.length > 0) {
    console.error('usage: node bench/server-load.mjs [--quick] [--db sqlite|postgres|both]');
    process.exit(2);
  }
  return {
    quick,
    databases: db === 'both' ? ['sqlite', 'postgres'] : [db],
    seconds: quick ? 5 : 30,
    warmupSeconds: quick ? 2 : 5,
    imports: quick ? 1 : 3,
  };
}

async function api(url, init = {}) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body, headers: response.headers };
}

/** Step 1: the 10,000-partner workspace, a member with a token, and empty import targets. */
async function prepare(report, db, key, options) {
  const start = performance.now();
  const built = await buildWorkspace(db, {
    slug: SLUG,
    partners: PARTNERS,
    criteria: CRITERIA,
    assessors: ASSESSORS,
    seed: 7,
  });
  const seconds = (performance.now() - start) / 1000;
  report.metric(
    `${key}.build.seconds`,
    `build ${PARTNERS} partners + ${built.assessments} assessments`,
    seconds,
    's',
  );
  for (const [phase, ms] of Object.entries(built.timings)) {
    report.metric(`${key}.build.${phase}.ms`, `  of which ${phase}`, ms, 'ms');
  }
  report.check(
    `${key}: the workspace holds ${PARTNERS} partners and 100,000 assessments`,
    built.replaced.partners?.created === PARTNERS && built.assessments === 100_000,
    JSON.stringify({ replaced: built.replaced, assessments: built.assessments }),
  );
  await createUser(db, { email: EMAIL, password: 'bench-password-not-secret', name: 'Bench' });
  await addMember(db, { workspaceSlug: SLUG, email: EMAIL, role: 'editor' });
  // Fresh workspaces with the same criteria and resource as the CSV's columns, no partners.
  const importSlugs = [];
  for (let i = 1; i <= options.imports; i++) {
    const slug = `import-${i}`;
    await buildWorkspace(db, { slug, partners: 0, criteria: CRITERIA, assessors: 1, seed: i });
    await addMember(db, { workspaceSlug: slug, email: EMAIL, role: 'editor' });
    importSlugs.push(slug);
  }
  const token = await createApiToken(db, { email: EMAIL, name: 'bench' });
  return { built, token, importSlugs, seconds };
}

async function readVersion(server, token, key) {
  const one = await api(`${server.url}/api/workspaces/${SLUG}/partners/${key}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (one.status !== 200)
    throw new Error(`GET partner ${key}: ${one.status} ${JSON.stringify(one.body)}`);
  return one.body.version;
}

/** Checks through the API before loading it: a page of 50 of 10,000; versions of the owned partners. */
async function precheck(report, key, server, token, keys) {
  const auth = { authorization: `Bearer ${token}` };
  const page = await api(`${server.url}/api/workspaces/${SLUG}/partners?limit=50&offset=9950`, {
    headers: auth,
  });
  report.check(
    `${key}: GET the last page of the list answers 50 partners of ${PARTNERS}`,
    page.status === 200 && page.body.items?.length === 50 && page.body.total === PARTNERS,
    `status ${page.status}, ${page.body.items?.length} items, total ${page.body.total}`,
  );
  const versions = new Map();
  for (const k of keys) versions.set(k, await readVersion(server, token, k));
  return { versions, initial: new Map(versions) };
}

/** Step 3: CSV import through the API, into each fresh workspace in turn. */
async function importCsv(report, key, server, token, slugs) {
  const csv = generatePartnerCsv({ partners: PARTNERS, criteria: CRITERIA, seed: 11 });
  report.note(
    `${key}: import body ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KiB of CSV, ${PARTNERS} rows`,
  );
  const times = [];
  for (const slug of slugs) {
    const start = performance.now();
    const answer = await api(`${server.url}/api/workspaces/${slug}/imports/partners`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    const seconds = (performance.now() - start) / 1000;
    times.push(seconds);
    report.check(
      `${key}: import into ${slug} created ${PARTNERS} partners`,
      answer.status === 200 && answer.body.created === PARTNERS,
      `status ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`,
    );
    report.metric(
      `${key}.import.${slug}.seconds`,
      `import ${PARTNERS} partners (CSV) into ${slug}`,
      seconds,
      's',
    );
  }
  return times;
}

/**
 * Every acknowledged update is stored: the versions moved by at least the count of 200s,
 * and by at most that plus the requests still in flight when a run stopped (one per
 * connection, twice: after the warm-up and after the measured run), whose answers
 * autocannon no longer read.
 */
async function checkWrites(report, key, db, workspaceId, state, acknowledged) {
  const keys = [...state.versions.keys()];
  const rows = await db.kysely
    .selectFrom('partners')
    .select(['key', 'version'])
    .where('workspace_id', '=', workspaceId)
    .where('key', 'in', keys)
    .execute();
  const stored = new Map(rows.map((r) => [r.key, Number(r.version)]));
  const moved = keys.reduce((sum, k) => sum + (stored.get(k) - state.initial.get(k)), 0);
  const inFlight = 2 * keys.length;
  const behind = keys.filter((k) => stored.get(k) < state.versions.get(k));
  report.check(
    `${key}: every acknowledged update is stored (no version behind an answer)`,
    behind.length === 0 && moved >= acknowledged && moved <= acknowledged + inFlight,
    `versions moved by ${moved}, ${acknowledged} updates acknowledged, at most ${inFlight} unread; ${behind.length} partner(s) behind`,
  );
  const chain = await verifyAuditChain(db, workspaceId);
  report.check(
    `${key}: the audit chain is intact after the updates`,
    chain.intact,
    JSON.stringify(chain),
  );
}

async function benchDatabase(report, kind, options) {
  const key = kind;
  if (kind === 'postgres') {
    const reachable = await postgresReachable();
    if (!reachable.ok) {
      report.warn(
        `POSTGRESQL IS NOT REACHABLE AT ${POSTGRES_URL} (${reachable.reason}): ITS HALF IS SKIPPED`,
      );
      for (const t of ['list.p99', 'list.errors', 'patch.errors', 'import.seconds']) {
        report.skip(`${key}.${t}`, `${kind} ${t}`, 'PostgreSQL not reachable');
      }
      return null;
    }
    report.note(`PostgreSQL ${reachable.version}`);
  }
  const database = kind === 'sqlite' ? sqliteDatabase() : await postgresDatabase();
  report.section(`${kind}: ${database.label}`);
  report.note(
    `${kind}: load average at the start ${loadAverage()} (2 cores; the figures share them)`,
  );
  const db = openDatabase(database.target);
  try {
    await migrateToLatest(db);
    const prepared = await prepare(report, db, key, options);
    const step = Math.floor(PARTNERS / CONNECTIONS);
    const owned = Array.from(
      { length: CONNECTIONS },
      (_, i) => prepared.built.partnerKeys[i * step],
    );
    const server = await startServerChild(database);
    const runs = {};
    let acknowledged = 0;
    let state;
    try {
      state = await precheck(report, key, server, prepared.token, owned);
      const loadOptions = {
        connections: CONNECTIONS,
        seconds: options.seconds,
        warmupSeconds: options.warmupSeconds,
      };
      const scenarios = [
        [
          'hello',
          'bare Fastify hello (same child process, own port)',
          helloScenario(server.bareUrl),
        ],
        ['appHello', 'app hello (/bench/hello on the app, all hooks)', helloScenario(server.url)],
        [
          'list',
          'GET partners, page of 50',
          listScenario(server.url, {
            slug: SLUG,
            token: prepared.token,
            partners: PARTNERS,
            seed: 3,
          }),
        ],
        [
          'listAnywhere',
          'GET partners, 50 at any offset and sort (few cache hits)',
          listScenario(server.url, {
            slug: SLUG,
            token: prepared.token,
            partners: PARTNERS,
            seed: 4,
            anywhere: true,
          }),
        ],
        [
          'patch',
          'PATCH partner (If-Match)',
          patchScenario(server.url, {
            slug: SLUG,
            token: prepared.token,
            keys: owned,
            versions: state.versions,
            readVersion: (k) => readVersion(server, prepared.token, k),
          }),
        ],
      ];
      for (const [name, label, scenario] of scenarios) {
        console.log(
          `  … ${label}: ${options.warmupSeconds} s warm-up, ${options.seconds} s measured`,
        );
        const figures = await load(server.pid, scenario, loadOptions);
        report.note(`${label}: load average after the run ${loadAverage()}`);
        const run = { key, name, label, connections: CONNECTIONS };
        runs[name] = reportRun(report, run, figures, name === 'hello' ? null : runs.hello);
        runs[name].label = label;
        if (name === 'patch') acknowledged = scenario.acknowledged();
      }
      runs.importSeconds = await importCsv(
        report,
        key,
        server,
        prepared.token,
        prepared.importSlugs,
      );
    } finally {
      const exit = await server.stop();
      report.check(`${key}: the server shut down cleanly`, exit.code === 0, JSON.stringify(exit));
    }
    await checkWrites(report, key, db, prepared.built.workspace.id, state, acknowledged);
    return {
      database: database.label,
      buildSeconds: prepared.seconds,
      buildPhasesMs: prepared.built.timings,
      runs,
    };
  } finally {
    await db.close();
    await database.drop();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const report = new Report('server-load', { quick: options.quick });
  report.note(
    `${PARTNERS} partners, ${CRITERIA} criteria, ${ASSESSORS} assessors; ${CONNECTIONS} connections, ${options.seconds} s per scenario after ${options.warmupSeconds} s warm-up; server in a child process, autocannon in this one`,
  );
  const results = {};
  for (const kind of options.databases) {
    results[kind] = await benchDatabase(report, kind, options);
    if (results[kind]) {
      checkTargets(report, kind, results[kind], {
        partners: PARTNERS,
        listP99Ms: LIST_P99_MS,
        importSeconds: IMPORT_SECONDS,
      });
    }
  }
  report.detail('results', results);
  report.detail('table', printTable(results, CONNECTIONS));
  return report.finish();
}

if (isMain(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
