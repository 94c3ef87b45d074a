/**
 * The server child process and the load sent to it: starting and stopping
 * server-launch.mjs, the autocannon scenarios (hello, partner list, partner updates), and
 * the CPU time each process spent during a run (from /proc), so that a slow figure can be
 * told apart as the server's, the database's or the load generator's.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_DIR, cores } from './harness.mjs';
import { seededRandom } from './server-workspace.mjs';

const READY = 'BENCH-READY ';
/** At most 40 × 250 ms waiting for the last writes of a run to land. */
const SETTLE_ATTEMPTS = 40;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

/**
 * Starts server-launch.mjs (or another launcher printing the same ready line) for
 * `database`; resolves with its URLs once it listens.
 */
export function startServerChild(
  database,
  { nodeFlags = [], script = join(BENCH_DIR, 'server-launch.mjs') } = {},
) {
  const child = spawn(process.execPath, [...nodeFlags, script, ...database.childArgs], {
    env: database.childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.stderr.on('data', (chunk) => process.stderr.write(`  [server] ${chunk}`));
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.startsWith(READY)) {
          clearTimeout(timer);
          const ready = JSON.parse(line.slice(READY.length));
          resolve({ ...ready, child, stop: () => stopChild(child, exited) });
        } else if (line.trim() !== '') {
          // warn-level logs of the server: a warning during a load test matters.
          process.stderr.write(`  [server] ${line}\n`);
        }
        newline = buffered.indexOf('\n');
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited before it was ready (code ${code}, signal ${signal})`));
    });
  });
}

/** SIGTERM (graceful shutdown), then SIGKILL if it takes too long. */
async function stopChild(child, exited) {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  const result = await exited;
  clearTimeout(timer);
  return result;
}

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds (user + system) of a process from /proc; 0 when it is gone. */
function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}

/** CPU seconds of every `postgres` process, by pid (backends come and go). */
function postgresCpu() {
  const out = new Map();
  let entries = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return out;
  }
  for (const pid of entries) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') {
        out.set(pid, cpuOf(pid));
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** CPU seconds the whole machine (all cores) spent busy, from /proc/stat. */
function machineCpu() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    return (user + nice + system + irq + softirq + steal) / TICKS;
  } catch {
    return 0;
  }
}

/**
 * Starts a CPU meter over the server child, this process (the load generator), PostgreSQL
 * and the whole machine, in percent of one core: on a shared machine, `otherPercent` is
 * what other programs took meanwhile (the figures are then lower than the machine can do).
 */
export function cpuMeter(serverPid) {
  const start = {
    at: performance.now(),
    server: cpuOf(serverPid),
    self: process.cpuUsage(),
    postgres: postgresCpu(),
    machine: machineCpu(),
  };
  return () => {
    const seconds = (performance.now() - start.at) / 1000;
    const self = process.cpuUsage(start.self);
    let postgres = 0;
    for (const [pid, cpu] of postgresCpu()) postgres += cpu - (start.postgres.get(pid) ?? 0);
    const share = (cpu) => Math.round((100 * cpu) / seconds);
    const server = share(cpuOf(serverPid) - start.server);
    const loadGenerator = share((self.user + self.system) / 1e6);
    const pgShare = share(postgres);
    const machine = share(machineCpu() - start.machine);
    return {
      serverPercent: server,
      loadGeneratorPercent: loadGenerator,
      postgresPercent: pgShare,
      machinePercent: machine,
      otherPercent: Math.max(0, machine - server - loadGenerator - pgShare),
      cores: cores(),
    };
  };
}

/** The figures of one autocannon result that the benchmark reports. */
function summarise(result, extra = {}) {
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]),
  );
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    seconds: result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.average,
    },
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    resets: result.resets,
    statusCodes,
    bytesPerSecond: result.throughput.average,
    ...extra,
  };
}

function run(options, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    if (onResponse) instance.on('response', onResponse);
  });
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/**
 * Latencies of the run once every connection is in service. autocannon opens its
 * connections as a run starts; a saturated Node server accepts queued connections only
 * slowly (a few per second, watched with `ss -ltn`), so the first request on the last
 * connections waits in the accept queue for seconds. The "steady"
 * figures count only requests sent after every connection had its first answer.
 */
function steadyRecorder(connections) {
  const firstAt = new Map();
  const sent = [];
  const latency = [];
  return {
    onResponse(client, _status, _bytes, ms) {
      const now = performance.now();
      if (!firstAt.has(client)) firstAt.set(client, now);
      sent.push(now - ms);
      latency.push(ms);
    },
    summary() {
      if (firstAt.size < connections) return null;
      const from = Math.max(...firstAt.values());
      const end = performance.now();
      const kept = [];
      for (let i = 0; i < sent.length; i++) if (sent[i] >= from) kept.push(latency[i]);
      if (kept.length === 0) return null;
      kept.sort((a, b) => a - b);
      const round = (x) => Math.round(x * 100) / 100;
      return {
        connectedAfterSeconds: round((from - (sent[0] ?? from)) / 1000),
        requests: kept.length,
        requestsPerSecond: round(kept.length / ((end - from) / 1000)),
        latencyMs: {
          p50: round(percentile(kept, 0.5)),
          p90: round(percentile(kept, 0.9)),
          p99: round(percentile(kept, 0.99)),
          max: round(kept.at(-1)),
        },
      };
    },
  };
}

/**
 * Loads one scenario: an untimed warm-up (JIT, pools, caches), then the measured run.
 * `scenario.requests` is the autocannon `requests` array (made fresh for each run).
 */
export async function load(serverPid, scenario, { connections, seconds, warmupSeconds }) {
  const common = {
    url: scenario.url,
    connections,
    timeout: 10,
    headers: scenario.headers ?? {},
  };
  if (warmupSeconds > 0) {
    await scenario.before?.();
    await run({ ...common, duration: warmupSeconds, requests: scenario.requests() });
  }
  // autocannon stops without waiting for the answers in flight: the server may still apply
  // them, so a scenario that keeps state from the answers reads it afresh here.
  await scenario.before?.();
  scenario.reset?.();
  const meter = cpuMeter(serverPid);
  const steady = steadyRecorder(connections);
  const result = await run(
    { ...common, duration: seconds, requests: scenario.requests() },
    steady.onResponse,
  );
  const cpu = meter();
  return summarise(result, { cpu, steady: steady.summary(), ...(scenario.extra?.() ?? {}) });
}

export const helloScenario = (baseUrl) => ({
  url: `${baseUrl}/bench/hello`,
  requests: () => [{ method: 'GET', path: '/bench/hello' }],
});

const SORTS = [
  'name',
  '-name',
  'id',
  '-id',
  'status',
  '-status',
  'kind',
  '-kind',
  'updatedAt',
  '-updatedAt',
];

/**
 * `GET .../partners?limit=50&offset=<a seeded random page>` with the bearer token. With
 * `anywhere`, the offset is any row (not a page boundary) and the sort any of the ten:
 * about 100,000 different queries, so that few answers come from the list cache.
 */
export function listScenario(baseUrl, { slug, token, partners, seed, anywhere = false }) {
  const pages = Math.max(1, Math.floor(partners / 50));
  let random = seededRandom(seed);
  const path = () => {
    if (!anywhere) {
      return `/api/workspaces/${slug}/partners?limit=50&offset=${50 * Math.floor(random() * pages)}`;
    }
    const offset = Math.floor(random() * Math.max(1, partners - 49));
    const sort = SORTS[Math.floor(random() * SORTS.length)];
    return `/api/workspaces/${slug}/partners?limit=50&offset=${offset}&sort=${sort}`;
  };
  return {
    url: baseUrl,
    headers: { authorization: `Bearer ${token}` },
    reset: () => {
      random = seededRandom(seed);
    },
    requests: () => [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: path() }),
      },
    ],
  };
}

/**
 * `PATCH .../partners/:id` with `If-Match`: each connection owns one partner (so writers
 * never race for a record), and keeps that partner's version from its last answer (the
 * 200's record, or the 409's `current`). 409s are counted on their own. `readVersion(key)`
 * reads a version through the API before each run, until it stops changing: the last
 * writes of the previous run may land after autocannon stopped listening for their answers.
 *
 * autocannon clones the `requests` array deeply for each connection, so the `owner`
 * object below is one per connection; the context passed to `onResponse` is the one the
 * request was set up with, so it carries the partner key across.
 */
export function patchScenario(baseUrl, { slug, token, keys, versions, readVersion }) {
  let next = 0;
  let conflicts = 0;
  /** 200s over warm-up and run: the versions must have moved by at least this much. */
  let acknowledged = 0;
  let counter = 0;
  const owners = new Set();
  return {
    url: baseUrl,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    reset: () => {
      conflicts = 0;
      owners.clear();
    },
    extra: () => ({ conflicts409: conflicts, ownedPartners: owners.size }),
    before: async () => {
      // Writes still in flight land after a first read: read until two reads 250 ms apart agree.
      const readAll = async () => {
        const read = new Map();
        for (const key of keys) read.set(key, await readVersion(key));
        return read;
      };
      let last = await readAll();
      for (let attempt = 0; attempt < SETTLE_ATTEMPTS; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const again = await readAll();
        const same = keys.every((key) => again.get(key) === last.get(key));
        last = again;
        if (same) break;
      }
      for (const [key, version] of last) versions.set(key, version);
    },
    requests: () => {
      next = 0;
      return [
        {
          method: 'PATCH',
          owner: {},
          setupRequest: (request, context) => {
            if (request.owner.key === undefined) {
              request.owner.key = keys[next % keys.length];
              next += 1;
            }
            const key = request.owner.key;
            owners.add(key);
            context.key = key;
            counter += 1;
            return {
              ...request,
              path: `/api/workspaces/${slug}/partners/${encodeURIComponent(key)}`,
              headers: { ...request.headers, 'if-match': `"${versions.get(key)}"` },
              body: JSON.stringify({ notes: `bench update ${counter}` }),
            };
          },
          onResponse: (status, body, context) => {
            if (status === 200) {
              acknowledged += 1;
              versions.set(context.key, JSON.parse(body).version);
            } else if (status === 409) {
              conflicts += 1;
              const current = JSON.parse(body).current;
              if (current?.version !== undefined) versions.set(context.key, current.version);
            }
          },
        },
      ];
    },
    acknowledged: () => acknowledged,
  };
}
