/**
 * Reading the jobs of a workspace whose jobs are large: 50 `smaa` jobs on a 2,000-partner
 * workspace, each keeping the workspace's spec in its input (≈ 0.7 MB of JSON) and a rank
 * acceptability document as its result (1,000 partners, ≈ 2.7 MB), on SQLite and, when it
 * answers, PostgreSQL. Timed in the same run:
 *
 * - the jobs list (`listJobs`: each job's head and the summary of its input), against the
 *   rows read whole and their input and result parsed, as the list did before (baseline);
 * - an event stream's poll of one running job (`getJobHead`), against the whole job read
 *   (`getJob`, input and result parsed: the poll before);
 * - a done job's page (`GET …/jobs/{id}`): read and written as its text with the stored
 *   result set in (`presentJobText`), against the result parsed and the page written again
 *   with `JSON.stringify` (the page before), all of it on the event loop.
 *
 *   npm run build --silent && node bench/jobs.mjs [--quick]
 *
 * Target: the list of 50 under 20 ms on each database (it was seconds). Writes
 * bench/out/jobs.json.
 */
import { migrateToLatest, openDatabase } from '@partnerfolio/server';
import {
  claimNext,
  complete,
  enqueue,
  getJob,
  getJobHead,
  getShownJob,
  listJobs,
} from '../packages/server/dist/jobs/queue.js';
import { presentJob, presentJobText } from '../packages/server/dist/presenters/job.js';
import { isMain, measureInterleaved, runAsScript } from './harness.mjs';
import { postgresDatabase, postgresReachable, sqliteDatabase } from './server-databases.mjs';

const JOBS = 50;
const PARTNERS = 2_000;
const RANKED = 1_000;

/** An engine job's input as the server keeps it: the options and the workspace's spec. */
function jobInput() {
  const criteria = Array.from({ length: 10 }, (_, k) => `c${k}`);
  const partners = Array.from({ length: PARTNERS }, (_, i) => ({
    id: `p${i}`,
    name: `Partner ${i}`,
    kind: 'enterprise',
    scores: Object.fromEntries(criteria.map((c, k) => [c, ((i * 7 + k * 13) % 97) + 1])),
    cost: { kind: 'triangular', low: 1, mode: 2, high: 3 },
    return: { kind: 'triangular', low: 2, mode: 4, high: 6 },
    notes: 'n'.repeat(100),
  }));
  return { command: 'smaa', options: { samples: 10_000, seed: 1 }, spec: { criteria, partners } };
}

/** A result the size of an SMAA document on 1,000 partners (mostly zero shares). */
function smaaResult() {
  const row = (i) =>
    Array.from({ length: RANKED }, (_, r) => (r === i ? 0.5 : r % 7 === 0 ? 0.0123 : 0));
  return {
    samples: 10_000,
    rankAcceptability: Object.fromEntries(
      Array.from({ length: RANKED }, (_, i) => [`p${i}`, row(i)]),
    ),
  };
}

async function fill(db) {
  const ws = 'bench-ws';
  await db.kysely
    .insertInto('workspaces')
    .values({
      id: ws,
      slug: 'bench',
      name: 'bench',
      created_at: new Date(0).toISOString(),
      settings: '{}',
      version: 1,
    })
    .execute();
  const input = jobInput();
  const result = smaaResult();
  let done = '';
  for (let i = 0; i < JOBS; i++) {
    const job = await enqueue(db, { workspaceId: ws, kind: 'engine.smaa', input, createdBy: null });
    await claimNext(db, 'bench', ['engine.smaa']);
    await complete(db, job.id, result, { workerId: 'bench' });
    done = job.id;
  }
  const running = await enqueue(db, {
    workspaceId: ws,
    kind: 'engine.smaa',
    input,
    createdBy: null,
  });
  await claimNext(db, 'bench', ['engine.smaa']);
  return {
    ws,
    done,
    running: running.id,
    sizes: { input: JSON.stringify(input).length, result: JSON.stringify(result).length },
  };
}

