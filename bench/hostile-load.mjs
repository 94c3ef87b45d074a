/**
 * Hostile load: one attacker sends issue 10's payloads back to back (a YAML alias
 * fan-out spec, a 1 MB → 1 GB XLSX zip bomb, a spec nested 2,000 deep, and an optimisation
 * of the whole 2,000-partner workspace, which HiGHS works on for seconds on an engine
 * thread) while 32 connections read the partner list. The readers' latency is measured twice in the same
 * run: alone (the baseline) and beside the attacker; the ratio is the attacker's cost.
 *
 *   npm run build --silent && node bench/hostile-load.mjs [--quick] [--db sqlite|postgres|both]
 *
 * Targets: the readers' p99 < 100 ms beside the attacker, 0 reader errors, every hostile
 * payload answered 4xx and the optimisation 200 (never 5xx, never a timeout). Writes bench/out/hostile-load.json.
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
import {
  aliasFanOutSpec,
  deepJson,
  xlsxZipBomb,
} from '../packages/server/src/test-support/hostile-payloads.js';
import { Report } from './harness.mjs';
import {
  POSTGRES_URL,
  postgresDatabase,
  postgresReachable,
  sqliteDatabase,
} from './server-databases.mjs';
import { listScenario, load, startServerChild } from './server-traffic.mjs';
import { buildWorkspace } from './server-workspace.mjs';

const PARTNERS = 2_000;
const CONNECTIONS = 32;
const SLUG = 'bench';
const EMAIL = 'bench@example.com';
const READER_P99_MS = 100;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function parseOptions(argv) {
  const quick = argv.includes('--quick');
  const i = argv.indexOf('--db');
  const db = i >= 0 ? argv[i + 1] : 'both';
  if (!['sqlite', 'postgres', 'both'].includes(db ?? '')) {
    console.error('usage: node bench/hostile-load.mjs [--quick] [--db sqlite|postgres|both]');
    process.exit(2);
  }
  return {
    quick,
    databases: db === 'both' ? ['sqlite', 'postgres'] : [db],
    seconds: quick ? 10 : 30,
    warmupSeconds: quick ? 2 : 5,
  };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

/**
 * Sends the payloads in turn until `stop()`, finishing the round under way (so each is
 * sent at least once); returns every answer's status and time.
 */
