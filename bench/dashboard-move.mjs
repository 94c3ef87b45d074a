/**
 * The dashboard's current-vs-proposed answer (issue 9: < 300 ms warm for the demo): what
 * the dashboard waits for before it shows current S beside proposed S and the change plan,
 * on the running demo (examples/running-portfolio.yaml: six incumbents), in this process on
 * SQLite through the real routes (app.inject, bearer token):
 *
 * - the optimize answer (a reallocation: the incumbents' S and the keep/add/exit plan);
 * - the same with a keep lock and an exit lock (what "solve again" sends);
 * - and the browser's part, run here with the same core code: the exported spec parsed
 *   and the current portfolio's 20,000-scenario Monte Carlo summarised.
 *
 * Baseline, same run: the plain optimize of examples/demo.yaml (the same candidates, no
 * incumbents), whose answer has neither `current` nor `changes`.
 *
 *   npm run build --silent && node bench/dashboard-move.mjs [--quick]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileSimulation, parseSpecText, simulate, summarize } from '@partnerfolio/core';
import {
  addMember,
  buildApp,
  createApiToken,
  createUser,
  migrateToLatest,
  openDatabase,
  testConfig,
} from '@partnerfolio/server';
import { replaceWorkspaceFromSpec } from '../packages/server/dist/store/spec-replace.js';
import { createWorkspace } from '../packages/server/dist/store/workspaces.js';
import { measureAsync, runAsScript } from './harness.mjs';
import { sqliteDatabase } from './server-databases.mjs';

const EMAIL = 'bench@example.com';
/** As the dashboard runs it (load-dashboard.ts `CURRENT_SIMULATION`). */
const CURRENT_SCENARIOS = 20_000;
const example = (name) =>
  readFileSync(fileURLToPath(new URL(`../examples/${name}`, import.meta.url)), 'utf8');

function specOf(text) {
  const parsed = parseSpecText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value.spec;
}

async function workspace(db, slug, text) {
  const created = await createWorkspace(db, { slug, name: slug, actor: 'bench' });
  await replaceWorkspaceFromSpec(db, created.id, specOf(text), 'bench');
  await addMember(db, { workspaceSlug: slug, email: EMAIL, role: 'editor' });
}

export async function run(report, { quick }) {
  const database = sqliteDatabase();
  const db = openDatabase(database.target);
  try {
    await migrateToLatest(db);
    await createUser(db, { email: EMAIL, password: 'bench-password-not-secret', name: 'Bench' });
    await workspace(db, 'running', example('running-portfolio.yaml'));
    await workspace(db, 'plain', example('demo.yaml'));
    const token = await createApiToken(db, { email: EMAIL, name: 'bench' });
    const app = await buildApp({ db, config: testConfig({ logLevel: 'warn' }) });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const post = async (slug, command, body) => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/workspaces/${slug}/${command}`,
        headers,
        payload: JSON.stringify(body),
      });
      if (res.statusCode !== 200) throw new Error(`${command}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const browserPart = async (slug, incumbents) => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/workspaces/${slug}/spec?format=json`,
        headers,
      });
      const parsed = parseSpecText(res.body);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const plan = compileSimulation(parsed.value.portfolio, incumbents);
      if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
      return summarize(simulate(plan.value, { scenarios: CURRENT_SCENARIOS, seed: 7 }));
    };
    const moveAnswer = async (body = {}) => {
      const answer = await post('running', 'optimize', body);
      const current = await browserPart('running', answer.current.selected);
      return { answer, current };
    };

    report.section('dashboard: current vs proposed on the running demo (SQLite, app.inject)');
    const first = await moveAnswer();
    const plain = await post('plain', 'optimize', {});
    report.check(
      'the running demo reallocates (current and changes present)',
      first.answer.current !== undefined && first.answer.changes !== undefined,
    );
    report.check(
      'the plain demo does not (no current, no changes)',
      plain.current === undefined && plain.changes === undefined,
    );
    const [added] = first.answer.changes.add;
    // Keep what the proposal exits, exit one partner it adds.
    const locks = { include: first.answer.changes.exit, exclude: [added] };
    const locked = await post('running', 'optimize', locks);
    report.check(
      'a solve under locks honours them',
      locked.status === 'optimal' &&
        locks.include.every((id) => locked.selected.includes(id)) &&
        locks.exclude.every((id) => !locked.selected.includes(id)),
      JSON.stringify({ locks, selected: locked.selected }),
    );

    const reps = quick ? 5 : 20;
    const options = { reps, warmup: 2 };
    const baseline = await measureAsync(() => post('plain', 'optimize', {}), options);
    const optimizeOnly = await measureAsync(() => post('running', 'optimize', {}), options);
    const incumbents = first.answer.current.selected;
    const browserOnly = await measureAsync(() => browserPart('running', incumbents), options);
    const whole = await measureAsync(() => moveAnswer(), options);
    const withLocks = await measureAsync(() => post('running', 'optimize', locks), options);
    report.metric('plain', 'baseline: plain optimize, demo.yaml', baseline.median, 'ms', baseline);
    report.metric(
      'optimize',
      'reallocation optimize, running demo (server answer)',
      optimizeOnly.median,
      'ms',
      optimizeOnly,
    );
    report.metric(
      'browser',
      'browser part: spec + current S Monte Carlo',
      browserOnly.median,
      'ms',
      browserOnly,
    );
    report.metric('whole', 'answer + the browser part, end to end', whole.median, 'ms', whole);
    report.metric(
      'locked',
      'answer under a keep and an exit lock',
      withLocks.median,
      'ms',
      withLocks,
    );
    const ratio = optimizeOnly.median / baseline.median;
    report.ratio(
      'ratio',
      'current vs proposed ÷ plain optimize',
      ratio,
      'plain optimize, same run',
    );
    report.target(
      'warm',
      'current vs proposed answer, warm, demo',
      optimizeOnly.median,
      '<',
      300,
      'ms',
    );
    report.target('warmLocked', 'the answer under locks, warm', withLocks.median, '<', 300, 'ms');
    await app.close();
  } finally {
    await db.close();
    await database.drop();
  }
}

await runAsScript('dashboard-move', run);
