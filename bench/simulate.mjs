/**
 * Monte Carlo benchmark: 100 partners with triangular cost and return (200 random terms),
 * 10^6 scenarios on one thread against NumPy doing the same draws and sums, the CLI's
 * worker pool on 1 and 2 threads (results must be bit-identical), and 10^5 scenarios with
 * the summary against a summary that sorts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { compileSimulation, planMoments, simulate, summarize } from '@partnerfolio/core';
import { simulateParallel } from '../packages/cli/dist/simulate-pool.js';
import { generatePortfolio } from './generate.mjs';
import { BENCH_DIR, isMain, measure, measureInterleaved, runAsScript } from './harness.mjs';

/** Debian's interpreter, which has python3-numpy (the python3 on PATH may not). */
const PYTHON = '/usr/bin/python3';
const SEED = 7;
const PARTNERS = 100;

function unwrap(result) {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

function sameBits(a, b) {
  if (a.length !== b.length) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The summary the obvious way: sort a copy, read type-7 percentiles and the worst 5%. */
function sortingSummary(samples) {
  const n = samples.length;
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  let losses = 0;
  for (const x of sorted) {
    sum += x;
    if (x < 0) losses++;
  }
  const mean = sum / n;
  let squares = 0;
  for (const x of sorted) squares += (x - mean) ** 2;
  const at = (p) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    return k + 1 < n ? sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]) : sorted[k];
  };
  const m = Math.ceil(0.05 * n);
  let tail = 0;
  for (let i = 0; i < m; i++) tail += sorted[i];
  return {
    mean,
    sd: Math.sqrt(squares / (n - 1)),
    p5: at(0.05),
    p50: at(0.5),
    p95: at(0.95),
    probLoss: losses / n,
    cvar5: tail / m,
  };
}

/**
 * Start-up of `count` worker threads at once, each importing the engine as the pool's
 * worker does, until each has said it is ready: what a pool pays before any block.
 */
