/**
 * The lifecycle benchmarks (issue 9): a reallocation (100 incumbents among 1,000 partners,
 * exit and onboarding costs) against the plain optimisation of the same instance, solved
 * in the same process on the same HiGHS instance, interleaved; and the CVaR-floored optimum
 * on n = 200 with 2,000 sampled scenarios, with the floor just above the unconstrained
 * optimum's CVaR so that it binds; and the frontier of E[S] against CVaR (n = 50, 2,000
 * scenarios, 8 points) against one floored optimum of the same instance (its baseline:
 * the frontier is 10 solves of that model, 8 points, the optimum and the best CVaR).
 */
import { cvarFrontier, optimize, partnerScores } from '@partnerfolio/core';
import { createHighsSolver } from '@partnerfolio/solver-highs';
import { createGeneratorRng, generatePortfolio } from './generate.mjs';
import { fmt, isMain, median, runAsScript, settle, timeOnce } from './harness.mjs';

function unwrap(result) {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

/** The same portfolio with `incumbents` active partners (every tenth), exit and onboarding costs. */
export function withIncumbents(portfolio, incumbents, seed) {
  const rng = createGeneratorRng(seed + 7919);
  const step = Math.max(1, Math.floor(portfolio.partners.length / incumbents));
  return {
    ...portfolio,
    partners: portfolio.partners.map((p, i) =>
      i % step === 0 && i / step < incumbents
        ? { ...p, status: 'active', exitCost: { kind: 'fixed', value: rng.uniform(2, 30) } }
        : { ...p, onboardingCost: { kind: 'fixed', value: rng.uniform(0, 10) } },
    ),
  };
}

async function run(report, { quick }) {
  const solver = await createHighsSolver();
  // Let V8 tier HiGHS's WebAssembly up before anything is timed.
  const warm = generatePortfolio(200, 99);
  const warmScores = unwrap(partnerScores(warm));
  for (let k = 0; k < 4; k++) optimize(warm, solver, { scores: warmScores });
  const seeds = quick ? [1, 2] : [1, 2, 3];
  const n = 1000;
  report.section(`reallocation: n = ${n}, 100 incumbents, vs plain optimize of the same instance`);
  const ratios = [];
  const rows = [];
  for (const seed of seeds) {
    const plain = generatePortfolio(n, seed);
    const moved = withIncumbents(plain, 100, seed);
    const scores = unwrap(partnerScores(plain));
    const times = { plain: [], moved: [] };
    let answers;
    for (let rep = 0; rep < 2; rep++) {
      settle();
      const a = timeOnce(() => optimize(plain, solver, { scores }));
      settle();
      const b = timeOnce(() => optimize(moved, solver, { scores }));
      times.plain.push(a.ms);
      times.moved.push(b.ms);
      answers = { plain: a.value, moved: b.value };
    }
    const ratio = median(times.moved) / median(times.plain);
    ratios.push(ratio);
    const row = {
      seed,
      plainMs: median(times.plain),
      reallocationMs: median(times.moved),
      ratio,
      plainStatus: answers.plain.status,
      status: answers.moved.status,
      keep: answers.moved.changes?.keep.length ?? null,
      add: answers.moved.changes?.add.length ?? null,
      exit: answers.moved.changes?.exit.length ?? null,
    };
    rows.push(row);
    console.log(
      `  seed ${seed}: plain ${fmt(row.plainMs)} ms, reallocation ${fmt(row.reallocationMs)} ms (×${fmt(ratio)}), keep ${row.keep}, add ${row.add}, exit ${row.exit}`,
    );
    report.check(
      `seed ${seed}: both proven optimal`,
      row.plainStatus === 'optimal' && row.status === 'optimal',
    );
  }
  report.detail('reallocation', rows);

  report.section('CVaR floor: n = 200, 2,000 scenarios, 5% tail');
  const cvarRows = [];
  for (const seed of quick ? [1] : [1, 2]) {
    const base = generatePortfolio(200, seed);
    const scores = unwrap(partnerScores(base));
    const cvar = (floor) => ({ floor, level: 0.05, scenarios: 2000, seed: 1 });
    const loose = { ...base, constraints: { ...base.constraints, cvar: cvar(-1e12) } };
    const free = timeOnce(() => optimize(loose, solver, { scores }));
    const floor = (free.value.cvar?.value ?? 0) + 1;
    const tight = { ...base, constraints: { ...base.constraints, cvar: cvar(floor) } };
    settle();
    const bound = timeOnce(() => optimize(tight, solver, { scores }));
    const row = {
      seed,
      looseMs: free.ms,
      looseObjective: free.value.objective,
      looseCvar: free.value.cvar?.value ?? null,
      floor,
      ms: bound.ms,
      status: bound.value.status,
      objective: bound.value.objective,
      cvar: bound.value.cvar?.value ?? null,
    };
    cvarRows.push(row);
    console.log(
      `  seed ${seed}: without a binding floor ${fmt(row.looseMs)} ms (S ${fmt(row.looseObjective)}, CVaR ${fmt(row.looseCvar)}); floor ${fmt(floor)}: ${row.status} in ${fmt(row.ms)} ms (S ${fmt(row.objective)}, CVaR ${fmt(row.cvar)})`,
    );
    report.check(
      `seed ${seed}: the floored optimum keeps its CVaR`,
      row.status !== 'optimal' || (row.cvar ?? -Infinity) >= floor - 1e-6,
    );
  }
  report.detail('cvar', cvarRows);

  report.section('CVaR frontier: n = 50, 2,000 scenarios, 8 points, vs one floored optimum');
  const frontierRows = [];
  for (const seed of quick ? [1] : [1, 2]) {
    const base = generatePortfolio(50, seed);
    const scores = unwrap(partnerScores(base));
    settle();
    const cpu0 = process.cpuUsage();
    const traced = timeOnce(() =>
      unwrap(cvarFrontier(base, solver, { scores, points: 8, scenarios: 2000, seed: 1 })),
    );
    const cpu = process.cpuUsage(cpu0);
    const points = traced.value.points;
    const floor = points[Math.floor(points.length / 2)]?.floor ?? 0;
    const one = { floor, level: 0.05, scenarios: 2000, seed: 1 };
    settle();
    const single = timeOnce(() =>
      optimize({ ...base, constraints: { ...base.constraints, cvar: one } }, solver, { scores }),
    );
    const monotone = points.every(
      (p, k) =>
        k === 0 || (p.expected ?? -Infinity) <= (points[k - 1]?.expected ?? Infinity) + 1e-9,
    );
    const row = {
      seed,
      frontierMs: traced.ms,
      frontierCpuMs: (cpu.user + cpu.system) / 1000,
      singleMs: single.ms,
      ratio: traced.ms / single.ms,
      optimal: points.filter((p) => p.status === 'optimal').length,
      monotone,
      low: points[0]?.cvar5 ?? null,
      high: points.at(-1)?.cvar5 ?? null,
    };
    frontierRows.push(row);
    console.log(
      `  seed ${seed}: frontier ${fmt(row.frontierMs)} ms (CPU ${fmt(row.frontierCpuMs)} ms), one floored optimum ${fmt(row.singleMs)} ms (×${fmt(row.ratio)}); ${row.optimal}/8 optimal, CVaR ${fmt(row.low)} → ${fmt(row.high)}`,
    );
    report.check(`seed ${seed}: the frontier is monotone`, monotone);
  }
  report.detail('cvarFrontier', frontierRows);

  report.section('targets');
  report.target(
    'lifecycle.reallocation',
    'reallocation / plain optimize, n = 1,000 with 100 incumbents (median of instances)',
    median(ratios),
    '<=',
    1.3,
    '×',
  );
  const slowest = Math.max(...cvarRows.map((r) => (r.status === 'optimal' ? r.ms : Infinity)));
  report.target(
    'lifecycle.cvar',
    'CVaR-floored optimum proven, n = 200 × 2,000 scenarios (slowest instance)',
    Number.isFinite(slowest) ? slowest / 1000 : null,
    '<',
    30,
    's',
  );
  solver.dispose();
}

if (isMain(import.meta.url)) await runAsScript('lifecycle', run);
