/**
 * `partnerfolio optimize` end to end against a bare HiGHS solve of the same instance, each
 * in a fresh process, as a user meets them: the CLI reads and checks the spec, loads
 * HiGHS, builds and solves the model, and prints the answer; the baselines load `highs` and
 * solve LP text under the adapter's options (optimize-plain-child.mjs). Two baselines:
 *
 * - ours: the model `optimize` builds (`buildPortfolioModel`), printed as LP text;
 * - plain: the textbook formulation written here from the portfolio alone: one binary per
 *   partner with E[R] − E[C] − coordination cost, one y ∈ [0, 1] per synergy pair with
 *   y ≤ x_i, y ≤ x_j, y ≥ x_i + x_j − 1 whatever its sign, resources, floors per kind and
 *   the cap on partners.
 *
 * Comparing the two baselines checks the formulation and the solver options; the target is
 * the CLI within 1.3× of the faster of the two (the median instance). The three answers
 * must agree.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPortfolioModel, partnerScores, toLpText } from '@partnerfolio/core';
import { generatePortfolio } from './generate.mjs';
import { BENCH_DIR, fmt, isMain, median, OUT_DIR, runAsScript } from './harness.mjs';

const BIN = join(BENCH_DIR, '..', 'packages/cli/bin/partnerfolio.js');
const CHILD = join(BENCH_DIR, 'optimize-plain-child.mjs');
const PRELOAD = join(BENCH_DIR, 'cpu-at-exit.mjs');

const mean = (d) => (d.kind === 'triangular' ? (d.min + d.mode + d.max) / 3 : d.value);
const triangular = (d) => ({ triangular: [d.min, d.mode, d.max] });

/** The generated portfolio as a spec file, the form the CLI reads. */
function specOf(p) {
  return {
    version: 1,
    organization: p.organization,
    unit: p.unit,
    netModel: p.netModel,
    criteria: p.criteria,
    normalization: p.normalization,
    resources: p.resources,
    partners: p.partners.map((q) => ({
      id: q.id,
      name: q.name,
      kind: q.kind,
      scores: q.scores,
      cost: triangular(q.cost),
      return: triangular(q.return),
      uses: q.uses,
    })),
    synergies: p.synergies.map((s) => ({ between: s.between, value: s.value.value })),
    constraints: { minPerKind: p.constraints.minPerKind, maxPartners: p.constraints.maxPartners },
    objective: p.objective,
    coordinationCost: p.coordinationCost,
  };
}

/** The textbook MILP of the same instance, as CPLEX LP text. */
function plainLpText(p) {
  const index = new Map(p.partners.map((q, i) => [q.id, i]));
  const term = (c, name) => ` ${c < 0 ? '-' : '+'} ${Math.abs(c)} ${name}`;
  const objective = p.partners.map((q, i) =>
    term(mean(q.return) - mean(q.cost) - p.coordinationCost, `x${i}`),
  );
  const rows = [];
  p.synergies.forEach((s, k) => {
    objective.push(term(s.value.value, `y${k}`));
    const i = index.get(s.between[0]);
    const j = index.get(s.between[1]);
    rows.push(`s${k}a: y${k} - x${i} <= 0`, `s${k}b: y${k} - x${j} <= 0`);
    rows.push(`s${k}c: x${i} + x${j} - y${k} <= 1`);
  });
  const sum = (pick) =>
    p.partners
      .map((q, i) => [pick(q), i])
      .filter(([a]) => a !== 0)
      .map(([a, i]) => term(a, `x${i}`))
      .join('');
  for (const [r, capacity] of Object.entries(p.resources)) {
    rows.push(`res_${r}:${sum((q) => q.uses[r] ?? 0)} <= ${capacity}`);
  }
  for (const [kind, floor] of Object.entries(p.constraints.minPerKind)) {
    rows.push(`kind_${kind}:${sum((q) => (q.kind === kind ? 1 : 0))} >= ${floor}`);
  }
  rows.push(`max_partners:${sum(() => 1)} <= ${p.constraints.maxPartners}`);
  return [
    'Maximize',
    ` obj:${objective.join('')}`,
    'Subject To',
    ...rows.map((r) => ` ${r}`),
    'Bounds',
    ...p.synergies.map((_, k) => ` 0 <= y${k} <= 1`),
    'Binary',
    ...p.partners.map((_, i) => ` x${i}`),
    'End',
    '',
  ].join('\n');
}

