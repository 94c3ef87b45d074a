/**
 * Attribution benchmark: synthetic DiD with 200 placebo replications on the Proposition 99
 * panel (39 units × 31 periods) and on a simulated 1,000 units × 100 periods, against a
 * straightforward implementation in the same run (dense matrices: every Frank-Wolfe step
 * computes Ax and Aᵀ(Ax − b); every replication solves from uniform weights).
 *
 * On the large panel the dense baseline would take hours for 200 replications, so it runs
 * a few and the ratio is per replication (the note says how many).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '@partnerfolio/core';
import {
  attribute,
  defaultTuning,
  denseEstimate,
  densePlaceboSe,
  fitBlock,
  Prepared,
  parsePanelCsv,
  placeboSe,
} from '@partnerfolio/core/causal';
import { BENCH_DIR, isMain, measure, runAsScript, timeOnce } from './harness.mjs';

const PROP99 = join(BENCH_DIR, '..', 'packages/core/src/causal/fixtures/california_prop99.csv');

function unwrap(result) {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

const rows = (panel) => {
  const t = panel.periods.length;
  return panel.units.map((_, u) => Array.from(panel.y.subarray(u * t, (u + 1) * t)));
};

/** Wall and CPU milliseconds of one call: CPU time shows the work when the machine is shared. */
function timeCpu(fn) {
  const cpu0 = process.cpuUsage();
  const { ms, value } = timeOnce(fn);
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, value };
}

/** Y_it = α_i + β_t + γ_i·f_t + ε_it (+2 for the treated after t0), seeded. */
function simulatedPanel(n0, n1, t0, t1, seed) {
  const rng = createRng(seed);
  const normal = () =>
    Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  const n = n0 + n1;
  const t = t0 + t1;
  const alpha = Array.from({ length: n }, () => 100 + 10 * normal());
  const gamma = Array.from({ length: n }, () => normal());
  const beta = Array.from({ length: t }, (_, s) => 0.5 * s + normal());
  const f = Array.from({ length: t }, () => 2 * normal());
  const y = new Float64Array(n * t);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < t; s++) {
      y[i * t + s] = alpha[i] + beta[s] + gamma[i] * f[s] + normal() + (i >= n0 && s >= t0 ? 2 : 0);
    }
  }
  const units = Array.from({ length: n }, (_, i) => (i < n0 ? `c${i}` : `t${i - n0}`));
  const periods = Array.from({ length: t }, (_, s) => String(s + 1));
  return { units, periods, n0, t0, y };
}

