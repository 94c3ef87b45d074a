/**
 * Runs the benchmarks, each in its own node process (a fresh heap and JIT, so one cannot
 * slow the next), then prints every target with PASS, MISS or SKIP and writes
 * bench/out/summary.json.
 *
 *   node bench/run.mjs [--quick] [optimize] [simulate] [shapley] [rank] [operations] [attribute] [mcdm-more] [lifecycle] [graph] [ledger-proof] [dashboard-move] [cli-startup] [optimize-plain] [risks] [jobs]
 *
 * Needs the built packages (`npm run bench` builds them first). Exit code 1 when a
 * benchmark crashed or one of its correctness checks failed; a missed target is not a
 * failure (benchmarks are not tests).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR, fmt, OUT_DIR, parseArgs, verdictOf } from './harness.mjs';

const ALL = [
  'optimize',
  'simulate',
  'shapley',
  'rank',
  'operations',
  'attribute',
  'mcdm-more',
  'lifecycle',
  'graph',
  'ledger-proof',
  'dashboard-move',
  'cli-startup',
  'optimize-plain',
  'risks',
  'jobs',
];

function runChild(name, quick) {
  const args = ['--expose-gc', join(BENCH_DIR, `${name}.mjs`), ...(quick ? ['--quick'] : [])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function main() {
  const { quick, names, unknown } = parseArgs();
  const wrong = names.filter((n) => !ALL.includes(n));
  if (unknown.length > 0 || wrong.length > 0) {
    console.error(`usage: node bench/run.mjs [--quick] [${ALL.join('] [')}]`);
    console.error(`unknown: ${[...unknown, ...wrong].join(' ')}`);
    return 2;
  }
  const built = ['packages/core/dist/index.js', 'packages/cli/dist/simulate-pool.js'];
  const missing = built.filter((f) => !existsSync(join(BENCH_DIR, '..', f)));
  if (missing.length > 0) {
    console.error(`not built: ${missing.join(', ')}; run \`npm run bench\` (it builds first)`);
    return 1;
  }
  const selected = names.length > 0 ? ALL.filter((n) => names.includes(n)) : ALL;
  mkdirSync(OUT_DIR, { recursive: true });
  const started = Date.now();
  const exits = {};
  for (const name of selected) {
    rmSync(join(OUT_DIR, `${name}.json`), { force: true });
    exits[name] = await runChild(name, quick);
  }
  const seconds = (Date.now() - started) / 1000;

  console.log(`\n==== summary (${quick ? 'quick' : 'full'}, ${seconds.toFixed(0)} s)`);
  const rows = [];
  for (const name of selected) {
    const file = join(OUT_DIR, `${name}.json`);
    if (!existsSync(file)) {
      console.log(`  ${name}: no results (exit code ${exits[name]})`);
      continue;
    }
    const result = JSON.parse(readFileSync(file, 'utf8'));
    for (const t of result.targets) {
      const target = t.pass === null ? '' : `${t.op} ${fmt(t.threshold)} ${t.unit}`;
      const measured = t.pass === null ? t.skipped : `${fmt(t.value)} ${t.unit}`;
      rows.push({ bench: name, verdict: verdictOf(t), label: t.label, measured, target });
      console.log(`  ${verdictOf(t)}  ${t.label.padEnd(72)} ${measured.padStart(14)}   ${target}`);
    }
    for (const warning of result.notes.filter((n) => n.startsWith('WARNING'))) {
      console.log(`  ${name}: ${warning}`);
    }
    for (const c of result.checks.filter((check) => !check.ok)) {
      console.log(`  CHECK FAILED in ${name}: ${c.label} ${c.detail}`);
    }
  }
  const failed = selected.filter((n) => exits[n] !== 0);
  const counts = ['PASS', 'MISS', 'SKIP'].map(
    (v) => `${rows.filter((r) => r.verdict === v).length} ${v}`,
  );
  console.log(`  ${counts.join(', ')}${failed.length > 0 ? `; FAILED: ${failed.join(', ')}` : ''}`);
  writeFileSync(
    join(OUT_DIR, 'summary.json'),
    `${JSON.stringify(
      {
        mode: quick ? 'quick' : 'full',
        date: new Date(started).toISOString(),
        seconds,
        loadAverageEnd: os.loadavg(),
        exits,
        targets: rows,
      },
      null,
      2,
    )}\n`,
  );
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
