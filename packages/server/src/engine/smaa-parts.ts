/**
 * The parts of a split SMAA run as an engine thread runs them (engine-tasks.ts): a share
 * of SMAA-2's blocks, the combination of every share into the CLI's document (the
 * confidence factors draw up to 10,000 criteria matrices: a thread's work too), or a
 * share of the portfolio membership's samples. Which part holds what is core's rule
 * (`smaaParts`, `dealRoundRobin`); `smaa-split.ts` deals them and gathers the answers.
 */
import {
  combineSmaaParts,
  type MembershipPart,
  type MilpSolver,
  type Portfolio,
  prepareSmaa,
  type Result,
  runSmaaPart,
  type SmaaPart,
  type SmaaReport,
  smaaBlockSize,
  smaaDocument,
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

export function runSmaaShare(
  run: SmaaRun,
  blocks: readonly number[],
  onProgress?: (fraction: number) => unknown,
): Result<SmaaPart> {
  const setup = prepareSmaa(run.portfolio, { method: run.method });
  if (!setup.ok) return setup;
  const total = blocks.reduce((sum, b) => sum + smaaBlockSize(run.samples, b), 0);
  let done = 0;
  const part = runSmaaPart(setup.value, run.seed, run.samples, blocks, (size) => {
    done += size;
    onProgress?.(total === 0 ? 1 : done / total);
  });
  return part.ok ? { ...part, warnings: setup.warnings } : part;
}

export function combineSmaaShares(run: SmaaRun, parts: readonly SmaaPart[]): Result<SmaaReport> {
  const setup = prepareSmaa(run.portfolio, { method: run.method });
  if (!setup.ok) return setup;
  const result = combineSmaaParts(setup.value, parts, run.samples, run.seed);
  if (!result.ok) return result;
  return {
    ok: true,
    value: smaaDocument(run.portfolio, result.value, run),
    warnings: setup.warnings,
  };
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
