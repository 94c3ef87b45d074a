/**
 * The further ranking methods (DESIGN.md "More methods"):
 *
 * - PROMETHEE II flows on 1,000 partners × 10 criteria with piecewise-linear preference
 *   functions, the sort-based per-criterion sums against the O(m² n) pairwise definition
 *   (the engine's own `pairwise` path) in the same run; both must agree.
 * - Kendall's τ_b of two rankings of 20,000 partners (the methods' agreement table), core's
 *   merge sort against the pair-by-pair definition; both must agree.
 * - SMAA-2, 10,000 weight samples on 1,000 partners × 10 criteria (weighted sum), one
 *   thread, against a straightforward loop (index sort with a comparator per sample, ranks
 *   read off the sorted order) over the same weight draws; the acceptabilities must agree.
 * - The same split across threads: the CLI's pool as the command runs it, from the CLI's
 *   bundle (`npm run build`; 2 = this thread and one worker, each
 *   claiming the next block; the worker booted inside the timing, and, as the `smaa`
 *   command runs it, booted while the spec text is read, both figures then including the
 *   read), and the server's engine pool (`smaaSplit`, what a `smaa`
 *   job runs) on 1 and 2 threads, wall and CPU time, plus the demo's portfolio
 *   membership (1,000 samples, one MILP each) on the server's pool, warm, with progress.
 */

import { readFileSync } from 'node:fs';
import {
  createRng,
  kendallTau,
  kendallTauByPairs,
  parseSpecText,
  prometheeFlows,
  sameScore,
  smaa,
  WeightSampler,
} from '@partnerfolio/core';
// The pool as `partnerfolio smaa` runs it: the CLI's bundle (its worker file included).
import { smaaParallel, startSmaaWorkers } from '../packages/cli/dist/bundle/smaa-pool.js';
import { createEnginePool, ENGINE_LIMITS } from '../packages/server/dist/engine/engine-thread.js';
import { smaaSplit } from '../packages/server/dist/engine/smaa-split.js';
import { generateScoreMatrix } from './generate.mjs';
import { isMain, measure, measureAsync, measureInterleaved, runAsScript } from './harness.mjs';

const M = 1_000;
const N = 10;
const KINDS = Array.from({ length: N }, (_, k) => (k % 3 === 2 ? 'cost' : 'benefit'));
const WEIGHTS = [0.16, 0.14, 0.12, 0.11, 0.1, 0.09, 0.08, 0.08, 0.07, 0.05];
const PREFERENCES = [
  { type: 'usual' },
  { type: 'ushape', q: 5 },
  { type: 'vshape', p: 30 },
  { type: 'level', q: 5, p: 20 },
  { type: 'linear', q: 5, p: 40 },
  { type: 'usual' },
  { type: 'vshape', p: 50 },
  { type: 'linear', q: 2, p: 10 },
  { type: 'level', q: 10, p: 30 },
  { type: 'ushape', q: 1 },
];

function portfolioOf(values) {
  const criteria = KINDS.map((kind, k) => ({ id: `c${k}`, name: `c${k}`, kind }));
  return {
    organization: 'bench',
    unit: 'points',
    netModel: 'net',
    criteria,
    weighting: { method: 'smaa' },
    normalization: 'minmax',
    resources: {},
    partners: Array.from({ length: M }, (_, i) => ({
      id: `p${String(i).padStart(4, '0')}`,
      name: `p${i}`,
      kind: 'other',
      domains: [],
      offers: [],
      scores: Object.fromEntries(criteria.map((c, k) => [c.id, values[i * N + k]])),
      cost: { kind: 'fixed', value: 0 },
      return: { kind: 'fixed', value: 0 },
      uses: {},
    })),
    synergies: [],
    constraints: {
      minPerKind: {},
      exclusive: [],
      requires: [],
      include: [],
      exclude: [],
      cover: [],
      groups: [],
    },
    objective: 'net',
    coordinationCost: 0,
  };
}

