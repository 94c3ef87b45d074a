/**
 * Runs core's `learnStandard` on a worker thread: its leave-one-out fits take seconds on a
 * long history (docs/attribution.md), which must not hold the event loop. The worker loads
 * core's built entry, as attribute-thread.ts does.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  HistoryCriterion,
  HistoryPartner,
  LearnedStandard,
  Normalization,
  Result,
} from '@partnerfolio/core';

export interface LearnRun {
  readonly criteria: readonly HistoryCriterion[];
  readonly history: readonly HistoryPartner[];
  readonly seed: number;
  readonly bootstrap: number;
  readonly normalization: Normalization;
}

const require = createRequire(import.meta.url);

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.coreUrl)
  .then((core) => {
    const { criteria, history, seed, bootstrap, normalization } = workerData;
    const result = core.learnStandard(criteria, history, {
      rng: core.createRng(seed),
      bootstrap,
      normalization,
    });
    parentPort.postMessage({ result });
  })
  .catch((error) => parentPort.postMessage({ crash: String((error && error.stack) || error) }));
`;

export function learnOnThread(run: LearnRun): Promise<Result<LearnedStandard>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...run, coreUrl: pathToFileURL(require.resolve('@partnerfolio/core')).href },
    });
    let settled = false;
    worker.on('message', (message: { result?: Result<LearnedStandard>; crash?: string }) => {
      settled = true;
      if (message.result !== undefined) resolve(message.result);
      else reject(new Error(`learning worker failed: ${message.crash}`));
      void worker.terminate();
    });
    worker.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`learning worker exited with code ${code}`));
      settled = true;
    });
  });
}
