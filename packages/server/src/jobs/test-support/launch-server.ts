/**
 * A real server process for the multi-process tests: the server (`startServer`) with the
 * engine and job routes, and a job worker unless `PARTNERFOLIO_JOB_WORKER=off`. The
 * database comes from the environment as for `partnerfolio serve` (`DATABASE_URL` and
 * `PARTNERFOLIO_DATABASE_SCHEMA`, or `PARTNERFOLIO_DATA`); it listens on a free port and
 * prints one JSON line, `{ "url", "worker" }`, when ready. SIGTERM stops the worker (its
 * job goes back to the queue) and then the server.
 */
import { loadConfig } from '../../config.js';
import { startJobRuntime } from '../../engine/job-runtime.js';
import { startServer } from '../../server.js';

const config = loadConfig({ port: 0, logLevel: 'warn' }, process.env);
const server = await startServer(config, { handleSignals: false, print: () => {}, jobs: false });
// The worker is started here rather than by startServer, for its short stop timeout.
const jobs = startJobRuntime(server.db, config.jobs, {
  log: server.app.log,
  stopTimeoutMs: 2000,
  databaseUrl: config.databaseUrl,
});
process.stdout.write(`${JSON.stringify({ url: server.url, worker: jobs.workerId })}\n`);

let stopping = false;
const stop = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await jobs.stop();
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