/**
 * The same portfolio as a spec file's text (JSON), as `partnerfolio smaa FILE` reads it:
 * the portfolio's fields a spec states, each estimate as the plain number it is.
 */
function specTextOf(values) {
  const portfolio = portfolioOf(values);
  const { organization, unit, netModel, criteria, weighting, normalization, resources } = portfolio;
  const partners = portfolio.partners.map(({ id, name, kind, scores }) => ({
    id,
    name,
    kind,
    scores,
    cost: 0,
    return: 0,
  }));
  return JSON.stringify({
    version: 1,
    organization,
    unit,
    netModel,
    criteria,
    weighting,
    normalization,
    resources,
    partners,
  });
}

/** SMAA-2 as one would first write it: same weights (same sampler, streams, blocks). */
function naiveSmaa(values, samples, seed) {
  const lo = new Float64Array(N).fill(Number.POSITIVE_INFINITY);
  const hi = new Float64Array(N).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < M; i++) {
    for (let k = 0; k < N; k++) {
      lo[k] = Math.min(lo[k], values[i * N + k]);
      hi[k] = Math.max(hi[k], values[i * N + k]);
    }
  }
  const norm = (i, k) => {
    const x = values[i * N + k];
    return KINDS[k] === 'cost' ? (hi[k] - x) / (hi[k] - lo[k]) : (x - lo[k]) / (hi[k] - lo[k]);
  };
  const sampler = new WeightSampler({
    order: [],
    low: new Float64Array(N),
    high: new Float64Array(N).fill(1),
  });
  const counts = Array.from({ length: M }, () => new Array(M).fill(0));
  const w = new Float64Array(N);
  for (let b = 0, done = 0; done < samples; b++) {
    const rng = createRng(seed, b);
    const size = Math.min(1024, samples - done);
    for (let s = 0; s < size; s++) {
      sampler.draw(rng, w, 1e9);
      const scores = Array.from({ length: M }, (_, i) => {
        let t = 0;
        for (let k = 0; k < N; k++) t += w[k] * norm(i, k);
        return t;
      });
      const order = scores.map((_, i) => i).sort((a, c) => scores[c] - scores[a]);
      let rank = 0;
      order.forEach((i, pos) => {
        if (pos > 0 && !sameScore(scores[order[rank]], scores[i])) rank = pos;
        counts[i][rank]++;
      });
    }
    done += size;
  }
  return counts.map((row) => row.map((c) => c / samples));
}