/** One fresh process: wall time, CPU time (cpu-at-exit.mjs, preloaded) and its JSON answer. */
function timed(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', PRELOAD, ...args], {
      stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
    });
    let out = '';
    let cpu = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stdio[3].on('data', (d) => {
      cpu += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}`));
      else resolve({ ms: performance.now() - started, cpuMs: Number(cpu), out: JSON.parse(out) });
    });
  });
}

const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export async function run(report, { quick }) {
  const sizes = quick ? [300, 600] : [300, 600, 900];
  const seeds = quick ? [1, 2] : [1, 2, 3];
  const spawns = quick ? 1 : 3;
  const dir = join(OUT_DIR, 'optimize-plain');
  mkdirSync(dir, { recursive: true });
  report.note(`sizes ${sizes.join(', ')}; seeds ${seeds.join(', ')}; ${spawns} process(es) each`);
  const rows = [];
  for (const n of sizes) {
    report.section(`n = ${n}`);
    for (const seed of seeds) {
      const portfolio = generatePortfolio(n, seed);
      const scores = partnerScores(portfolio);
      const model = scores.ok ? buildPortfolioModel(portfolio, scores.value) : scores;
      if (!model.ok) throw new Error(JSON.stringify(model.issues));
      const files = {
        spec: join(dir, `n${n}-s${seed}.json`),
        ours: join(dir, `n${n}-s${seed}-ours.lp`),
        plain: join(dir, `n${n}-s${seed}-plain.lp`),
      };
      writeFileSync(files.spec, JSON.stringify(specOf(portfolio)));
      writeFileSync(files.ours, toLpText(model.value));
      writeFileSync(files.plain, plainLpText(portfolio));
      const runs = {
        cli: [BIN, 'optimize', files.spec, '--json'],
        ours: [CHILD, files.ours],
        plain: [CHILD, files.plain],
      };
      const ms = { cli: [], ours: [], plain: [] };
      const cpu = { cli: [], ours: [], plain: [] };
      const answers = {};
      for (let k = 0; k < spawns; k++) {
        const order = Object.keys(runs);
        if (k % 2 === 1) order.reverse();
        for (const name of order) {
          const t = await timed(runs[name]);
          ms[name].push(t.ms);
          cpu[name].push(t.cpuMs);
          answers[name] = t.out;
        }
      }
      const row = {
        n,
        seed,
        cliMs: median(ms.cli),
        oursMs: median(ms.ours),
        plainMs: median(ms.plain),
        cliCpuMs: median(cpu.cli),
        oursCpuMs: median(cpu.ours),
        plainCpuMs: median(cpu.plain),
        status: answers.cli.status,
        objective: answers.cli.objective,
      };
      row.ratio = row.cliMs / Math.min(row.oursMs, row.plainMs);
      row.cpuRatio = row.cliCpuMs / Math.min(row.oursCpuMs, row.plainCpuMs);
      rows.push(row);
      report.check(
        `n=${n} seed=${seed}: the CLI and both bare solves agree`,
        answers.cli.status === 'optimal' &&
          answers.ours.status === 'Optimal' &&
          answers.plain.status === 'Optimal' &&
          close(answers.cli.objective, answers.ours.objective) &&
          close(answers.cli.objective, answers.plain.objective),
        `${answers.cli.status} ${answers.cli.objective}; ours ${answers.ours.status} ${answers.ours.objective}; plain ${answers.plain.status} ${answers.plain.objective}`,
      );
      console.log(
        `  seed ${seed}: partnerfolio optimize ${fmt(row.cliMs)} ms; bare ours ${fmt(row.oursMs)} ms, bare plain ${fmt(row.plainMs)} ms; ×${fmt(row.ratio)} the faster (CPU: ${fmt(row.cliCpuMs)} / ${fmt(row.oursCpuMs)} / ${fmt(row.plainCpuMs)} ms, ×${fmt(row.cpuRatio)})`,
      );
    }
  }
  report.detail('instances', rows);

  report.section('ratios (median instance)');
  report.ratio(
    'formulation',
    'bare solve: our formulation ÷ the plain one',
    median(rows.map((r) => r.oursMs / r.plainMs)),
    'plain formulation',
  );
  const ratio = median(rows.map((r) => r.ratio));
  report.ratio('cli', 'partnerfolio optimize ÷ the faster bare solve', ratio, 'faster bare solve');
  report.ratio(
    'cli.cpu',
    'the same in CPU time (less disturbed by a busy machine)',
    median(rows.map((r) => r.cpuRatio)),
    'faster bare solve',
  );

  report.section('targets');
  report.target(
    'optimize.plain',
    '`partnerfolio optimize` ÷ the faster bare HiGHS solve, fresh processes (median instance)',
    ratio,
    '<=',
    1.3,
    '×',
  );
}

if (isMain(import.meta.url)) await runAsScript('optimize-plain', run);
