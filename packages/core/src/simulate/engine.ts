/**
 * The Monte Carlo engine. Scenarios are cut into blocks of BLOCK_SIZE; block b draws
 * from stream b of the seed and processes the plan's terms in order. A block therefore
 * depends only on (plan, seed, b, its length), and the whole vector only on
 * (plan, seed, scenarios): any split of the blocks across workers, in any order, gives
 * the same bits. Only the last block may be short.
 */

import type { SimulationPlan } from './plan.js';
import { createRng } from './prng.js';
import { subtractRiskLosses } from './risk-plan.js';
import { addSamples, multiplyByBeta } from './samplers.js';

/**
 * Scenarios per block: 16384 doubles = 128 KiB per buffer, so the output block and the
 * sampler's scratch stay in L2 while every term is added; also the unit of progress.
 */
export const BLOCK_SIZE = 16384;

/** Called after each block with the scenarios done so far and the total of the call. */
export type ProgressCallback = (completed: number, total: number) => void;

export interface SimulateOptions {
  readonly scenarios: number;
  readonly seed: number;
  readonly onProgress?: ProgressCallback | undefined;
}

/** Number of blocks for `scenarios` scenarios. */
export function blockCount(scenarios: number): number {
  return Math.ceil(scenarios / BLOCK_SIZE);
}

/** Scenario indices [start, end) covered by blocks [firstBlock, firstBlock + count). */
export function blockSpan(
  scenarios: number,
  firstBlock: number,
  count: number,
): { start: number; end: number } {
  const start = Math.min(firstBlock * BLOCK_SIZE, scenarios);
  const end = Math.min((firstBlock + count) * BLOCK_SIZE, scenarios);
  return { start, end };
}

/**
 * Fills `out` with the samples of S for block `blockIndex`; `out.length` is the number
 * of scenarios in that block (BLOCK_SIZE, or fewer for the last block).
 */
export function simulateBlock(
  plan: SimulationPlan,
  seed: number,
  blockIndex: number,
  out: Float64Array,
): void {
  fillBlock(plan, seed, blockIndex, out, new Float64Array(out.length));
}

/**
 * Blocks [firstBlock, firstBlock + blockCount) of a run of `scenarios` scenarios.
 * `out` holds exactly those scenarios: out[0] is scenario firstBlock · BLOCK_SIZE
 * (pass `whole.subarray(start, end)` from `blockSpan` to write into a shared vector).
 */
export function simulateRange(
  plan: SimulationPlan,
  seed: number,
  scenarios: number,
  firstBlock: number,
  blocks: number,
  out: Float64Array,
  onProgress?: ProgressCallback,
): void {
  checkScenarios(scenarios);
  const total = blockCount(scenarios);
  if (!Number.isInteger(firstBlock) || !Number.isInteger(blocks) || firstBlock < 0 || blocks < 0) {
    throw new RangeError(`invalid block range ${firstBlock} + ${blocks}`);
  }
  if (firstBlock + blocks > total) {
    throw new RangeError(
      `blocks ${firstBlock}..${firstBlock + blocks - 1} exceed the ${total} blocks`,
    );
  }
  const { start, end } = blockSpan(scenarios, firstBlock, blocks);
  if (out.length !== end - start) {
    throw new RangeError(`out has length ${out.length}, the blocks hold ${end - start} scenarios`);
  }
  const scratch = new Float64Array(Math.min(BLOCK_SIZE, out.length));
  for (let b = firstBlock; b < firstBlock + blocks; b++) {
    const from = b * BLOCK_SIZE - start;
    const to = Math.min(from + BLOCK_SIZE, out.length);
    fillBlock(plan, seed, b, out.subarray(from, to), scratch);
    onProgress?.(to, out.length);
  }
}

/** All scenarios on this thread. */
export function simulate(plan: SimulationPlan, options: SimulateOptions): Float64Array {
  const { scenarios, seed, onProgress } = options;
  checkScenarios(scenarios);
  const out = new Float64Array(scenarios);
  simulateRange(plan, seed, scenarios, 0, blockCount(scenarios), out, onProgress);
  return out;
}

/**
 * All scenarios on this thread, with the plan's risk register and without it: exactly
 * `simulate(plan)` and `simulate(plan without risks)`, from one pass. A block draws its
 * risks after every term, from the same stream, so the scenarios before the risks are the
 * ones a plan without them gives.
 */
export function simulateWithAndWithoutRisks(
  plan: SimulationPlan,
  options: Omit<SimulateOptions, 'onProgress'>,
): { readonly withRisks: Float64Array; readonly without: Float64Array } {
  const { scenarios, seed } = options;
  checkScenarios(scenarios);
  const withRisks = new Float64Array(scenarios);
  const without = new Float64Array(scenarios);
  const scratch = new Float64Array(Math.min(BLOCK_SIZE, scenarios));
  for (let b = 0; b < blockCount(scenarios); b++) {
    const { start, end } = blockSpan(scenarios, b, 1);
    const before = without.subarray(start, end);
    fillBlock(plan, seed, b, withRisks.subarray(start, end), scratch, before);
  }
  return { withRisks, without };
}

/** Fills one block; `beforeRisks`, when given, receives the scenarios before the risks. */
function fillBlock(
  plan: SimulationPlan,
  seed: number,
  blockIndex: number,
  out: Float64Array,
  scratch: Float64Array,
  beforeRisks?: Float64Array,
): void {
  const n = out.length;
  if (n < 1 || n > BLOCK_SIZE) {
    throw new RangeError(`a block holds 1 to ${BLOCK_SIZE} scenarios, got ${n}`);
  }
  const rng = createRng(seed, blockIndex);
  out.fill(plan.constant);
  let product: Float64Array | null = null;
  for (const term of plan.terms) {
    if (term.delivery === undefined) {
      addSamples(out, n, term.distribution, term.coefficient, rng, scratch);
      continue;
    }
    // The return's draw times its delivery probability's draw, scenario by scenario.
    product ??= new Float64Array(n);
    product.fill(0);
    addSamples(product, n, term.distribution, term.coefficient, rng, scratch);
    multiplyByBeta(product, n, term.delivery.alpha, term.delivery.beta, rng);
    for (let k = 0; k < n; k++) out[k] = (out[k] as number) + (product[k] as number);
  }
  beforeRisks?.set(out);
  if (plan.risks !== undefined) subtractRiskLosses(plan.risks, out, n, rng, scratch);
}

function checkScenarios(scenarios: number): void {
  if (!Number.isSafeInteger(scenarios) || scenarios < 1) {
    throw new RangeError(`scenarios must be a positive integer, got ${scenarios}`);
  }
}
