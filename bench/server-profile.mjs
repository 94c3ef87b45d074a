/**
 * Where the partner list's time goes, on the same 10,000-partner workspace as
 * server-load.mjs: each step of `GET /api/workspaces/:slug/partners?limit=50` timed alone
 * in this process, one call at a time (no load, so these are service times, not
 * latencies), and then a V8 CPU profile of the server child under the same load as the
 * benchmark, summed by module.
 *
 *   npm run build --silent && node bench/server-profile.mjs [--db sqlite|postgres|both] [--quick]
 *
 * Imports some of the server's internals from packages/server/dist by path (the token
 * lookup, the score combination, the audit head, the route's schema and presenter): it
 * measures them, it does not rely on them staying as they are. Prints its findings;
 * writes bench/out/server-profile.json.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addMember,
  buildApp,
  createApiToken,
  createUser,
  migrateToLatest,
  openDatabase,
  testConfig,
} from '@partnerfolio/server';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { findTokenUser } from '../packages/server/dist/auth/api-tokens.js';
import { presentPartner } from '../packages/server/dist/presenters/portfolio.js';
import { partnerPage } from '../packages/server/dist/routes/partners/schema.js';
import {
  listPartners,
  normalizePartnerListQuery,
  partnerPageQuery,
} from '../packages/server/dist/store/partner-list.js';
import { auditHead } from '../packages/server/dist/store/partner-list-cache.js';
import { computeCombinedScores } from '../packages/server/dist/store/partner-scores.js';
import {
  importPartners,
  previewPartnerImport,
  readImportHeaders,
} from '../packages/server/dist/store/partners-import.js';
import { sql } from '../packages/server/node_modules/kysely/dist/esm/index.js';
import { fmt, isMain, median, OUT_DIR } from './harness.mjs';
import { postgresDatabase, postgresReachable, sqliteDatabase } from './server-databases.mjs';
import { listScenario, load, startServerChild } from './server-traffic.mjs';
import { buildWorkspace, generatePartnerCsv, seededRandom } from './server-workspace.mjs';

const PARTNERS = 10_000;
const SLUG = 'bench';
const EMAIL = 'bench@example.com';

/** Median and 99th percentile of `reps` sequential calls (after `warmup`), in ms. */
async function time(fn, { reps, warmup = 20 }) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: median(samples), p99: samples[Math.floor(0.99 * (samples.length - 1))] };
}

/** The page query for `sort=name`: the store's own (the keys cut from the sort index, then joined). */
const pageQuery = (db, workspaceId, offset) =>
  partnerPageQuery(db, workspaceId, normalizePartnerListQuery({ limit: 50, offset, sort: 'name' }));

/** The page query before: the full rows sorted and cut (PostgreSQL sorted the workspace for deep offsets). */
function fullRowPageQuery(db, workspaceId, offset) {
  const page = db.kysely
    .selectFrom('partners as p')
    .selectAll('p')
    .where('p.workspace_id', '=', workspaceId)
    .orderBy('p.name', 'asc')
    .orderBy('p.key', 'asc')
    .limit(50)
    .offset(offset)
    .as('p');
  return db.kysely
    .selectFrom(page)
    .leftJoin('estimates as e', 'e.partner_id', 'p.id')
    .selectAll('p')
    .select(['e.cost as est_cost', 'e.return as est_return'])
    .orderBy('p.name', 'asc')
    .orderBy('p.key', 'asc');
}

const countQuery = (db, workspaceId) =>
  db.kysely
    .selectFrom('partners as p')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('p.workspace_id', '=', workspaceId);

