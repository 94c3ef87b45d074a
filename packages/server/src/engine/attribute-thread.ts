/**
 * Runs core's `attribute` on a worker thread, so that the placebo replications (seconds of
 * CPU on a large panel) never hold the event loop: the process keeps answering requests and
 * job heartbeats meanwhile. The worker loads core's built entries (the same code the CLI
 * runs), so the answer is the CLI's for the same panel, method, replications and seed.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Result } from '@partnerfolio/core';
import type { AttributionReport, BlockPanel, CausalMethod } from '@partnerfolio/core/causal';
import { EngineCancelled } from './sample-runner.js';

export interface AttributionRun {
  readonly panel: BlockPanel;
  readonly method: CausalMethod;
  readonly placebo: number;
  readonly seed: number;
}

const require = createRequire(import.meta.url);
const moduleUrl = (specifier: string): string => pathToFileURL(require.resolve(specifier)).href;

/** The worker's code (CommonJS, evaluated): import core, run, post progress and the result. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const [causal, core] = await Promise.all([import(workerData.causalUrl), import(workerData.coreUrl)]);
  const { panel, method, placebo, seed } = workerData;
  const step = Math.max(1, Math.floor(placebo / 50));
  const result = causal.attribute(panel, {
    method,
    placebo,
    rng: core.createRng(seed),
    onProgress: (done, total) => {
      if (done % step === 0 || done === total) parentPort.postMessage({ progress: done / total });
    },
  });
  parentPort.postMessage({ result });
})().catch((error) => parentPort.postMessage({ crash: String((error && error.stack) || error) }));
`;

export function attributeOnThread(
  run: AttributionRun,
  options: {
    readonly signal?: AbortSignal;
    readonly onProgress?: (fraction: number) => unknown;
  } = {},
): Promise<Result<AttributionReport>> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new EngineCancelled(signal.reason));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        ...run,
        causalUrl: moduleUrl('@partnerfolio/core/causal'),
        coreUrl: moduleUrl('@partnerfolio/core'),
      },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () => settle(() => reject(new EngineCancelled(signal?.reason)));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on(
      'message',
      (message: { progress?: number; result?: Result<AttributionReport>; crash?: string }) => {
        if (message.progress !== undefined) onProgress?.(message.progress);
        else if (message.result !== undefined)
          settle(() => resolve(message.result as Result<AttributionReport>));
        else settle(() => reject(new Error(`attribution worker failed: ${message.crash}`)));
      },
    );
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`attribution worker exited with code ${code}`))),
    );
  });
}

const MANY_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const [causal, core] = await Promise.all([import(workerData.causalUrl), import(workerData.coreUrl)]);
  const { panels, method, seed } = workerData;
  const estimates = panels.map((panel) => {
    const result = causal.attribute(panel, { method, placebo: 2, rng: core.createRng(seed) });
    return result.ok ? result.value.estimate : null;
  });
  parentPort.postMessage({ estimates });
})().catch((error) => parentPort.postMessage({ crash: String((error && error.stack) || error) }));
`;

/**
 * The point estimates of many small panels in one worker (the learned standard's attributed
 * effects): one thread start and one load of core, not one per agreement. Null where the
 * estimator refuses a panel.
 */
export function estimateManyOnThread(
  panels: readonly BlockPanel[],
  method: CausalMethod,
  seed: number,
): Promise<(number | null)[]> {
  if (panels.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(MANY_SOURCE, {
      eval: true,
      workerData: {
        panels,
        method,
        seed,
        causalUrl: moduleUrl('@partnerfolio/core/causal'),
        coreUrl: moduleUrl('@partnerfolio/core'),
      },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: { estimates?: (number | null)[]; crash?: string }) => {
      if (message.estimates !== undefined) settle(() => resolve(message.estimates ?? []));
      else settle(() => reject(new Error(`attribution worker failed: ${message.crash}`)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`attribution worker exited with code ${code}`))),
    );
  });
}
