/**
 * What every benchmark shares: arguments, timing (warm-up, repetitions, medians), and a
 * report that prints figures, ratios and targets as it goes and ends in bench/out/<name>.json.
 * A benchmark is not a test: a missed target is printed as MISS and the script still exits 0;
 * only a crash or a wrong answer (a check) makes it fail.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = join(BENCH_DIR, 'out');

/** `--quick` for smaller sizes; other words are benchmark names (for run.mjs). */
export function parseArgs(argv = process.argv.slice(2)) {
  const quick = argv.includes('--quick');
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--quick');
  return { quick, names, unknown };
}

/** Whether the module at `url` is the script node was started with. */
export function isMain(url) {
  return process.argv[1] !== undefined && fileURLToPath(url) === process.argv[1];
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Collects garbage between timed runs when node runs with --expose-gc (run.mjs does). */
export function settle() {
  globalThis.gc?.();
}

/** Milliseconds of one call, and what it returned. */
export function timeOnce(fn) {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/**
 * Times `fn` after `warmup` untimed calls: `reps` samples, each the mean of `inner` calls
 * (raise `inner` for calls far below a millisecond, where the timer's resolution and
 * one-off pauses would dominate a single call). Returns milliseconds per call.
 */
export function measure(fn, { warmup = 1, reps = 5, inner = 1 } = {}) {
  let value;
  for (let i = 0; i < warmup; i++) value = fn();
  const samples = [];
  for (let r = 0; r < reps; r++) {
    settle();
    const start = performance.now();
    for (let i = 0; i < inner; i++) value = fn();
    samples.push((performance.now() - start) / inner);
  }
  return summary(samples, value);
}

/** The same for an async function (worker pools). */
export async function measureAsync(fn, { warmup = 1, reps = 5 } = {}) {
  let value;
  for (let i = 0; i < warmup; i++) value = await fn();
  const samples = [];
  for (let r = 0; r < reps; r++) {
    settle();
    const start = performance.now();
    value = await fn();
    samples.push(performance.now() - start);
  }
  return summary(samples, value);
}

/**
 * Several async functions timed in turn within each repetition, so that they share the
 * machine's conditions (other processes come and go during a run); one summary each.
 */
export async function measureInterleaved(fns, { warmup = 1, reps = 5 } = {}) {
  const values = [];
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const samples = fns.map(() => []);
  for (let r = 0; r < reps; r++) {
    for (const [k, fn] of fns.entries()) {
      settle();
      const start = performance.now();
      values[k] = await fn();
      samples[k].push(performance.now() - start);
    }
  }
  return fns.map((_, k) => summary(samples[k], values[k]));
}

function summary(samples, value) {
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    reps: samples.length,
    samples,
    value,
  };
}

/** Slope of log(y) against log(x) by least squares: y grows like x^slope. */
export function logLogSlope(xs, ys) {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < lx.length; i++) {
    sxy += (lx[i] - mx) * (ly[i] - my);
    sxx += (lx[i] - mx) ** 2;
    syy += (ly[i] - my) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

/** A number for people: 3 significant digits, exponent form for very large or small ones. */
export function fmt(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return String(x);
  if (typeof x !== 'number') return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return x.toExponential(2);
  if (Number.isInteger(x)) return String(x);
  return a >= 100 ? x.toFixed(1) : x.toPrecision(3);
}

const OPS = {
  '<': (v, t) => v < t,
  '<=': (v, t) => v <= t,
  '>': (v, t) => v > t,
  '>=': (v, t) => v >= t,
};

/**
 * Collects one benchmark's figures. `metric` is a measured figure, `ratio` a comparison
 * with a baseline measured in the same run, `target` a goal checked as PASS or MISS,
 * `check` a correctness condition (a failed check makes the benchmark exit 1).
 */
export class Report {
  constructor(name, { quick }) {
    this.name = name;
    this.mode = quick ? 'quick' : 'full';
    this.started = Date.now();
    this.loadStart = os.loadavg();
    this.metrics = [];
    this.ratios = [];
    this.targets = [];
    this.checks = [];
    this.notes = [];
    /** Raw figures (per instance, per repetition) kept in the JSON only. */
    this.details = {};
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`\n== ${name} (${this.mode}) — node ${process.version}, ${cpu}, ${cores()} cores`);
    // The benchmark itself (and the one run before it) accounts for about one core.
    if (this.loadStart[0] > 0.75 * cores()) {
      this.warn(
        `the machine is busy (load average ${this.loadStart[0].toFixed(2)} on ${cores()} cores): figures may be slower than usual`,
      );
    }
  }

  section(title) {
    console.log(`\n-- ${title}`);
  }

  /** `timing` may be a `measure` result (median/min/max/reps are kept). */
  metric(key, label, value, unit, timing) {
    const entry = { key, label, value, unit };
    if (timing !== undefined) {
      Object.assign(entry, { min: timing.min, max: timing.max, reps: timing.reps });
    }
    this.metrics.push(entry);
    const spread =
      timing === undefined || timing.reps < 2
        ? ''
        : `  (min ${fmt(timing.min)}, max ${fmt(timing.max)}, ${timing.reps} reps)`;
    console.log(`  ${label.padEnd(58)} ${fmt(value).padStart(10)} ${unit}${spread}`);
    return value;
  }

  /** value = this / baseline, as measured (> 1 means slower for times). */
  ratio(key, label, value, baseline) {
    this.ratios.push({ key, label, value, baseline });
    console.log(`  ${label.padEnd(58)} ${fmt(value).padStart(10)} ×  (baseline: ${baseline})`);
    return value;
  }

  target(key, label, value, op, threshold, unit) {
    const pass = value !== null && Number.isFinite(value) && OPS[op](value, threshold);
    this.targets.push({ key, label, value, op, threshold, unit, pass });
    const verdict = pass ? 'PASS' : 'MISS';
    console.log(
      `  [${verdict}] ${label}: ${fmt(value)} ${unit} (target ${op} ${fmt(threshold)} ${unit})`,
    );
    return pass;
  }

  /** A target that could not be measured in this run (says why; neither PASS nor MISS). */
  skip(key, label, reason) {
    this.targets.push({ key, label, value: null, pass: null, skipped: reason });
    console.log(`  [SKIP] ${label}: ${reason}`);
  }

  check(label, ok, detail = '') {
    this.checks.push({ label, ok, detail });
    if (!ok) console.log(`  CHECK FAILED: ${label}${detail ? ` — ${detail}` : ''}`);
    return ok;
  }

  /** Keeps raw figures in the JSON without printing them. */
  detail(key, value) {
    this.details[key] = value;
  }

  note(text) {
    this.notes.push(text);
    console.log(`  note: ${text}`);
  }

  warn(text) {
    this.notes.push(`WARNING: ${text}`);
    console.log(`\n  !!! WARNING: ${text}\n`);
  }

  /** Prints the targets, writes bench/out/<name>.json, and returns the process exit code. */
  finish() {
    const seconds = (Date.now() - this.started) / 1000;
    const result = {
      name: this.name,
      mode: this.mode,
      date: new Date(this.started).toISOString(),
      seconds,
      machine: {
        node: process.version,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: cores(),
        loadAverageStart: this.loadStart,
        loadAverageEnd: os.loadavg(),
      },
      targets: this.targets,
      ratios: this.ratios,
      metrics: this.metrics,
      checks: this.checks,
      notes: this.notes,
      details: this.details,
    };
    mkdirSync(OUT_DIR, { recursive: true });
    const file = join(OUT_DIR, `${this.name}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    const failed = this.checks.filter((c) => !c.ok);
    console.log(`\n  targets of ${this.name}:`);
    for (const t of this.targets) console.log(`    ${verdictOf(t)}  ${t.label}`);
    if (failed.length > 0) console.log(`  ${failed.length} check(s) FAILED`);
    console.log(`  ${this.name} took ${seconds.toFixed(1)} s; figures in ${file}`);
    return failed.length > 0 ? 1 : 0;
  }
}

export function verdictOf(target) {
  if (target.pass === null) return 'SKIP';
  return target.pass ? 'PASS' : 'MISS';
}

export function cores() {
  return typeof os.availableParallelism === 'function'
    ? os.availableParallelism()
    : os.cpus().length;
}

/** Runs a benchmark's `run(report, options)` as a script: report, exit code. */
export async function runAsScript(name, run) {
  const args = parseArgs();
  if (args.unknown.length > 0) {
    console.error(`unknown option(s): ${args.unknown.join(' ')} (only --quick)`);
    process.exit(2);
  }
  const report = new Report(name, { quick: args.quick });
  await run(report, { quick: args.quick });
  process.exitCode = report.finish();
}
