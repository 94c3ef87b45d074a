/**
 * SMAA-2 (Lahdelma & Salminen 2001) over uncertain weights and, where the spec gives
 * them, uncertain scores (smaa-scores.ts): rank acceptability indices,
 * central weight vectors and confidence factors. Samples are cut into blocks; block b
 * draws from stream b of the seed and is summed on its own before being added in block
 * order, so the answer depends only on (portfolio, method, samples, seed), never on how
 * many threads computed the blocks.
 */
import type { Portfolio } from '../model/types.js';
import { createRng, type Xoshiro128StarStar } from '../simulate/prng.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { type CriteriaMatrix, criteriaMatrix } from './criteria-matrix.js';
import { type RankScratch, rankScores, rankScratch, ranksFirst } from './smaa-ranks.js';
import {
  createScorer,
  type Scorer,
  type ScorerOptions,
  type SmaaMethod,
  scorerOptions,
} from './smaa-scorer.js';
import {
  type UncertainCells,
  type UncertainScores,
  uncertainCells,
  uncertainScores,
} from './smaa-scores.js';
import { type WeightConstraints, WeightSampler, weightConstraints } from './smaa-weights.js';

export const SMAA_BLOCK = 1024;
/** Samples whose ranks are held before they are counted (at most this many cells held). */
const SMAA_RANK_BATCH = 128;
const SMAA_RANK_BATCH_CELLS = 131_072;
/** Below this share of accepted weight draws the constraints are reported as too narrow. */
export const SMAA_MIN_ACCEPTANCE = 0.001;

export interface SmaaOptions {
  readonly samples: number;
  readonly seed: number;
  readonly method: SmaaMethod;
  /** VIKOR's v (default 0.5). */
  readonly v?: number;
  readonly onProgress?: (done: number) => void;
}

export interface SmaaTotals {
  /** counts[i·m + r]: samples in which partner i took rank r + 1. */
  readonly counts: Uint32Array;
  /** Σ of the weight vectors of the samples in which partner i ranked first (m × n). */
  readonly firstWeights: Float64Array;
}

export interface SmaaResult {
  readonly samples: number;
  /** acceptability[i·m + r] = b_i^(r+1). */
  readonly acceptability: Float64Array;
  /** Central weight vector per partner (m × n); NaN rows for partners never first. */
  readonly central: Float64Array;
  /**
   * Confidence factor per partner: the probability of ranking first at its central
   * weights (1 or 0 when the scores are exact; 0 when never first).
   */
  readonly confidence: Float64Array;
  readonly m: number;
  readonly n: number;
}

/**
 * A thread's working memory for the blocks of a run: the weights and scores of one sample,
 * the rank sort's scratch and a batch of ranks, made once per thread (`smaaSetup`) and
 * reused by every block it runs. Made per block, each block's fresh objects cost V8's
 * optimised code for the block loop (a second object from the same literal changed what
 * the compiled code had assumed of the first), and a cold thread ran its first blocks
 * at half speed.
 */
export interface SmaaWork {
  readonly w: Float64Array;
  readonly scores: Float64Array;
  readonly scratch: RankScratch;
  /** The ranks of up to `batch` samples, one row of m each, counted at the end of a batch. */
  readonly ranks: Int32Array;
  readonly batch: number;
}

export function smaaWork(m: number, n: number): SmaaWork {
  const batch = Math.max(1, Math.min(SMAA_RANK_BATCH, Math.floor(SMAA_RANK_BATCH_CELLS / m)));
  return {
    w: new Float64Array(n),
    scores: new Float64Array(m),
    scratch: rankScratch(m),
    ranks: new Int32Array(batch * m),
    batch,
  };
}