function attacker(url, token, payloads) {
  let stopped = false;
  const answers = [];
  const done = (async () => {
    while (!stopped) {
      for (const p of payloads) {
        const started = performance.now();
        let status;
        try {
          const res = await fetch(`${url}${p.path}`, {
            method: p.method,
            headers: { authorization: `Bearer ${token}`, 'content-type': p.type },
            body: p.body,
            signal: AbortSignal.timeout(60_000),
          });
          await res.arrayBuffer();
          status = res.status;
        } catch (error) {
          status = `error: ${error instanceof Error ? error.message : String(error)}`;
        }
        answers.push({ name: p.name, status, ms: performance.now() - started });
      }
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await done;
      return answers;
    },
  };
}

async function benchDatabase(report, kind, options, payloads) {
  if (kind === 'postgres') {
    const reachable = await postgresReachable();
    if (!reachable.ok) {
      report.warn(`POSTGRESQL IS NOT REACHABLE AT ${POSTGRES_URL} (${reachable.reason}): SKIPPED`);
      report.skip(
        `${kind}.readers.p99`,
        `${kind}: readers' p99 beside the attacker`,
        'PostgreSQL not reachable',
      );
      return;
    }
  }
  const database = kind === 'sqlite' ? sqliteDatabase() : await postgresDatabase();
  report.section(`${kind}: ${database.label}`);
  report.note(`${kind}: load average at the start ${loadAverage()}`);
  const db = openDatabase(database.target);
  try {
    await migrateToLatest(db);
    const built = await buildWorkspace(db, {
      slug: SLUG,
      partners: PARTNERS,
      criteria: 5,
      assessors: 1,
      seed: 7,
    });
    await createUser(db, { email: EMAIL, password: 'bench-password-not-secret', name: 'Bench' });
    await addMember(db, { workspaceSlug: SLUG, email: EMAIL, role: 'editor' });
    const token = await createApiToken(db, { email: EMAIL, name: 'bench' });
    const server = await startServerChild(database);
    try {
      const readers = () =>
        listScenario(server.url, { slug: SLUG, token, partners: PARTNERS, seed: 3 });
      const loadOptions = {
        connections: CONNECTIONS,
        seconds: options.seconds,
        warmupSeconds: options.warmupSeconds,
      };
      console.log(`  … readers alone: ${options.seconds} s`);
      const alone = await load(server.pid, readers(), loadOptions);
      console.log(`  … readers beside the attacker: ${options.seconds} s`);
      const attack = attacker(server.url, token, payloads);
      const beside = await load(server.pid, readers(), { ...loadOptions, warmupSeconds: 0 });
      const answers = await attack.stop();
      const errors = (f) => f.non2xx + f.socketErrors + f.timeouts;
      report.metric(`${kind}.alone.p99`, 'readers alone: p99', alone.latencyMs.p99, 'ms');
      report.metric(
        `${kind}.beside.p50`,
        'readers beside the attacker: p50',
        beside.latencyMs.p50,
        'ms',
      );
      report.metric(
        `${kind}.beside.p99`,
        'readers beside the attacker: p99',
        beside.latencyMs.p99,
        'ms',
      );
      report.metric(
        `${kind}.beside.rps`,
        'readers beside the attacker: requests/s',
        beside.requestsPerSecond,
        '/s',
      );
      report.ratio(
        `${kind}.p99.ratio`,
        "readers' p99 beside the attacker / alone",
        beside.latencyMs.p99 / Math.max(1, alone.latencyMs.p99),
        'the same readers alone, same run',
      );
      report.target(
        `${kind}.readers.p99`,
        `${kind}: readers' p99 beside the attacker`,
        beside.latencyMs.p99,
        '<',
        READER_P99_MS,
        'ms',
      );
      report.target(
        `${kind}.readers.errors`,
        `${kind}: reader errors beside the attacker`,
        errors(beside),
        '<=',
        0,
        '',
      );
      for (const name of payloads.map((p) => p.name)) {
        const mine = answers.filter((a) => a.name === name);
        const statuses = [...new Set(mine.map((a) => a.status))].join(', ');
        const slowest = Math.max(0, ...mine.map((a) => a.ms));
        report.metric(
          `${kind}.attack.${name}.count`,
          `attack ${name}: requests sent`,
          mine.length,
          '',
        );
        report.metric(
          `${kind}.attack.${name}.slowest`,
          `attack ${name}: slowest answer`,
          slowest,
          'ms',
        );
        const [low, high] = payloads.find((p) => p.name === name).expect;
        report.check(
          `${kind}: every ${name} attack is answered ${low === 200 ? '2xx' : '4xx'}`,
          mine.length > 0 &&
            mine.every((a) => typeof a.status === 'number' && a.status >= low && a.status < high),
          `statuses: ${statuses}`,
        );
      }
      report.note(`${kind}: load average after the runs ${loadAverage()}`);
    } finally {
      const exit = await server.stop();
      report.check(`${kind}: the server shut down cleanly`, exit.code === 0, JSON.stringify(exit));
    }
    const chain = await verifyAuditChain(db, built.workspace.id);
    report.check(
      `${kind}: the audit chain is intact after the attack`,
      chain.intact,
      JSON.stringify(chain),
    );
  } finally {
    await db.close();
    await database.drop();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const report = new Report('hostile-load', { quick: options.quick });
  const bomb = await xlsxZipBomb();
  const payloads = [
    {
      name: 'fan-out',
      method: 'PUT',
      path: `/api/workspaces/${SLUG}/spec`,
      type: 'application/yaml',
      body: aliasFanOutSpec(),
      expect: [400, 500],
    },
    {
      name: 'zip-bomb',
      method: 'POST',
      path: `/api/workspaces/${SLUG}/imports/partners`,
      type: XLSX,
      body: bomb,
      expect: [400, 500],
    },
    {
      name: 'deep-nesting',
      method: 'PUT',
      path: `/api/workspaces/${SLUG}/spec`,
      type: 'application/json',
      body: deepJson(2_000),
      expect: [400, 500],
    },
    {
      name: 'optimize',
      method: 'POST',
      path: `/api/workspaces/${SLUG}/optimize`,
      type: 'application/json',
      body: JSON.stringify({ timeLimit: 3 }),
      expect: [200, 300],
    },
  ];
  report.note(
    `payloads: fan-out ${(payloads[0].body.length / 1024).toFixed(0)} KB, zip bomb ${(bomb.length / 1024 ** 2).toFixed(2)} MB → 1 GiB, deep JSON 2,000 levels, optimize with a 3 s solver limit; ${PARTNERS} partners, ${CONNECTIONS} reader connections`,
  );
  for (const kind of options.databases) await benchDatabase(report, kind, options, payloads);
  process.exitCode = report.finish();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