async function steps(db, workspaceId, token, reps) {
  const random = seededRandom(5);
  const offsets = Array.from({ length: reps + 50 }, () => 50 * Math.floor(random() * 200));
  const at = (i) => offsets[i % offsets.length];
  const { user } = await findTokenUser(db, token, new Date());
  const sample = await listPartners(db, workspaceId, { limit: 50, offset: 4950 });
  const presented = {
    items: sample.items.map(presentPartner),
    total: sample.total,
    limit: 50,
    offset: 4950,
  };
  const serialize = serializerCompiler({ schema: partnerPage, method: 'GET', url: '/partners' });
  const rowIds = (await pageQuery(db, workspaceId, 4950).execute()).map((r) => r.id);
  const app = await buildApp({ db, config: testConfig({ logLevel: 'warn' }) });
  const auth = { authorization: `Bearer ${token}` };
  const out = {
    'auth: token lookup (findTokenUser)': await time(() => findTokenUser(db, token, new Date()), {
      reps,
    }),
    'auth: membership lookup': await time(
      () =>
        db.kysely
          .selectFrom('workspaces')
          .innerJoin('memberships', 'memberships.workspace_id', 'workspaces.id')
          .select(['workspaces.id', 'workspaces.slug', 'workspaces.name', 'memberships.role'])
          .where('workspaces.slug', '=', SLUG)
          .where('memberships.user_id', '=', user.id)
          .executeTakeFirst(),
      { reps },
    ),
    'SQL: page of 50 + estimates, offset 0': await time(
      () => pageQuery(db, workspaceId, 0).execute(),
      { reps },
    ),
    'SQL: page of 50 + estimates, offset 9950': await time(
      () => pageQuery(db, workspaceId, 9950).execute(),
      { reps },
    ),
    'SQL (before): full rows sorted and cut, offset 9950': await time(
      () => fullRowPageQuery(db, workspaceId, 9950).execute(),
      { reps },
    ),
    'SQL: page of 50 + estimates, random offset': await time(
      (i) => pageQuery(db, workspaceId, at(i)).execute(),
      { reps },
    ),
    'SQL: count of the workspace partners': await time(
      () => countQuery(db, workspaceId).executeTakeFirst(),
      { reps },
    ),
    'scores of 50 partners combined from their assessments (kept on write now)': await time(
      () => computeCombinedScores(db.kysely, { partnerRowIds: rowIds }),
      { reps },
    ),
    'SQL: audit head (the list cache key)': await time(() => auditHead(db, workspaceId), {
      reps,
    }),
    'store: listPartners, random offset (all SQL + presenting)': await time(
      (i) => listPartners(db, workspaceId, { limit: 50, offset: at(i) }),
      { reps },
    ),
    'route: presentPartner × 50': await time(() => sample.items.map(presentPartner), { reps }),
    'route: zod encode + JSON.stringify (response serializer)': await time(
      () => serialize(presented),
      { reps },
    ),
    'route: JSON.stringify alone': await time(() => JSON.stringify(presented), { reps }),
    'whole route in process (app.inject), random offset': await time(
      (i) =>
        app.inject({
          method: 'GET',
          url: `/api/workspaces/${SLUG}/partners?limit=50&offset=${at(i)}`,
          headers: auth,
        }),
      { reps },
    ),
    'hello route on the app in process (app.inject)': await time(
      () => app.inject({ method: 'GET', url: '/api/health' }),
      { reps },
    ),
  };
  await app.close();
  return out;
}

/**
 * The CSV import of 10,000 partners in this process, phase by phase: reading the CSV,
 * parsing and checking every row against the workspace (the preview: no write), the whole
 * import (one write transaction, then the planner statistics), and that last step alone.
 */
async function importPhases(db) {
  const csv = Buffer.from(generatePartnerCsv({ partners: PARTNERS, criteria: 5, seed: 11 }));
  const timeOnce = async (fn) => {
    const start = performance.now();
    const value = await fn();
    return { ms: performance.now() - start, value };
  };
  const target = await buildWorkspace(db, {
    slug: 'import-profile',
    partners: 0,
    criteria: 5,
    assessors: 1,
    seed: 1,
  });
  const headers = await timeOnce(() => readImportHeaders('csv', csv));
  const mapping = Object.fromEntries(headers.value.map((h) => [h, h]));
  const request = { format: 'csv', data: csv, mapping };
  const preview = await timeOnce(() => previewPartnerImport(db, target.workspace.id, request));
  const whole = await timeOnce(() => importPartners(db, target.workspace.id, request, 'bench'));
  const tables = ['partners', 'estimates', 'assessments', 'synergies'];
  const analyse = await timeOnce(async () => {
    if (db.dialect === 'postgres') await sql.raw(`analyze ${tables.join(', ')}`).execute(db.kysely);
    else for (const t of tables) await sql.raw(`analyze ${t}`).execute(db.kysely);
  });
  if (whole.value.created !== PARTNERS) throw new Error(`import created ${whole.value.created}`);
  return {
    'read the CSV (csv-parse), 10,000 rows': headers.ms,
    'preview: read + parse + check every row (no write)': preview.ms,
    'import: all of it (write transaction + statistics)': whole.ms,
    '  of which, about: ANALYZE of the 4 tables afterwards': analyse.ms,
  };
}