/** Runs one block of samples into fresh totals (the unit a worker would run). */
export function smaaBlock(
  scorer: Scorer,
  sampler: WeightSampler,
  m: number,
  n: number,
  seed: number,
  block: number,
  count: number,
  /** Weight draws this block may try in all (accepted or not). */
  budget: number,
  /**
   * Where the rank counts go: they are whole numbers, so adding into a running total is
   * exact in any order; only the weight sums need a fresh per-block total.
   */
  counts: Uint32Array = new Uint32Array(m * m),
  uncertain?: UncertainScoresRun,
  work: SmaaWork = smaaWork(m, n),
): SmaaTotals | undefined {
  const rng = createRng(seed, block);
  const firstWeights = new Float64Array(m * n);
  const limit = sampler.attempts + budget;
  // The ranks of a batch of samples, one row each, counted partner by partner at the end
  // of the batch: each partner's counts row is then read once per batch, not once per
  // sample (a partner's ranks stay close, so its row's few cache lines serve the batch).
  for (let first = 0; first < count; first += work.batch) {
    const held = Math.min(work.batch, count - first);
    if (!sampleBatch(scorer, sampler, rng, limit, held, m, n, firstWeights, work, uncertain)) {
      return undefined;
    }
    countRanks(work.ranks, held, m, counts);
  }
  return { counts, firstWeights };
}

/**
 * Draws `held` samples (weights, then the uncertain scores from the same stream), ranks
 * each into its row of `work.ranks` and adds its weights to the first-ranked partners'
 * sums; false when the weight draws ran past `limit` attempts. The per-sample loop, kept
 * apart from the batch's counting: a call the loop has not made yet when V8 optimises it
 * mid-block (the counting, once per batch) would throw the optimised loop away.
 */
function sampleBatch(
  scorer: Scorer,
  sampler: WeightSampler,
  rng: Xoshiro128StarStar,
  limit: number,
  held: number,
  m: number,
  n: number,
  firstWeights: Float64Array,
  work: SmaaWork,
  uncertain: UncertainScoresRun | undefined,
): boolean {
  const { w, scores, scratch, ranks } = work;
  for (let t = 0; t < held; t++) {
    if (!sampler.draw(rng, w, limit - sampler.attempts)) return false;
    if (uncertain === undefined) scorer(w, scores);
    else {
      // The criteria values of this sample, drawn after its weights from the same stream.
      uncertain.values.set(uncertain.exact);
      uncertain.scores.draw(rng, uncertain.values);
      uncertain.scores.scorerFor(uncertain.values)(w, scores);
    }
    const offset = t * m;
    rankScores(scores, m, scratch, ranks, offset);
    for (let i = 0; i < m; i++) {
      if (ranks[offset + i] !== 0) continue;
      const row = i * n;
      for (let k = 0; k < n; k++)
        firstWeights[row + k] = (firstWeights[row + k] as number) + (w[k] as number);
    }
  }
  return true;
}

/**
 * Adds the ranks of `held` samples (one row of m each) to the counts, partner by partner.
 * A module function, not a closure made per block: a fresh closure is a new call target
 * in every block, and the optimised block loop was thrown away for it (a worker thread
 * that starts cold ran its first blocks half as fast).
 */
function countRanks(ranks: Int32Array, held: number, m: number, counts: Uint32Array): void {
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let t = 0; t < held; t++) {
      const cell = row + (ranks[t * m + i] as number);
      counts[cell] = (counts[cell] as number) + 1;
    }
  }
}

/** A block's view of the uncertain scores: the exact matrix and a buffer to draw into. */
interface UncertainScoresRun {
  readonly scores: UncertainScores;
  readonly exact: Float64Array;
  readonly values: Float64Array;
}

/** What every block of one SMAA run shares: built once per thread (`smaaSetup`). */
export interface SmaaSetup {
  readonly scorer: Scorer;
  readonly sampler: WeightSampler;
  readonly m: number;
  readonly n: number;
  /** The exact criteria matrix (the uncertain cells hold the spec's `scores`). */
  readonly values: Float64Array;
  /** Present when some scores are uncertain: each sample draws them. */
  readonly uncertain?: UncertainScores;
  /** This thread's working memory for the blocks it runs (one block at a time). */
  readonly work: SmaaWork;
  /** With uncertain scores: the buffer each sample's criteria values are drawn into. */
  readonly drawn?: UncertainScoresRun;
}

/**
 * What an SMAA run reads from the portfolio, as plain numbers and records: structured
 * cloneable, so that a worker thread builds its setup from it (`smaaSetup`) without the
 * portfolio, its validation or the modules that read it.
 */
