/**
 * The parts of a split SMAA run as an engine thread runs them (engine-tasks.ts): a share
 * of SMAA-2's blocks, or a share of the portfolio membership's samples. Which part holds
 * what is core's rule (`smaaParts`, `dealRoundRobin`); `smaa-split.ts` deals them and
 * gathers the answers. The SMAA-2 parts leave their totals in shared memory (`SmaaMeeting`)
 * and the part that finishes last combines them in its own thread (the rank counts summed,
 * the central weights, the confidence factors): no further task, and no copy of the rank
 * counts through the event loop. It answers core's `SmaaResult`, typed arrays, which the
 * caller makes the CLI's document of: for 1,000 partners, 10 ms to build there, where
 * receiving the document built here (a million numbers in arrays) took 35 ms to
 * deserialise, besides 15 ms to build and 6 to serialise here.
 */
import {
  claimSmaaBlocks,
  combineSmaaParts,
  fail,
  type MembershipPart,
  type MilpSolver,
  ok,
  type Portfolio,
  prepareSmaa,
  type Result,
  runSmaaPart,
  type SmaaPart,
  type SmaaReport,
  type SmaaResult,
  smaaBlockCount,
  smaaPartsMismatch,
  startPortfolioMembership,
} from '@partnerfolio/core';

export interface SmaaRun {
  readonly portfolio: Portfolio;
  readonly method: SmaaReport['method'];
  readonly seed: number;
  readonly samples: number;
}

/** MILPs solved between two progress reports (a demo solve takes a few ms). */
const STEP = 10;

/**
 * Where the SMAA-2 parts of one run leave their totals: SharedArrayBuffers, the same
 * memory in every engine thread the parts run on.
 */
export interface SmaaMeeting {
  /** counts[p]: part p's rank counts (m × m). */
  readonly counts: readonly Uint32Array[];
  /** Block b's first-rank weight sums at [b·m·n, (b + 1)·m·n). */
  readonly weights: Float64Array;
  /** [0]: the next block no part has claimed yet. */
  readonly next: Int32Array;
  /** [0]: the parts finished so far. */
  readonly finished: Int32Array;
}

/** The shared totals of a run of `samples` on `portfolio` split into `parts` parts. */
export function smaaMeeting(portfolio: Portfolio, samples: number, parts: number): SmaaMeeting {
  const m = portfolio.partners.length;
  const n = portfolio.criteria.length;
  const shared = (bytes: number) => new SharedArrayBuffer(bytes);
  return {
    counts: Array.from({ length: parts }, () => new Uint32Array(shared(4 * m * m))),
    weights: new Float64Array(shared(8 * smaaBlockCount(samples) * m * n)),
    next: new Int32Array(shared(4)),
    finished: new Int32Array(shared(4)),
  };
}

/** A part's answer: the combined result from the part that finished last, nothing from the others. */
export interface SmaaShare {
  readonly result?: SmaaResult;
}

/**
 * Part `part` of a split run: claims blocks from the meeting's counter until none is left
 * (core's `claimSmaaBlocks`: a thread that gets less of a core, at lowered priority on a
 * busy machine, runs fewer), their rank counts and weight sums into the meeting; the last
 * part to finish then combines every part's totals (sums of whole numbers, and the weight
 * sums in block order: the one-thread document bit for bit). Progress is the samples this
 * part ran over the run's.
 */
export function runSmaaShare(
  run: SmaaRun,
  where: { readonly part: number; readonly meeting: SmaaMeeting },
  onProgress?: (fraction: number) => unknown,
): Result<SmaaShare> {
  const setup = prepareSmaa(run.portfolio, { method: run.method });
  if (!setup.ok) return setup;
  const { m, n } = setup.value;
  const { meeting } = where;
  const counts = meeting.counts[where.part];
  if (counts === undefined || meeting.weights.length !== smaaBlockCount(run.samples) * m * n) {
    return fail([smaaPartsMismatch()]);
  }
  let done = 0;
  const part = runSmaaPart(
    setup.value,
    run.seed,
    run.samples,
    claimSmaaBlocks(meeting.next, smaaBlockCount(run.samples)),
    (size) => {
      done += size;
      onProgress?.(done / run.samples);
    },
    counts,
  );
  if (!part.ok) return part;
  part.value.blocks.forEach((b, j) => {
    const w = part.value.weights[j];
    if (w !== undefined) meeting.weights.set(w, b * m * n);
  });
  // Atomics order memory: the part that counts itself last sees every other part's writes.
  const finished = Atomics.add(meeting.finished, 0, 1) + 1;
  if (finished < meeting.counts.length) return ok({}, setup.warnings);
  const result = combineSmaaParts(
    setup.value,
    meetingParts(meeting, run.samples, m * n),
    run.samples,
    run.seed,
  );
  if (!result.ok) return result;
  return ok({ result: result.value }, setup.warnings);
}

/** The meeting's totals as core's parts: every block's weights with the first part's counts. */
function meetingParts(meeting: SmaaMeeting, samples: number, cells: number): SmaaPart[] {
  const blocks = Array.from({ length: smaaBlockCount(samples) }, (_, b) => b);
  const weights = blocks.map((b) => meeting.weights.subarray(b * cells, (b + 1) * cells));
  return meeting.counts.map((counts, p) =>
    p === 0 ? { counts, blocks, weights } : { counts, blocks: [], weights: [] },
  );
}

export function runMembershipShare(
  run: Omit<SmaaRun, 'method'>,
  indices: readonly number[],
  solver: MilpSolver,
  onProgress?: (fraction: number) => unknown,
): Result<MembershipPart> {
  const started = startPortfolioMembership(run.portfolio, solver, {
    samples: run.samples,
    seed: run.seed,
    indices,
  });
  if (!started.ok) return started;
  const membership = started.value;
  while (membership.done() < indices.length) {
    const step = membership.step(STEP);
    if (!step.ok) return step;
    onProgress?.(step.value / indices.length);
  }
  return { ok: true, value: membership.part(), warnings: [] };
}
