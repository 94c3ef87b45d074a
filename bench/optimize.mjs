/**
 * Optimizer benchmark: `optimize()` end to end against the bare solve of the identical
 * MILP (`buildPortfolioModel`, then `solver.solve(model)` on the same HiGHS instance in
 * the same process), and against the raw `highs` package's one-shot `solve(lpText)`.
 * Sizes from 50 to 2,000 partners (several seeded instances each), growth with n,
 * n = 5,000 under a time limit, and the first solve in a fresh process.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildPortfolioModel, optimize, partnerScores, toLpText } from '@partnerfolio/core';
import { createHighsSolver, highsOptionsFor, loadHighsRuntime } from '@partnerfolio/solver-highs';
import { generatePortfolio } from './generate.mjs';
import {
  BENCH_DIR,
  fmt,
  isMain,
  logLogSlope,
  median,
  runAsScript,
  settle,
  timeOnce,
} from './harness.mjs';

const run$ = promisify(execFile);

function unwrap(result) {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * V8 runs WebAssembly first on its baseline compiler and moves hot functions to the
 * optimizing one as they run; a steady state needs about a second of solving. Without this,
 * the first sizes measured would pay for the tier-up.
 */
function warmUp(solver, budgetMs) {
  const instances = [50, 50, 50, 200, 200].map((n, k) => {
    const portfolio = generatePortfolio(n, 100 + k);
    return { portfolio, scores: unwrap(partnerScores(portfolio)) };
  });
  const until = performance.now() + budgetMs;
  let solves = 0;
  while (performance.now() < until) {
    const { portfolio, scores } = instances[solves % instances.length];
    optimize(portfolio, solver, { scores });
    solves++;
  }
  return solves;
}

/** One instance: `reps` end-to-end and bare solves, interleaved (alternating which goes first). */
function measureInstance(report, solver, n, seed, reps) {
  const portfolio = generatePortfolio(n, seed);
  const scoring = timeOnce(() => unwrap(partnerScores(portfolio)));
  const scores = scoring.value;
  const building = timeOnce(() => unwrap(buildPortfolioModel(portfolio, scores)));
  const model = building.value;
  const e2e = [];
  const bare = [];
  let result;
  let bareResult;
  for (let r = 0; r < reps; r++) {
    const steps = [
      () => {
        settle();
        const t = timeOnce(() => optimize(portfolio, solver, { scores }));
        e2e.push(t.ms);
        result = t.value;
      },
      () => {
        settle();
        const t = timeOnce(() => solver.solve(model));
        bare.push(t.ms);
        bareResult = t.value;
      },
    ];
    if (r % 2 === 1) steps.reverse();
    for (const step of steps) step();
  }
  const agree =
    result.status === bareResult.status &&
    (result.status !== 'optimal' || close(result.objective, bareResult.objective));
  report.check(
    `n=${n} seed=${seed}: optimize and the bare solve agree`,
    agree,
    `${result.status} ${result.objective} vs ${bareResult.status} ${bareResult.objective}`,
  );
  return {
    n,
    seed,
    status: result.status,
    objective: result.objective,
    selected: result.selected.length,
    columns: model.columns.count,
    rows: model.rows.count,
    scoresMs: scoring.ms,
    buildMs: building.ms,
    e2eMs: median(e2e),
    bareMs: median(bare),
    e2eSamples: e2e,
    bareSamples: bare,
    portfolio,
    model,
  };
}

/** The raw package: LP text printed by `toLpText`, parsed and solved by a fresh HiGHS. */
function measureRaw(report, highs, instance) {
  const printing = timeOnce(() => toLpText(instance.model));
  settle();
  const solving = timeOnce(() => highs.solve(printing.value, highsOptionsFor({})));
  const raw = solving.value;
  report.check(
    `n=${instance.n} seed=${instance.seed}: raw highs.solve(lpText) agrees`,
    raw.Status === 'Optimal' && close(raw.ObjectiveValue, instance.objective),
    `${raw.Status} ${raw.ObjectiveValue} vs ${instance.objective}`,
  );
  return { lpTextMs: printing.ms, rawSolveMs: solving.ms };
}

/**
 * `spawns` fresh processes per seed; each figure of a seed is the median over its processes
 * (other processes on a small machine disturb a single start-up a lot).
 */
