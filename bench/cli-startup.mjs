/**
 * CLI start-up: `partnerfolio --version` (and `validate`, `rank`, `evaluate` on the demo
 * file) in fresh processes against `node -e 0`, Node's own start, spawned alternately in
 * the same run; and, for comparison, `validate` on the demo file as the YAML library reads
 * it (the file core's fast reader takes is the one people write). Each figure is the median over the runs; the target is the time over
 * Node's (≤ 0.25 s), and the ratio to Node's start is printed beside it.
 *
 * Wall time is what a person waits for; CPU time (user + system, read at exit by a
 * preloaded module, cpu-at-exit.mjs, in every child alike) says the same with less noise
 * when other processes share the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR, fmt, isMain, median, runAsScript } from './harness.mjs';

const ROOT = join(BENCH_DIR, '..');
const BIN = join(ROOT, 'packages/cli/bin/partnerfolio.js');
const PRELOAD = join(BENCH_DIR, 'cpu-at-exit.mjs');
const DEMO = 'examples/demo.yaml';

// The demo file behind a `%YAML 1.2` directive: the same document, which core's fast reader
// (spec/yaml-fast.ts) leaves to the YAML library. Not a target: what the fast path saves.
const FULL_READER = join(mkdtempSync(join(tmpdir(), 'cli-startup-')), 'demo-directive.yaml');
writeFileSync(FULL_READER, `%YAML 1.2\n---\n${readFileSync(join(ROOT, DEMO), 'utf8')}`);

const RUNS = {
  node: ['-e', '0'],
  version: [BIN, '--version'],
  validate: [BIN, 'validate', DEMO, '--json'],
  rank: [BIN, 'rank', DEMO, '--json'],
  evaluate: [BIN, 'evaluate', DEMO, '--json'],
  // The same command with one scenario: all of its loading and checking, almost none of
  // the sampling, so the report can say how much of `evaluate` is its 10,000 scenarios.
  evaluateOneScenario: [BIN, 'evaluate', DEMO, '--scenarios', '1', '--json'],
  validateFullReader: [BIN, 'validate', FULL_READER, '--json'],
};

function spawnOnce(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wallMs = performance.now() - started;
  const cpuMs = Number(run.output[3]);
  return { wallMs, cpuMs, status: run.status, stdout: run.stdout };
}

export async function run(report, { quick }) {
  const reps = quick ? 7 : 21;
  const samples = Object.fromEntries(Object.keys(RUNS).map((k) => [k, []]));
  for (const name of Object.keys(RUNS)) spawnOnce(RUNS[name]); // warm the file cache
  for (let r = 0; r < reps; r++) {
    const names = Object.keys(RUNS);
    if (r % 2 === 1) names.reverse();
    for (const name of names) {
      const s = spawnOnce(RUNS[name]);
      report.check(`${name} exits 0`, s.status === 0, `exit ${s.status}`);
      if (name === 'version') {
        report.check('--version prints the version', /^\d+\.\d+\.\d+\n$/.test(s.stdout));
      }
      samples[name].push(s);
    }
  }
  const wall = (name) => median(samples[name].map((s) => s.wallMs));
  const cpu = (name) => median(samples[name].map((s) => s.cpuMs));
  report.note(`${reps} runs of each, alternating; medians`);

  report.section('start-up, fresh processes (median)');
  for (const name of Object.keys(RUNS)) {
    const label =
      name === 'node'
        ? 'node -e 0'
        : name === 'validateFullReader'
          ? 'partnerfolio validate (the demo through the YAML library) --json'
          : `partnerfolio ${RUNS[name].slice(1).join(' ')}`;
    report.metric(`wall.${name}`, `${label}: wall`, wall(name), 'ms');
    report.metric(`cpu.${name}`, `${label}: CPU (user + system)`, cpu(name), 'ms');
  }
  report.detail(
    'samples',
    Object.fromEntries(
      Object.entries(samples).map(([k, v]) => [
        k,
        v.map(({ wallMs, cpuMs }) => ({ wallMs, cpuMs })),
      ]),
    ),
  );

  report.section('over Node’s own start');
  for (const name of [
    'version',
    'validate',
    'rank',
    'evaluate',
    'evaluateOneScenario',
    'validateFullReader',
  ]) {
    report.ratio(
      `${name}.ratio`,
      `partnerfolio ${name} ÷ node -e 0 (wall)`,
      wall(name) / wall('node'),
      'node -e 0',
    );
    console.log(
      `  ${name}: ${fmt((wall(name) - wall('node')) / 1000)} s over node (wall), ${fmt((cpu(name) - cpu('node')) / 1000)} s (CPU)`,
    );
  }

  console.log(
    `  of evaluate's time over node, its 10,000 scenarios take ${fmt((wall('evaluate') - wall('evaluateOneScenario')) / 1000)} s (wall; evaluate with one scenario: ${fmt((wall('evaluateOneScenario') - wall('node')) / 1000)} s over node)`,
  );

  report.section('targets');
  report.target(
    'cli.version',
    '`partnerfolio --version` over `node -e 0` (wall, median)',
    (wall('version') - wall('node')) / 1000,
    '<=',
    0.25,
    's',
  );
  for (const name of ['validate', 'rank', 'evaluate']) {
    report.target(
      `cli.${name}`,
      `\`partnerfolio ${name}\` on the demo file over \`node -e 0\` (wall, median)`,
      (wall(name) - wall('node')) / 1000,
      '<=',
      0.25,
      's',
    );
  }
}

if (isMain(import.meta.url)) await runAsScript('cli-startup', run);