/** The list as it was: every column of the page's rows, inputs and results parsed. */
async function listWhole(db, ws) {
  const rows = await db.kysely
    .selectFrom('jobs')
    .selectAll()
    .where('workspace_id', '=', ws)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  return rows.map((r) => [JSON.parse(r.input), r.result === null ? null : JSON.parse(r.result)]);
}

async function run(report, { quick }) {
  const databases = [sqliteDatabase()];
  const pg = await postgresReachable();
  if (pg.ok) databases.push(await postgresDatabase());
  else report.note(`PostgreSQL not reachable (${pg.reason}): SQLite only`);
  const reps = quick ? 3 : 7;
  for (const d of databases) {
    const db = openDatabase(d.target);
    try {
      await migrateToLatest(db);
      const { ws, done, running, sizes } = await fill(db);
      report.section(
        `${d.kind}: ${JOBS} smaa jobs, input ${(sizes.input / 1e6).toFixed(1)} MB and result ${(sizes.result / 1e6).toFixed(1)} MB each`,
      );
      const [listed, whole] = await measureInterleaved(
        [() => listJobs(db, ws), () => listWhole(db, ws)],
        { warmup: 1, reps },
      );
      report.check(
        `${d.kind}: the list shows every job, without inputs or results`,
        listed.value.items.length === JOBS &&
          listed.value.items.every(
            (j) => !('input' in j) && !('result' in j) && j.options.samples === 10_000,
          ),
      );
      report.metric(
        `jobs.${d.kind}.list`,
        'jobs list, 50 (head and summary)',
        listed.median,
        'ms',
        listed,
      );
      report.metric(
        `jobs.${d.kind}.whole`,
        'the same rows read whole and parsed (baseline)',
        whole.median,
        'ms',
        whole,
      );
      report.ratio(
        `jobs.${d.kind}.list.ratio`,
        'list: speed vs whole rows',
        whole.median / listed.median,
        'whole rows, same run',
      );
      const [head, full] = await measureInterleaved(
        [() => getJobHead(db, running), () => getJob(db, running)],
        { warmup: 1, reps: reps * 3 },
      );
      report.metric(
        `jobs.${d.kind}.poll`,
        'event stream poll of a running job (head)',
        head.median,
        'ms',
        head,
      );
      report.metric(
        `jobs.${d.kind}.poll.whole`,
        'the whole job read (baseline)',
        full.median,
        'ms',
        full,
      );
      const pageText = async () => presentJobText(await getShownJob(db, done));
      const pageParsed = async () => {
        const job = await getShownJob(db, done);
        return JSON.stringify({ ...presentJob(job), result: JSON.parse(job.resultJson) });
      };
      const [page, reparsed] = await measureInterleaved([pageText, pageParsed], {
        warmup: 1,
        reps: reps * 2,
      });
      report.check(
        `${d.kind}: the page as text says what the parsed page says`,
        JSON.stringify(JSON.parse(page.value)) === JSON.stringify(JSON.parse(reparsed.value)),
      );
      report.metric(
        `jobs.${d.kind}.page`,
        "a done job's page, the stored result set in",
        page.median,
        'ms',
        page,
      );
      report.metric(
        `jobs.${d.kind}.page.parsed`,
        'the same, result parsed and page stringified (baseline)',
        reparsed.median,
        'ms',
        reparsed,
      );
      report.ratio(
        `jobs.${d.kind}.page.ratio`,
        'page: speed vs parse and stringify',
        reparsed.median / page.median,
        'parsed, same run',
      );
      report.target(
        `jobs.${d.kind}.list.target`,
        `${d.kind}: jobs list of ${JOBS}`,
        listed.median,
        '<',
        20,
        'ms',
      );
    } finally {
      await db.close();
      await d.drop();
    }
  }
}

if (isMain(import.meta.url)) await runAsScript('jobs', run);
