/**
 * How server-load.mjs reports: each run's figures, ratios and CPU shares into the shared
 * `Report` (bench/out/server-load.json), the targets, and the table printed at the end.
 */
import { fmt } from './harness.mjs';

/** One scenario's figures; `hello` (the bare Fastify hello of the same run) gives the ratios. */
export function reportRun(report, { key, name, label, connections }, figures, hello) {
  report.metric(`${key}.${name}.rps`, `${label}: requests/s`, figures.requestsPerSecond, 'req/s');
  report.metric(`${key}.${name}.p50`, `${label}: p50`, figures.latencyMs.p50, 'ms');
  report.metric(`${key}.${name}.p99`, `${label}: p99`, figures.latencyMs.p99, 'ms');
  if (figures.steady) {
    const { latencyMs, requestsPerSecond, connectedAfterSeconds } = figures.steady;
    report.metric(
      `${key}.${name}.steady.rps`,
      `${label}: requests/s, all connections in service`,
      requestsPerSecond,
      'req/s',
    );
    report.metric(
      `${key}.${name}.steady.p50`,
      `${label}: p50, all connections in service`,
      latencyMs.p50,
      'ms',
    );
    report.metric(
      `${key}.${name}.steady.p99`,
      `${label}: p99, all connections in service`,
      latencyMs.p99,
      'ms',
    );
    report.note(
      `${label}: the last of ${connections} connections had its first answer ${connectedAfterSeconds} s into the run`,
    );
  }
  const errors = figures.non2xx + figures.socketErrors + figures.timeouts;
  report.metric(
    `${key}.${name}.errors`,
    `${label}: non-2xx + socket errors + timeouts`,
    errors,
    '',
  );
  if (figures.conflicts409 !== undefined) {
    report.metric(`${key}.${name}.conflicts`, `${label}: of which 409`, figures.conflicts409, '');
  }
  const { serverPercent, postgresPercent, loadGeneratorPercent, otherPercent, cores } = figures.cpu;
  report.note(
    `${label}: CPU server ${serverPercent}%, PostgreSQL ${postgresPercent}%, load generator ${loadGeneratorPercent}%, other programs ${otherPercent}% (% of one core, ${cores} cores; ${figures.requests} requests, status ${JSON.stringify(figures.statusCodes)})`,
  );
  if (otherPercent > 25) {
    report.warn(
      `${label}: other programs took ${otherPercent}% of a core during the run: its figures are lower than this machine can do`,
    );
  }
  if (hello) {
    const rps = figures.requestsPerSecond / hello.requestsPerSecond;
    const p99 = figures.latencyMs.p99 / Math.max(hello.latencyMs.p99, 1);
    report.ratio(
      `${key}.${name}.rpsRatio`,
      `${label}: req/s ÷ bare hello`,
      rps,
      'bare Fastify hello',
    );
    report.ratio(
      `${key}.${name}.p99Ratio`,
      `${label}: p99 ÷ bare hello p99`,
      p99,
      'bare Fastify hello',
    );
    Object.assign(figures, { rpsRatio: rps, p99Ratio: p99 });
  }
  return { ...figures, errors };
}

export function checkTargets(report, key, result, { partners, listP99Ms, importSeconds }) {
  const { runs } = result;
  report.target(
    `${key}.list.p99`,
    `${key}: partner list p99`,
    runs.list.latencyMs.p99,
    '<',
    listP99Ms,
    'ms',
  );
  report.target(
    `${key}.list.errors`,
    `${key}: partner list errors`,
    runs.list.errors,
    '<=',
    0,
    'errors',
  );
  report.target(
    `${key}.patch.errors`,
    `${key}: partner update errors (409s included)`,
    runs.patch.errors,
    '<=',
    0,
    'errors',
  );
  report.target(
    `${key}.import.seconds`,
    `${key}: import of ${partners} partners from CSV (slowest of ${runs.importSeconds.length})`,
    Math.max(...runs.importSeconds),
    '<',
    importSeconds,
    's',
  );
  report.check(
    `${key}: the hello routes answered without errors`,
    runs.hello.errors === 0 && runs.appHello.errors === 0,
  );
}

/** The figures of every database as one table; returned for the JSON too. */
export function printTable(results, connections) {
  const head = [
    'db',
    'scenario',
    'req/s',
    'p50 ms',
    'p99 ms',
    'steady p50/p99',
    'errors',
    '409',
    'req/s÷hello',
    'p99÷hello',
    'CPU srv/pg/gen/other %',
  ];
  const rows = [];
  for (const [db, result] of Object.entries(results)) {
    if (!result) continue;
    for (const name of ['hello', 'appHello', 'list', 'listAnywhere', 'patch']) {
      const r = result.runs[name];
      if (!r) continue;
      rows.push([
        db,
        name,
        fmt(Math.round(r.requestsPerSecond)),
        fmt(r.latencyMs.p50),
        fmt(r.latencyMs.p99),
        r.steady ? `${fmt(r.steady.latencyMs.p50)}/${fmt(r.steady.latencyMs.p99)}` : '-',
        `${r.errors}${r.socketErrors + r.timeouts > 0 ? ` (${r.socketErrors} sock, ${r.timeouts} t/o)` : ''}`,
        r.conflicts409 === undefined ? '' : String(r.conflicts409),
        r.rpsRatio === undefined ? '1' : fmt(r.rpsRatio),
        r.p99Ratio === undefined ? '1' : fmt(r.p99Ratio),
        `${r.cpu.serverPercent}/${r.cpu.postgresPercent}/${r.cpu.loadGeneratorPercent}/${r.cpu.otherPercent}`,
      ]);
    }
    rows.push([db, 'build 10k+100k', `${fmt(result.buildSeconds)} s`, ...Array(8).fill('')]);
    const imports = result.runs.importSeconds.map((s) => `${fmt(s)} s`).join(', ');
    rows.push([db, 'CSV import 10k', imports, ...Array(8).fill('')]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    `  ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`;
  console.log(
    `\n-- figures (${connections} connections; ratios against the bare Fastify hello of the same run)`,
  );
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  return { head, rows };
}