export interface SmaaInput extends ScorerOptions {
  /** The criteria matrix (partner ids left out: the blocks never name partners). */
  readonly matrix: Omit<CriteriaMatrix, 'ids'>;
  readonly constraints: WeightConstraints;
  readonly method: SmaaMethod;
  /** VIKOR's v. */
  readonly v: number;
  readonly uncertain?: UncertainCells;
}

export function smaaInput(
  p: Portfolio,
  options: { readonly method: SmaaMethod; readonly v?: number },
): Result<SmaaInput> {
  const matrix = criteriaMatrix(p);
  if (!matrix.ok) return matrix;
  const { values, m, n, kinds } = matrix.value;
  if (n === 0) {
    return fail([
      { code: 'no_criteria', path: ['criteria'], message: 'SMAA needs at least one criterion' },
    ]);
  }
  const uncertain = uncertainCells(p, n);
  return ok(
    {
      ...scorerOptions(p),
      matrix: { values, m, n, kinds },
      constraints: weightConstraints(p),
      method: options.method,
      v: options.v ?? 0.5,
      ...(uncertain === undefined ? {} : { uncertain }),
    },
    matrix.warnings,
  );
}

/** The scorer, the weight sampler and the uncertain scores' draws of a run. */
export function smaaSetup(input: SmaaInput): SmaaSetup {
  const { matrix, method, v } = input;
  const uncertain =
    input.uncertain === undefined
      ? undefined
      : uncertainScores(input.uncertain, matrix, method, v, input);
  return {
    scorer: createScorer(input, matrix, method, v),
    sampler: new WeightSampler(input.constraints),
    m: matrix.m,
    n: matrix.n,
    values: matrix.values,
    work: smaaWork(matrix.m, matrix.n),
    ...(uncertain === undefined
      ? {}
      : {
          uncertain,
          drawn: {
            scores: uncertain,
            exact: matrix.values,
            values: new Float64Array(matrix.values.length),
          },
        }),
  };
}

export function prepareSmaa(
  p: Portfolio,
  options: { readonly method: SmaaMethod; readonly v?: number },
): Result<SmaaSetup> {
  const input = smaaInput(p, options);
  return input.ok ? ok(smaaSetup(input.value), input.warnings) : input;
}

/** The blocks of a run of `samples`: block b holds samples [b·SMAA_BLOCK, …). */
export const smaaBlockCount = (samples: number): number => Math.ceil(samples / SMAA_BLOCK);
export const smaaBlockSize = (samples: number, b: number): number =>
  Math.min(SMAA_BLOCK, samples - b * SMAA_BLOCK);

/**
 * Runs block b of a run into `counts` (added in place) and returns its own weight sums;
 * undefined when the constraints rejected too many draws.
 */
export function runSmaaBlock(
  setup: SmaaSetup,
  seed: number,
  samples: number,
  b: number,
  counts: Uint32Array,
): Float64Array | undefined {
  const size = smaaBlockSize(samples, b);
  const budget = Math.ceil(size / SMAA_MIN_ACCEPTANCE) + 1000;
  const { scorer, sampler, m, n, drawn, work } = setup;
  return smaaBlock(scorer, sampler, m, n, seed, b, size, budget, counts, drawn, work)?.firstWeights;
}

/**
 * Adds the blocks' weight sums in block order (so the floating-point sum is the same
 * whichever thread ran which block) and summarises.
 */
export function combineSmaa(
  setup: SmaaSetup,
  counts: Uint32Array,
  blockWeights: readonly Float64Array[],
  samples: number,
  seed: number,
): SmaaResult {
  const firstWeights = new Float64Array(setup.m * setup.n);
  for (const block of blockWeights) {
    for (let i = 0; i < firstWeights.length; i++) {
      firstWeights[i] = (firstWeights[i] as number) + (block[i] as number);
    }
  }
  return summarizeSmaa(setup, { counts, firstWeights }, samples, seed);
}

