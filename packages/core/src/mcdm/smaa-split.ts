/**
 * How an SMAA run is split across workers: the run's units (SMAA-2's blocks of samples,
 * or the portfolio membership's samples) are dealt round-robin, unit u to part u mod
 * parts (the server's engine pool, whose threads are warm), or claimed by threads as they
 * come free (the CLI's, whose worker threads start late and cold). Each unit draws from
 * its own stream of the seed, rank and membership counts are whole numbers (exact in any
 * order), and the weight sums are added in block order, so the answer is the one-thread
 * answer bit for bit, however many parts ran which units.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import {
  combineSmaa,
  runSmaaBlock,
  type SmaaResult,
  type SmaaSetup,
  smaaBlockCount,
  smaaBlockSize,
  smaaTooNarrow,
} from './smaa.js';

/** Units 0 … units−1 dealt round-robin to at most `parts` parts (none left empty). */
export function dealRoundRobin(units: number, parts: number): number[][] {
  const count = Math.max(1, Math.min(Math.floor(parts), units));
  const out: number[][] = Array.from({ length: count }, () => []);
  for (let u = 0; u < units; u++) out[u % count]?.push(u);
  return out;
}

/** The blocks of an SMAA-2 run of `samples` that each of `workers` parts runs. */
export const smaaParts = (samples: number, workers: number): number[][] =>
  dealRoundRobin(smaaBlockCount(samples), workers);

/** What one part of an SMAA-2 run sends back: its rank counts and each block's weight sums. */
export interface SmaaPart {
  readonly counts: Uint32Array;
  readonly blocks: readonly number[];
  /** weights[j]: the first-rank weight sums of block blocks[j]. */
  readonly weights: readonly Float64Array[];
}

/**
 * Runs `blocks` of a run of `samples` (`onBlock` after each, with the samples it held);
 * fails when the weighting's constraints reject too many draws. The blocks may come from
 * an iterator that claims them as it goes (threads sharing a counter): the part records
 * which it ran. The rank counts are added into `counts` (m × m, zero at first) when given:
 * a caller may hand over shared memory that another thread then reads without a copy.
 */
export function runSmaaPart(
  setup: SmaaSetup,
  seed: number,
  samples: number,
  blocks: Iterable<number>,
  onBlock?: (size: number) => void,
  counts: Uint32Array = new Uint32Array(setup.m * setup.m),
): Result<SmaaPart> {
  if (counts.length !== setup.m * setup.m) return fail([smaaPartsMismatch()]);
  const ran: number[] = [];
  const weights: Float64Array[] = [];
  for (const b of blocks) {
    const w = runSmaaBlock(setup, seed, samples, b, counts);
    if (!w) return fail([smaaTooNarrow()]);
    ran.push(b);
    weights.push(w);
    onBlock?.(smaaBlockSize(samples, b));
  }
  return ok({ counts, blocks: ran, weights });
}

/**
 * The blocks of a run as threads claim them from a shared counter (`next[0]`, the next
 * block not yet claimed): each block goes to exactly one claimant, whichever is free first.
 */
export function* claimSmaaBlocks(next: Int32Array, blocks: number): Generator<number> {
  for (;;) {
    const b = Atomics.add(next, 0, 1);
    if (b >= blocks) return;
    yield b;
  }
}

/** The parts' totals as one run's result (counts summed, weight sums in block order). */
export function combineSmaaParts(
  setup: SmaaSetup,
  parts: readonly SmaaPart[],
  samples: number,
  seed: number,
): Result<SmaaResult> {
  const counts = new Uint32Array(setup.m * setup.m);
  const blockWeights: Float64Array[] = new Array(smaaBlockCount(samples));
  for (const part of parts) {
    if (part.counts.length !== counts.length) return fail([smaaPartsMismatch()]);
    for (let i = 0; i < counts.length; i++) {
      counts[i] = (counts[i] as number) + (part.counts[i] as number);
    }
    part.blocks.forEach((b, j) => {
      const w = part.weights[j];
      if (w !== undefined) blockWeights[b] = w;
    });
  }
  for (let b = 0; b < blockWeights.length; b++) {
    if (blockWeights[b] === undefined) return fail([smaaPartsMismatch()]);
  }
  return ok(combineSmaa(setup, counts, blockWeights, samples, seed));
}

/** The parts of a run do not fit together (sizes, or blocks not covered once each). */
export const smaaPartsMismatch = (): Issue => ({
  code: 'smaa_parts_mismatch',
  path: [],
  message: 'the parts of the SMAA run do not cover its blocks once each; run it again',
});