/** Category of a profile frame: the package or the part of the app its script belongs to. */
function categoryOf(url) {
  if (url === '') return null;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const app = /packages\/([^/]+)\/dist\/([^/]+)/.exec(url);
  if (app) return `@partnerfolio/${app[1]} ${app[2]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url;
}

/** Self time by category (native frames count for the script that called them) and by function. */
function summariseProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
  }
  const categories = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') continue;
    total += micros;
    let category = categoryOf(node.callFrame.url);
    if (category === null) {
      if (name.startsWith('('))
        category = name; // (garbage collector), (program)
      else {
        let up = parent.get(id);
        while (up !== undefined && category === null) {
          category = categoryOf(byId.get(up).callFrame.url);
          up = parent.get(up);
        }
        category = `${category ?? '?'} (native)`;
      }
    }
    categories.set(category, (categories.get(category) ?? 0) + micros);
    const fnKey = `${name} ${categoryOf(node.callFrame.url) ?? '(native)'}:${node.callFrame.lineNumber + 1}`;
    functions.set(fnKey, (functions.get(fnKey) ?? 0) + micros);
  }
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, micros]) => ({ name, percent: Math.round((1000 * micros) / total) / 10 }));
  return {
    busySeconds: total / 1e6,
    categories: top(categories, 18),
    functions: top(functions, 25),
  };
}

async function cpuProfile(database, token, seconds) {
  const dir = join(OUT_DIR, 'profiles', database.kind);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const server = await startServerChild(database, {
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  let figures;
  try {
    figures = await load(
      server.pid,
      listScenario(server.url, { slug: SLUG, token, partners: PARTNERS, seed: 3 }),
      { connections: 64, seconds, warmupSeconds: 2 },
    );
  } finally {
    await server.stop();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile written in ${dir}`);
  return {
    file: join(dir, file),
    load: {
      rps: figures.requestsPerSecond,
      p50: figures.latencyMs.p50,
      p99: figures.latencyMs.p99,
      cpu: figures.cpu,
    },
    ...summariseProfile(JSON.parse(readFileSync(join(dir, file), 'utf8'))),
  };
}

async function profileDatabase(kind, { reps, seconds }) {
  if (kind === 'postgres' && !(await postgresReachable()).ok) {
    console.log('  !!! POSTGRESQL IS NOT REACHABLE: skipped');
    return null;
  }
  const database = kind === 'sqlite' ? sqliteDatabase() : await postgresDatabase();
  const db = openDatabase(database.target);
  try {
    await migrateToLatest(db);
    const built = await buildWorkspace(db, {
      slug: SLUG,
      partners: PARTNERS,
      criteria: 5,
      assessors: 2,
      seed: 7,
    });
    await createUser(db, { email: EMAIL, password: 'bench-password-not-secret', name: 'Bench' });
    await addMember(db, { workspaceSlug: SLUG, email: EMAIL, role: 'editor' });
    const token = await createApiToken(db, { email: EMAIL, name: 'bench' });
    console.log(`\n-- ${kind}: each step alone, ${reps} sequential calls (ms)`);
    const timed = await steps(db, built.workspace.id, token, reps);
    for (const [label, t] of Object.entries(timed)) {
      console.log(
        `  ${label.padEnd(62)} median ${fmt(t.median).padStart(7)}   p99 ${fmt(t.p99).padStart(7)}`,
      );
    }
    console.log(`\n-- ${kind}: CSV import of ${PARTNERS} partners in process, by phase (ms)`);
    const imports = await importPhases(db);
    for (const [label, ms] of Object.entries(imports)) {
      console.log(`  ${label.padEnd(62)} ${fmt(ms).padStart(9)}`);
    }
    console.log(
      `\n-- ${kind}: CPU profile of the server child, partner list, 64 connections, ${seconds} s`,
    );
    const profile = await cpuProfile(database, token, seconds);
    console.log(
      `  under profile: ${fmt(profile.load.rps)} req/s, p50 ${profile.load.p50} ms, p99 ${profile.load.p99} ms; ${profile.file}`,
    );
    console.log('  self time by module (native calls count for their caller):');
    for (const c of profile.categories)
      console.log(`    ${String(c.percent).padStart(5)}%  ${c.name}`);
    console.log('  hottest functions (self time):');
    for (const f of profile.functions)
      console.log(`    ${String(f.percent).padStart(5)}%  ${f.name}`);
    return { steps: timed, imports, profile };
  } finally {
    await db.close();
    await database.drop();
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--db');
  const db = i >= 0 ? argv[i + 1] : 'both';
  const quick = argv.includes('--quick');
  const kinds = db === 'both' ? ['sqlite', 'postgres'] : [db];
  const results = {};
  for (const kind of kinds) {
    results[kind] = await profileDatabase(kind, {
      reps: quick ? 200 : 1000,
      seconds: quick ? 5 : 15,
    });
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'server-profile.json'), `${JSON.stringify(results, null, 2)}\n`);
}

if (isMain(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