export function smaa(p: Portfolio, options: SmaaOptions): Result<SmaaResult> {
  const setup = prepareSmaa(p, options);
  if (!setup.ok) return setup;
  const { m } = setup.value;
  const counts = new Uint32Array(m * m);
  const blockWeights: Float64Array[] = [];
  for (let b = 0; b < smaaBlockCount(options.samples); b++) {
    const weights = runSmaaBlock(setup.value, options.seed, options.samples, b, counts);
    if (!weights) return fail([smaaTooNarrow()]);
    blockWeights.push(weights);
    options.onProgress?.(Math.min(options.samples, (b + 1) * SMAA_BLOCK));
  }
  return ok(
    combineSmaa(setup.value, counts, blockWeights, options.samples, options.seed),
    setup.warnings,
  );
}

/**
 * The stream the confidence factors draw from: past any block's (a run of 10⁹ samples
 * has under 10⁶ blocks), so it never repeats a block's draws.
 */
export const SMAA_CONFIDENCE_STREAM = 0xffff_ffff;
/** Criteria draws for the confidence factors under uncertain scores (±0.005 at worst). */
export const SMAA_CONFIDENCE_DRAWS = 10_000;

/** Acceptabilities, central weights and confidence factors from summed totals. */
export function summarizeSmaa(
  setup: SmaaSetup,
  totals: SmaaTotals,
  samples: number,
  seed: number,
): SmaaResult {
  const { m, n } = setup;
  // A plain loop: `Float64Array.from` with a mapping function calls it per element through
  // the iterator protocol, a tenth of a 10,000-sample run on 1,000 partners (profiled).
  const acceptability = new Float64Array(totals.counts.length);
  for (let i = 0; i < acceptability.length; i++) {
    acceptability[i] = (totals.counts[i] as number) / samples;
  }
  const central = new Float64Array(m * n).fill(Number.NaN);
  const winners: number[] = [];
  for (let i = 0; i < m; i++) {
    const firsts = totals.counts[i * m] as number;
    if (firsts === 0) continue;
    winners.push(i);
    for (let k = 0; k < n; k++) {
      central[i * n + k] = (totals.firstWeights[i * n + k] as number) / firsts;
    }
  }
  const confidence = confidenceFactors(setup, central, winners, samples, seed);
  return { samples, acceptability, central, confidence, m, n };
}

/**
 * p_i^c: the probability that partner i ranks first at its central weights (Lahdelma &
 * Salminen 2001, eq. 8). With exact scores that is 1 or 0; with uncertain ones it is a
 * Monte Carlo share over draws of the criteria values, the same draws for every partner.
 */
function confidenceFactors(
  setup: SmaaSetup,
  central: Float64Array,
  winners: readonly number[],
  samples: number,
  seed: number,
): Float64Array {
  const { m, n, uncertain } = setup;
  const confidence = new Float64Array(m);
  // The blocks' working memory, free now (and the code that reads it already compiled).
  const { w, scores, scratch } = setup.work;
  const firstAt = (scorer: Scorer, i: number): boolean => {
    w.set(central.subarray(i * n, (i + 1) * n));
    scorer(w, scores);
    return ranksFirst(scores, m, i, scratch);
  };
  if (uncertain === undefined) {
    for (const i of winners) confidence[i] = firstAt(setup.scorer, i) ? 1 : 0;
    return confidence;
  }
  if (winners.length === 0) return confidence;
  const draws = Math.min(samples, SMAA_CONFIDENCE_DRAWS);
  const rng = createRng(seed, SMAA_CONFIDENCE_STREAM);
  const values = new Float64Array(setup.values.length);
  for (let d = 0; d < draws; d++) {
    values.set(setup.values);
    uncertain.draw(rng, values);
    const scorer = uncertain.scorerFor(values);
    for (const i of winners) if (firstAt(scorer, i)) confidence[i] = (confidence[i] as number) + 1;
  }
  for (const i of winners) confidence[i] = (confidence[i] as number) / draws;
  return confidence;
}

export function smaaTooNarrow(): Issue {
  return {
    code: 'smaa_constraints_too_narrow',
    path: ['weighting'],
    message: `fewer than ${SMAA_MIN_ACCEPTANCE * 100}% of weight vectors fit the order and ranges of \`weighting\`; widen the ranges or drop a constraint`,
  };
}