async function coldRuns(seeds, spawns) {
  const script = join(BENCH_DIR, 'optimize-cold.mjs');
  const runs = [];
  for (const seed of seeds) {
    const samples = [];
    for (let k = 0; k < spawns; k++) {
      const { stdout } = await run$(process.execPath, [script, '50', String(seed)]);
      samples.push(JSON.parse(stdout.trim().split('\n').pop()));
    }
    const mid = (key) => median(samples.map((c) => c[key]));
    runs.push({
      seed,
      status: samples.every((c) => c.status === 'optimal') ? 'optimal' : samples[0].status,
      nodeStartMs: mid('nodeStartMs'),
      importMs: mid('importMs'),
      loadMs: mid('loadMs'),
      firstSolveMs: mid('firstSolveMs'),
      coldMs: mid('coldMs'),
      secondSolveMs: mid('secondSolveMs'),
      coldSamples: samples.map((c) => c.coldMs),
    });
  }
  return runs;
}

export async function run(report, { quick }) {
  const seeds = quick ? [1, 2, 3] : [1, 2, 3, 4, 5];
  const sizes = quick ? [50, 100, 200, 1000] : [50, 100, 200, 400, 1000, 2000];
  const repsFor = (n) => (n <= 200 ? 3 : n <= 1000 && !quick ? 2 : 1);
  const rawSizes = quick ? [200] : [50, 200, 1000];
  const limit5000 = quick ? 10 : 60;

  const highs = await loadHighsRuntime();
  const solver = await createHighsSolver({ highs });
  report.note(`solver: ${solver.name}; instances per size: seeds ${seeds.join(', ')}`);

  report.section('warm-up (WebAssembly tier-up)');
  const warmUps = warmUp(solver, quick ? 1500 : 3000);
  report.metric('warmup.solves', 'warm-up solves', warmUps, 'solves');

  report.section('optimize() end to end vs solver.solve(model) of the identical model');
  const bySize = [];
  let warmN50 = [];
  const allRatios = [];
  for (const n of sizes) {
    const instances = seeds.map((seed) => measureInstance(report, solver, n, seed, repsFor(n)));
    if (n === 50) warmN50 = instances;
    const ratios = instances.map((i) => i.e2eMs / i.bareMs);
    allRatios.push(...ratios);
    const raws = rawSizes.includes(n) ? instances.map((i) => measureRaw(report, highs, i)) : [];
    const e2e = instances.map((i) => i.e2eMs);
    const size = {
      n,
      optimal: instances.every((i) => i.status === 'optimal'),
      e2eMedian: median(e2e),
      e2eSlowest: Math.max(...e2e),
      bareMedian: median(instances.map((i) => i.bareMs)),
      ratioMedian: median(ratios),
      columns: instances[0].columns,
      rows: instances[0].rows,
    };
    bySize.push(size);
    const statuses = instances.map((i) => i.status).join(',');
    report.metric(
      `e2e.n${n}.median`,
      `n=${n} (${size.columns} cols, ${size.rows} rows) optimize, median instance`,
      size.e2eMedian,
      'ms',
    );
    report.metric(`e2e.n${n}.slowest`, `n=${n} optimize, slowest instance`, size.e2eSlowest, 'ms');
    report.metric(`bare.n${n}.median`, `n=${n} bare solve, median instance`, size.bareMedian, 'ms');
    report.ratio(
      `overhead.n${n}`,
      `n=${n} optimize / bare solve (median of instances)`,
      size.ratioMedian,
      'solver.solve(model), same model, same solver instance',
    );
    if (raws.length > 0) {
      report.metric(
        `lptext.n${n}`,
        `n=${n} toLpText (not used by optimize), median`,
        median(raws.map((r) => r.lpTextMs)),
        'ms',
      );
      report.ratio(
        `raw.n${n}`,
        `n=${n} optimize / raw highs.solve(lpText) (median)`,
        median(raws.map((r, k) => instances[k].e2eMs / r.rawSolveMs)),
        'one-shot solve of the LP text by the highs package',
      );
    }
    report.metric(
      `prep.n${n}`,
      `n=${n} partnerScores + buildPortfolioModel (not in the bare solve)`,
      median(instances.map((i) => i.scoresMs + i.buildMs)),
      'ms',
    );
    if (!size.optimal) report.note(`n=${n}: statuses ${statuses}`);
    report.detail(
      `n${n}`,
      instances.map(({ portfolio, model, ...rest }, k) => ({ ...rest, ...raws[k] })),
    );
  }

  report.section('growth with n');
  const xs = bySize.map((s) => s.n);
  const fitE2e = logLogSlope(
    xs,
    bySize.map((s) => s.e2eMedian),
  );
  const fitBare = logLogSlope(
    xs,
    bySize.map((s) => s.bareMedian),
  );
  report.metric(
    'growth.exponent',
    `time ∝ n^k for optimize, k (log-log fit, r² ${fmt(fitE2e.r2)})`,
    fitE2e.slope,
    '',
  );
  report.metric(
    'growth.exponent.bare',
    `time ∝ n^k for the bare solve, k (r² ${fmt(fitBare.r2)})`,
    fitBare.slope,
    '',
  );

  report.section(`n = 5,000 with a ${limit5000} s time limit`);
  const big = generatePortfolio(5000, 1);
  const bigScores = unwrap(partnerScores(big));
  settle();
  const bigRun = timeOnce(() => optimize(big, solver, { scores: bigScores, timeLimit: limit5000 }));
  const r5000 = bigRun.value;
  report.metric('n5000.ms', 'n=5000 optimize wall time', bigRun.ms, 'ms');
  report.metric('n5000.status', 'n=5000 status', r5000.status, '');
  report.metric('n5000.gap', 'n=5000 relative MIP gap', r5000.gap, '');
  report.metric('n5000.selected', 'n=5000 partners selected', r5000.selected.length, '');
  report.detail('n5000', {
    status: r5000.status,
    objective: r5000.objective,
    bound: r5000.bound,
    gap: r5000.gap,
    ms: bigRun.ms,
  });
  if (bigRun.ms < (limit5000 * 1000) / 3) {
    const bigModel = unwrap(buildPortfolioModel(big, bigScores));
    settle();
    const bareBig = timeOnce(() => solver.solve(bigModel, { timeLimit: limit5000 }));
    report.ratio(
      'overhead.n5000',
      'n=5000 optimize / bare solve (one run each)',
      bigRun.ms / bareBig.ms,
      'solver.solve(model) with the same limit',
    );
  }

  report.section('first solve in a fresh process (n = 50) vs warm re-solve');
  const cold = await coldRuns(seeds, quick ? 1 : 3);
  // Warm: the same instances re-solved in this process, long warmed up (measured above).
  const warmBySeed = new Map(warmN50.map((i) => [i.seed, i.e2eMs]));
  for (const c of cold) {
    c.warmMs = warmBySeed.get(c.seed);
    report.check(`cold n=50 seed=${c.seed} is optimal`, c.status === 'optimal', c.status);
  }
  const pick = (key) => cold.map((c) => c[key]);
  const rows = [
    ['cold.node', 'node start-up before the script (median)', 'nodeStartMs'],
    ['cold.import', 'import @partnerfolio/core (median)', 'importMs'],
    ['cold.load', 'load HiGHS: WebAssembly compile + instantiate (median)', 'loadMs'],
    ['cold.first', 'first optimize, baseline-compiled WebAssembly (median)', 'firstSolveMs'],
    ['cold.median', 'cold = import + load + first optimize, median instance', 'coldMs'],
    ['cold.second', 'second optimize in the fresh process (median)', 'secondSolveMs'],
    ['warm.median', 'warm re-solve (this process), median instance', 'warmMs'],
  ];
  for (const [key, label, field] of rows) report.metric(key, label, median(pick(field)), 'ms');
  report.metric('cold.slowest', 'cold, slowest instance', Math.max(...pick('coldMs')), 'ms');
  report.metric(
    'warm.slowest',
    'warm re-solve, slowest instance',
    Math.max(...pick('warmMs')),
    'ms',
  );
  report.ratio(
    'cold.ratio',
    'cold / warm (median of instances)',
    median(cold.map((c) => c.coldMs / c.warmMs)),
    'warm re-solve of the same instance',
  );
  report.detail('cold', cold);

  report.section('targets');
  report.target(
    'optimize.overhead',
    'optimize end to end / bare solve (median over all instances)',
    median(allRatios),
    '<=',
    1.3,
    '×',
  );
  const at = (n) => bySize.find((s) => s.n === n);
  for (const [n, limitMs] of [
    [200, 1500],
    [1000, 10000],
  ]) {
    const size = at(n);
    report.target(
      `optimize.n${n}`,
      `n = ${n} proven optimal, slowest of ${seeds.length} instances`,
      size.optimal ? size.e2eSlowest : null,
      '<',
      limitMs,
      'ms',
    );
  }
  report.target(
    'optimize.n5000',
    `n = 5,000 answers within its ${limit5000} s limit (+10%) with a gap (${r5000.status}, gap ${fmt(r5000.gap)})`,
    r5000.gap === null ? null : bigRun.ms / 1000,
    '<=',
    limit5000 * 1.1,
    's',
  );
  report.target(
    'optimize.cold',
    'n = 50 first solve in a fresh process, slowest instance',
    Math.max(...pick('coldMs')),
    '<',
    200,
    'ms',
  );
  report.target(
    'optimize.warm',
    'n = 50 warm re-solve, slowest instance',
    Math.max(...pick('warmMs')),
    '<',
    200,
    'ms',
  );
}

if (isMain(import.meta.url)) await runAsScript('optimize', run);