async function workerStartMs(count) {
  const core = import.meta.resolve('@partnerfolio/core');
  const code = `import(${JSON.stringify(core)}).then(() => require('node:worker_threads').parentPort.postMessage(0));`;
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker(code, { eval: true });
          worker.once('message', () => {
            resolve();
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  return performance.now() - started;
}

/** NumPy's time for the same plan, or a reason why there is none. */
async function numpyBaseline(plan, scenarios, reps) {
  if (!existsSync(PYTHON)) return { error: `${PYTHON} does not exist` };
  const input = JSON.stringify({
    mins: plan.terms.map((t) => t.distribution.min),
    modes: plan.terms.map((t) => t.distribution.mode),
    maxs: plan.terms.map((t) => t.distribution.max),
    coefficients: plan.terms.map((t) => t.coefficient),
    constant: plan.constant,
    scenarios,
    chunk: 16384,
    seed: SEED,
    reps,
  });
  // OpenBLAS tuning variables set for other tools on some machines must not reach NumPy.
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const script = join(BENCH_DIR, 'numpy-triangular.py');
  const { code, stdout, stderr } = await new Promise((resolve) => {
    const child = spawn(PYTHON, [script], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', (error) => resolve({ code: -1, stdout: '', stderr: error.message }));
    child.on('close', (exit) => resolve({ code: exit, stdout: out, stderr: err }));
    child.stdin.end(input);
  });
  try {
    const parsed = JSON.parse(stdout.trim().split('\n').pop() ?? '');
    if (code === 0 || parsed.error !== undefined) return parsed;
  } catch {
    // reported below with the exit code and stderr
  }
  return { error: `${PYTHON} exited with ${code}: ${stderr.trim().slice(-500)}` };
}

export async function run(report, { quick }) {
  const scenarios = quick ? 250_000 : 1_000_000;
  const reps = quick ? 3 : 5;
  const portfolio = generatePortfolio(PARTNERS, 1);
  const plan = unwrap(
    compileSimulation(
      portfolio,
      portfolio.partners.map((p) => p.id),
    ),
  );
  const triangular = plan.terms.every((t) => t.distribution.kind === 'triangular');
  report.check(
    'the plan is 200 triangular terms (cost and return of 100 partners)',
    plan.terms.length === 2 * PARTNERS && triangular,
    `${plan.terms.length} terms`,
  );
  const partnerSamples = PARTNERS * scenarios;

  report.section(`one thread: ${PARTNERS} partners × ${scenarios.toLocaleString('en')} scenarios`);
  const single = measure(() => simulate(plan, { scenarios, seed: SEED }), { warmup: 1, reps });
  report.metric('single.ms', 'simulate() on this thread', single.median, 'ms', single);
  const rate = partnerSamples / (single.median / 1000);
  report.metric('single.rate', 'partner-samples per second (cost + return each)', rate, '/s');
  report.metric(
    'single.draws',
    'nanoseconds per triangular draw',
    (single.median * 1e6) / (2 * partnerSamples),
    'ns',
  );
  const samples = single.value;
  const exact = planMoments(plan);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const stderr = Math.sqrt(exact.variance / samples.length);
  report.check(
    'the simulated mean is within 5 standard errors of the exact mean',
    Math.abs(mean - exact.mean) < 5 * stderr,
    `${mean} vs ${exact.mean} ± ${stderr}`,
  );

  report.section('NumPy, same draws and sums (default_rng(seed).triangular, chunks of 16384)');
  const numpy = await numpyBaseline(plan, scenarios, quick ? 2 : 3);
  let numpyRatio = null;
  if (numpy.error !== undefined || !Array.isArray(numpy.seconds)) {
    report.warn(
      `NO NUMPY BASELINE: ${numpy.error ?? 'no timings came back'}. Install Debian's python3-numpy (apt-get install -y python3-numpy); the NumPy ratio is skipped.`,
    );
  } else {
    const ms = numpy.seconds.map((s) => s * 1000).sort((a, b) => a - b);
    const npMedian = ms[ms.length >> 1];
    report.metric(
      'numpy.ms',
      `NumPy ${numpy.numpy} (python ${numpy.python}), median`,
      npMedian,
      'ms',
      {
        min: ms[0],
        max: ms[ms.length - 1],
        reps: ms.length,
      },
    );
    report.check(
      'NumPy mean is within 5 standard errors of the exact mean',
      Math.abs(numpy.mean - exact.mean) < 5 * stderr,
      `${numpy.mean} vs ${exact.mean}`,
    );
    numpyRatio = report.ratio(
      'numpy.ratio',
      'speed vs NumPy (NumPy time / ours)',
      npMedian / single.median,
      'NumPy, same run',
    );
  }

  report.section('worker pool (packages/cli simulate-pool): 1 vs 2 threads');
  const [one, two, startup] = await measureInterleaved(
    [
      () => simulateParallel(plan, { scenarios, seed: SEED, workers: 1 }),
      () => simulateParallel(plan, { scenarios, seed: SEED, workers: 2 }),
      () => workerStartMs(2),
    ],
    { warmup: 1, reps },
  );
  report.metric('pool.w1', 'simulateParallel, workers: 1 (this thread)', one.median, 'ms', one);
  report.metric('pool.w2', 'simulateParallel, workers: 2', two.median, 'ms', two);
  report.metric(
    'pool.startup',
    'start 2 workers that import the engine (no work)',
    startup.median,
    'ms',
    startup,
  );
  report.metric(
    'pool.bound',
    'speed-up 2 workers could reach with that start-up: t1 / (t1/2 + start)',
    one.median / (one.median / 2 + startup.median),
    '×',
  );
  const speedup = report.ratio(
    'pool.speedup',
    'speed-up of 2 workers over 1',
    one.median / two.median,
    'workers: 1, same run',
  );
  const identical = sameBits(one.value, two.value) && sameBits(one.value, samples);
  report.check('workers 1 and 2 (and simulate()) give bit-identical samples', identical);

  report.section('10^5 scenarios including the summary');
  const small = 100_000;
  const simOnly = measure(() => simulate(plan, { scenarios: small, seed: SEED }), {
    warmup: 2,
    reps: 7,
  });
  const withSummary = measure(() => summarize(simulate(plan, { scenarios: small, seed: SEED })), {
    warmup: 2,
    reps: 7,
  });
  const summaryOnly = measure(() => summarize(simOnly.value), { warmup: 3, reps: 9 });
  const sorting = measure(() => sortingSummary(simOnly.value), { warmup: 3, reps: 9 });
  report.metric('small.simulate', 'simulate() 10^5', simOnly.median, 'ms', simOnly);
  report.metric(
    'small.total',
    'simulate() + summarize() 10^5',
    withSummary.median,
    'ms',
    withSummary,
  );
  report.metric(
    'small.summary',
    'summarize() alone (selection)',
    summaryOnly.median,
    'ms',
    summaryOnly,
  );
  report.metric(
    'small.sorting',
    'summary by sorting a copy (baseline)',
    sorting.median,
    'ms',
    sorting,
  );
  report.ratio(
    'small.ratio',
    'summarize() speed vs sorting (sort time / ours)',
    sorting.median / summaryOnly.median,
    'sort-based summary, same samples',
  );
  const a = summaryOnly.value;
  const b = sorting.value;
  const agree = ['p5', 'p50', 'p95', 'probLoss', 'cvar5', 'mean', 'sd'].every(
    (k) => Math.abs(a[k] - b[k]) <= 1e-9 * Math.max(1, Math.abs(b[k])),
  );
  report.check('summarize() agrees with the sorting summary', agree, JSON.stringify({ a, b }));

  report.section('targets');
  report.target(
    'simulate.rate',
    `${PARTNERS} partners × ${scenarios.toLocaleString('en')} scenarios, one thread`,
    rate,
    '>=',
    6e7,
    'partner-samples/s',
  );
  if (numpyRatio === null) {
    report.skip('simulate.numpy', 'speed vs NumPy doing the same work', 'NumPy is not available');
  } else {
    report.target(
      'simulate.numpy',
      'speed vs NumPy doing the same work',
      numpyRatio,
      '>=',
      1.5,
      '×',
    );
  }
  report.target(
    'simulate.parallel',
    'speed-up on 2 worker threads (bit-identical results)',
    identical ? speedup : null,
    '>=',
    1.6,
    '×',
  );
  report.target(
    'simulate.small',
    '10^5 scenarios including summarize()',
    withSummary.median,
    '<',
    250,
    'ms',
  );
}

if (isMain(import.meta.url)) await runAsScript('simulate', run);
