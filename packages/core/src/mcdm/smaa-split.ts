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

/**
 * The parts' totals as one run's result (counts summed, weight sums in block order). The
 * parts are spent: the other parts' counts are added into the first part's, which become
 * the run's (a run on 1,000 partners counts into 4 MB per part; a fresh total and a pass
 * over every part was most of the time between the last block and the answer).
 */
export function combineSmaaParts(
  setup: SmaaSetup,
  parts: readonly SmaaPart[],
  samples: number,
  seed: number,
): Result<SmaaResult> {
  const cells = setup.m * setup.m;
  const blockWeights: Float64Array[] = new Array(smaaBlockCount(samples));
  for (const part of parts) {
    if (part.counts.length !== cells || part.weights.length !== part.blocks.length) {
      return fail([smaaPartsMismatch()]);
    }
    for (let j = 0; j < part.blocks.length; j++) {
      const b = part.blocks[j] as number;
      // A block outside the run, or run by two parts, would be counted wrong.
      if (!(b >= 0 && b < blockWeights.length) || blockWeights[b] !== undefined) {
        return fail([smaaPartsMismatch()]);
      }
      blockWeights[b] = part.weights[j] as Float64Array;
    }
  }
  for (let b = 0; b < blockWeights.length; b++) {
    if (blockWeights[b] === undefined) return fail([smaaPartsMismatch()]);
  }
  const [first, ...rest] = parts;
  const counts = first?.counts ?? new Uint32Array(cells);
  for (const part of rest) addCounts(counts, part.counts);
  return ok(combineSmaa(setup, counts, blockWeights, samples, seed));
}

function addCounts(into: Uint32Array, from: Uint32Array): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) + (from[i] as number);
}

/** The parts of a run do not fit together (sizes, or blocks not covered once each). */
export const smaaPartsMismatch = (): Issue => ({
  code: 'smaa_parts_mismatch',
  path: [],
  message: 'the parts of the SMAA run do not cover its blocks once each; run it again',
});