export async function run(report, { quick }) {
  const placebo = 200;

  report.section('Proposition 99, 39 × 31: sdid + 200 placebo replications');
  const prop99 = unwrap(
    parsePanelCsv(readFileSync(PROP99, 'utf8'), {
      unit: 'State',
      time: 'Year',
      outcome: 'PacksPerCapita',
      treated: 'treated',
    }),
  );
  const fast = measure(
    () => unwrap(attribute(prop99, { method: 'sdid', placebo, rng: createRng(1) })),
    { warmup: 1, reps: quick ? 2 : 5 },
  );
  report.check(
    'sdid estimate is the published −15.60',
    Math.abs(fast.value.estimate + 15.6038) < 1e-3,
  );
  report.metric('prop99.ms', 'attribute(sdid, 200 placebo), 39 × 31', fast.median, 'ms', fast);
  const fastCpu = timeCpu(() => attribute(prop99, { method: 'sdid', placebo, rng: createRng(1) }));
  report.metric('prop99.cpu', 'the same, CPU time of one run', fastCpu.cpuMs, 'ms');
  const y = rows(prop99);
  const dense = timeCpu(() => {
    const prep = new Prepared(prop99);
    const tuning = defaultTuning(prep, 'sdid');
    const fit = denseEstimate(y, prop99.n0, prop99.t0, 'sdid', tuning);
    const se = densePlaceboSe(
      y,
      prop99.n0,
      prop99.t0,
      'sdid',
      tuning,
      fit,
      placebo,
      createRng(1),
      false,
    );
    return { estimate: fit.estimate, se: se.se };
  });
  report.check(
    'dense baseline gives the same estimate',
    Math.abs(dense.value.estimate - fast.value.estimate) < 1e-8,
  );
  report.metric('prop99.dense.ms', 'dense, no warm starts (baseline), 39 × 31', dense.ms, 'ms');
  report.note(
    `placebo se: ours ${fast.value.se.toFixed(3)} (warm starts, as the package), dense from uniform weights ${dense.value.se.toFixed(3)}`,
  );
  report.ratio(
    'prop99.ratio',
    'sdid + 200 placebo: dense / ours',
    dense.ms / fast.median,
    'dense, same run',
  );
  report.ratio(
    'prop99.cpu.ratio',
    'the same in CPU time',
    dense.cpuMs / fastCpu.cpuMs,
    'dense, same run',
  );

  const [n0, n1, t0, t1] = quick ? [490, 10, 40, 10] : [990, 10, 80, 20];
  const label = `${n0 + n1} × ${t0 + t1}`;
  report.section(`simulated ${label}: sdid + 200 placebo replications`);
  const big = simulatedPanel(n0, n1, t0, t1, 2026);
  const bigRun = timeCpu(() =>
    unwrap(attribute(big, { method: 'sdid', placebo, rng: createRng(1) })),
  );
  report.metric('large.ms', `attribute(sdid, 200 placebo), ${label}`, bigRun.ms, 'ms');
  report.metric('large.cpu', 'the same, CPU time', bigRun.cpuMs, 'ms');
  report.note(
    `estimate ${bigRun.value.estimate.toFixed(3)} (planted effect 2), se ${bigRun.value.se.toFixed(3)}`,
  );
  report.check(
    'large panel recovers the planted effect',
    Math.abs(bigRun.value.estimate - 2) < 4 * bigRun.value.se,
  );

  // Per replication: ours (fit + placebo), against dense for a few replications.
  const prep = new Prepared(big);
  const tuning = defaultTuning(prep, 'sdid');
  const fit = fitBlock(
    prep,
    'sdid',
    Int32Array.from({ length: n0 }, (_, i) => i),
    Int32Array.from({ length: n1 }, (_, i) => n0 + i),
    tuning,
  );
  const oursPer = timeCpu(() => placeboSe(prep, 'sdid', tuning, fit, 20, createRng(3)));
  const k = quick ? 1 : 2;
  const yBig = rows(big);
  const densePer = timeCpu(() =>
    densePlaceboSe(
      yBig,
      n0,
      t0,
      'sdid',
      tuning,
      { omega: [...fit.omega], lambda: [...fit.lambda] },
      k,
      createRng(3),
      false,
    ),
  );
  report.metric(
    'large.rep.ms',
    'ours, one placebo replication (mean of 20)',
    oursPer.ms / 20,
    'ms',
  );
  report.metric(
    'large.dense.rep.ms',
    `dense, one placebo replication (mean of ${k})`,
    densePer.ms / k,
    'ms',
  );
  report.ratio(
    'large.ratio',
    `placebo replication, ${label}: dense / ours`,
    densePer.ms / k / (oursPer.ms / 20),
    `dense, ${k} replications, same run`,
  );
  report.ratio(
    'large.cpu.ratio',
    'the same in CPU time',
    densePer.cpuMs / k / (oursPer.cpuMs / 20),
    `dense, ${k} replications, same run`,
  );

  report.section('targets');
  report.target('attribute.prop99', 'sdid + 200 placebo on 39 × 31', fast.median, '<', 1000, 'ms');
  if (!quick)
    report.target(
      'attribute.large',
      `sdid + 200 placebo on ${label}`,
      bigRun.ms,
      '<',
      20_000,
      'ms',
    );
}

if (isMain(import.meta.url)) await runAsScript('attribute', run);
