/**
 * The server's Monte Carlo runner: block after block on this thread, giving the event loop
 * a turn between blocks so that the process keeps answering requests (and heartbeats) during
 * a long run, and stopping at a block boundary when cancelled. The blocks are the engine's
 * (`simulateBlock`), so the samples, and the answer, are the CLI's bit for bit.
 */
import {
  blockCount,
  blockSpan,
  type SampleRunner,
  type SimulationPlan,
  simulateBlock,
} from '@partnerfolio/core';

/** Thrown when a run is stopped through its signal. */
export class EngineCancelled extends Error {
  constructor(readonly reason: unknown) {
    super('the analysis was cancelled');
    this.name = 'EngineCancelled';
  }
}

export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => setImmediate(resolve));

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new EngineCancelled(signal.reason);
}

export interface SteppedRunnerOptions {
  readonly signal?: AbortSignal;
  /** Called after each block with the fraction done (0 to 1); awaited before the next block. */
  readonly onProgress?: (fraction: number) => unknown;
}

export function steppedSampleRunner(options: SteppedRunnerOptions = {}): SampleRunner {
  const { signal, onProgress } = options;
  return async (plan: SimulationPlan, { scenarios, seed }) => {
    const out = new Float64Array(scenarios);
    const blocks = blockCount(scenarios);
    for (let b = 0; b < blocks; b++) {
      throwIfCancelled(signal);
      const { start, end } = blockSpan(scenarios, b, 1);
      simulateBlock(plan, seed, b, out.subarray(start, end));
      await onProgress?.(end / scenarios);
      await yieldToEventLoop();
    }
    throwIfCancelled(signal);
    return out;
  };
}