export async function run(report, { quick }) {
  const values = generateScoreMatrix(M, N, 3);
  const input = { values, m: M, n: N, kinds: KINDS, weights: WEIGHTS, preferences: PREFERENCES };

  report.section(`PROMETHEE II flows, ${M.toLocaleString('en')} × ${N}`);
  const fast = measure(() => prometheeFlows(input), { warmup: 3, reps: quick ? 5 : 11 });
  const pairwise = measure(() => prometheeFlows(input, true), { warmup: 1, reps: quick ? 2 : 3 });
  let worst = 0;
  for (let a = 0; a < M; a++) {
    worst = Math.max(worst, Math.abs(fast.value.net[a] - pairwise.value.net[a]));
  }
  report.check(
    'PROMETHEE: the sorted sums agree with the pairwise definition',
    worst < 1e-9,
    `max |Δφ| = ${worst}`,
  );
  report.metric('promethee.ms', 'PROMETHEE II, sort-based per criterion', fast.median, 'ms', fast);
  report.metric(
    'promethee.pairwise',
    'PROMETHEE II, pairwise O(m² n) (baseline)',
    pairwise.median,
    'ms',
    pairwise,
  );
  report.ratio(
    'promethee.ratio',
    'PROMETHEE: speed vs pairwise (pairwise / ours)',
    pairwise.median / fast.median,
    'pairwise, same run',
  );

  // The agreement table compares every pair of ranking methods by Kendall's τ_b (and ρ,
  // r_w): two competition rankings of 20,000 partners with ties, as the methods give.
  const K = 20_000;
  const tauRng = createRng(7);
  const byScore = (scores) => {
    const order = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a]);
    const ranks = new Array(K);
    order.forEach((i, pos) => {
      ranks[i] = pos > 0 && scores[order[pos - 1]] === scores[i] ? ranks[order[pos - 1]] : pos + 1;
    });
    return ranks;
  };
  const base = Array.from({ length: K }, () => Math.floor(tauRng.next() * 5_000));
  const tauX = byScore(base);
  const tauY = byScore(base.map((v) => v + Math.floor(tauRng.next() * 500)));
  report.section(`Kendall's τ_b of two rankings of ${K.toLocaleString('en')} partners`);
  const tau = measure(() => kendallTau(tauX, tauY), { warmup: 2, reps: quick ? 5 : 11 });
  const tauPairs = measure(() => kendallTauByPairs(tauX, tauY), { warmup: 0, reps: quick ? 1 : 3 });
  report.check(
    "Kendall's τ_b: the merge sort agrees with the pair-by-pair definition",
    Math.abs(tau.value - tauPairs.value) < 1e-12,
    `τ_b = ${tau.value}`,
  );
  report.metric('kendall.ms', "Kendall's τ_b, merge sort (Knight 1966)", tau.median, 'ms', tau);
  report.metric(
    'kendall.pairs',
    "Kendall's τ_b, pair by pair O(n²) (baseline)",
    tauPairs.median,
    'ms',
    tauPairs,
  );
  report.ratio(
    'kendall.ratio',
    "Kendall's τ_b: speed vs pair by pair (pairs / ours)",
    tauPairs.median / tau.median,
    'pair by pair, same run',
  );

  const samples = 10_000;
  const portfolio = portfolioOf(values);
  report.section(
    `SMAA-2, ${samples.toLocaleString('en')} samples × ${M.toLocaleString('en')} partners × ${N} criteria`,
  );
  const ours = measure(
    () => {
      const r = smaa(portfolio, { samples, seed: 1, method: 'weighted-sum' });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.value;
    },
    { warmup: 1, reps: quick ? 3 : 5 },
  );
  // CPU time of one more run: on the shared bench machine wall time includes waiting for a core.
  const cpuStart = process.cpuUsage();
  smaa(portfolio, { samples, seed: 1, method: 'weighted-sum' });
  const cpuUsed = process.cpuUsage(cpuStart);
  const smaaCpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
  const naiveSamples = quick ? 1_000 : 2_000;
  const naive = measure(() => naiveSmaa(values, naiveSamples, 1), {
    warmup: 0,
    reps: quick ? 1 : 2,
  });
  const check = smaa(portfolio, { samples: naiveSamples, seed: 1, method: 'weighted-sum' });
  const same =
    check.ok &&
    naive.value.every((row, i) => row.every((x, r) => x === check.value.acceptability[i * M + r]));
  report.check('SMAA: the same acceptabilities as the naive loop on the same draws', same);
  const naivePerSample = naive.median / naiveSamples;
  report.metric(
    'smaa.ms',
    `SMAA-2, ${samples.toLocaleString('en')} samples, one thread`,
    ours.median,
    'ms',
    ours,
  );
  report.metric('smaa.cpu', 'SMAA-2, 10,000 samples, one thread: CPU time', smaaCpuMs, 'ms');
  report.metric(
    'smaa.naive',
    `naive loop, per ${samples.toLocaleString('en')} samples (from ${naiveSamples.toLocaleString('en')}; baseline)`,
    naivePerSample * samples,
    'ms',
    naive,
  );
  report.ratio(
    'smaa.ratio',
    'SMAA: speed vs the naive loop (naive / ours)',
    (naivePerSample * samples) / ours.median,
    'same draws, same run',
  );

  // CPU time of one more run, of every thread of the process: on the shared machine a
  // second thread often gets no second core, so wall-time speed-ups say little there.
  const cpuOf = async (fn) => {
    const start = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };

  report.section('SMAA-2 on worker threads (packages/cli smaa-pool): 1 vs 2');
  const pooled = async (workers) => {
    const r = await smaaParallel(portfolio, { samples, seed: 1, method: 'weighted-sum', workers });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };
  // 1 and 2 threads in turn within each repetition: the other processes on the shared
  // machine come and go, and should weigh on both alike.
  const [one, two] = await measureInterleaved([() => pooled(1), () => pooled(2)], {
    warmup: 1,
    reps: quick ? 3 : 5,
  });
  report.check(
    'SMAA: two workers give the same acceptabilities and central weights, bit for bit',
    one.value.acceptability.every((x, i) => x === two.value.acceptability[i]) &&
      one.value.central.every((x, i) => Object.is(x, two.value.central[i])),
  );
  report.metric('smaa.pool1', 'SMAA-2 pool, 1 thread', one.median, 'ms', one);
  report.metric(
    'smaa.pool2',
    'SMAA-2 pool, this thread + 1 worker thread claiming blocks',
    two.median,
    'ms',
    two,
  );
  report.metric(
    'smaa.pool1.cpu',
    'SMAA-2 pool, 1 thread: CPU time',
    await cpuOf(() => pooled(1)),
    'ms',
  );
  report.metric(
    'smaa.pool2.cpu',
    'SMAA-2 pool, 2 threads: CPU time of both',
    await cpuOf(() => pooled(2)),
    'ms',
  );
  report.ratio(
    'smaa.speedup',
    'SMAA: speed-up on 2 workers (1 / 2)',
    one.median / two.median,
    'one thread, same run',
  );
  // What the `smaa` command does: its worker boots while the spec is read and checked
  // (startSmaaWorkers before parseSpecText), so both figures include reading the spec.
  const specText = specTextOf(values);
  const command = async (workers) => {
    const booted = workers > 1 ? startSmaaWorkers(workers - 1) : undefined;
    const spec = parseSpecText(specText, { format: 'json' });
    if (!spec.ok) throw new Error('the generated spec is invalid');
    const r = await smaaParallel(spec.value.portfolio, {
      samples,
      seed: 1,
      method: 'weighted-sum',
      workers,
      booted,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };
  const [read1, read2] = await measureInterleaved([() => command(1), () => command(2)], {
    warmup: 1,
    reps: quick ? 3 : 5,
  });
  report.check(
    'SMAA: the spec read and run on 2 threads gives the pool’s acceptabilities, bit for bit',
    read2.value.acceptability.every((x, i) => x === one.value.acceptability[i]),
  );
  report.metric('smaa.read1', 'spec read + SMAA-2, 1 thread', read1.median, 'ms', read1);
  report.metric(
    'smaa.read2',
    'spec read + SMAA-2, the worker booting during the read (the smaa command)',
    read2.median,
    'ms',
    read2,
  );
  report.ratio(
    'smaa.read.speedup',
    'spec read + SMAA: speed-up on 2 workers booted ahead (1 / 2)',
    read1.median / read2.median,
    'one thread, same run, both reading the spec',
  );

  report.section("SMAA on the server's engine threads (smaaSplit, a smaa job): 1 vs 2");
  const lanes = [1, 2].map((workers) => createEnginePool({ ...ENGINE_LIMITS.job, workers }));
  const run = { portfolio, samples, seed: 1, method: 'weighted-sum' };
  const split = async (threads) => {
    const r = await smaaSplit(run, {}, { pool: lanes[threads - 1], threads });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };
  const [server1, server2] = await measureInterleaved([() => split(1), () => split(2)], {
    warmup: 1,
    reps: quick ? 3 : 5,
  });
  report.check(
    'server split: 1 and 2 threads give the same document',
    JSON.stringify(server1.value) === JSON.stringify(server2.value),
  );
  report.metric(
    'smaa.server1',
    'SMAA-2 on the server, 1 engine thread',
    server1.median,
    'ms',
    server1,
  );
  report.metric(
    'smaa.server2',
    'SMAA-2 on the server, 2 engine threads',
    server2.median,
    'ms',
    server2,
  );
  report.metric(
    'smaa.server1.cpu',
    'SMAA-2 on the server, 1 engine thread: CPU time',
    await cpuOf(() => split(1)),
    'ms',
  );
  report.metric(
    'smaa.server2.cpu',
    'the same, CPU time of all threads',
    await cpuOf(() => split(2)),
    'ms',
  );
  report.ratio(
    'smaa.server.speedup',
    'SMAA on the server: speed-up on 2 threads (1 / 2)',
    server1.median / server2.median,
    'same pools, same run',
  );

  const demoText = readFileSync(new URL('../examples/demo.yaml', import.meta.url), 'utf8');
  const demo = parseSpecText(demoText, { format: 'yaml' });
  if (!demo.ok) throw new Error('the demo spec is invalid');
  const membershipRun = {
    portfolio: demo.value.portfolio,
    samples: 1_000,
    seed: 1,
    method: 'weighted-sum',
  };
  // Warm: each thread has loaded HiGHS and solved the demo before the timing.
  await smaaSplit(
    { ...membershipRun, samples: 20 },
    { portfolio: true },
    { pool: lanes[1], threads: 2 },
  );
  let reports = 0;
  const membershipCpuStart = process.cpuUsage();
  const membership = await measureAsync(
    async () => {
      const r = await smaaSplit(
        membershipRun,
        { portfolio: true },
        {
          pool: lanes[1],
          threads: 2,
          onProgress: () => {
            reports++;
          },
        },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.value;
    },
    { warmup: 0, reps: 1 },
  );
  const membershipCpu = process.cpuUsage(membershipCpuStart);
  report.check('membership: progress reported along the run', reports > 10, `${reports} reports`);
  report.metric(
    'membership.ms',
    'portfolio membership, demo, 1,000 samples, 2 engine threads, warm',
    membership.median,
    'ms',
    membership,
  );
  const membershipCpuMs = (membershipCpu.user + membershipCpu.system) / 1000;
  report.metric('membership.cpu', 'the same, CPU time of all threads', membershipCpuMs, 'ms');
  report.metric(
    'membership.cpu.thread',
    'the same, CPU time per engine thread (the wall time of a quiet 2-core machine)',
    membershipCpuMs / 2,
    'ms',
  );
  await Promise.all(lanes.map((pool) => pool.close()));

  report.section('targets');
  report.target(
    'mcdm.promethee',
    `PROMETHEE II, ${M.toLocaleString('en')} partners`,
    fast.median,
    '<',
    100,
    'ms',
  );
  report.target(
    'mcdm.smaa',
    `SMAA-2, ${samples.toLocaleString('en')} × ${M.toLocaleString('en')} × ${N}, one thread`,
    ours.median,
    '<',
    1000,
    'ms',
  );
  report.target(
    'mcdm.smaa.speedup',
    'SMAA-2 on 2 workers (CLI pool): speed-up over 1',
    one.median / two.median,
    '>=',
    1.5,
    '×',
  );
  report.target(
    'mcdm.smaa.server.speedup',
    'SMAA-2 on 2 engine threads (server): speed-up over 1',
    server1.median / server2.median,
    '>=',
    1.5,
    '×',
  );
  report.target(
    'mcdm.membership',
    'portfolio membership, demo, 1,000 samples, warm',
    membership.median,
    '<',
    20_000,
    'ms',
  );
}

if (isMain(import.meta.url)) await runAsScript('mcdm-more', run);
