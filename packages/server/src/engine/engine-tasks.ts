/**
 * The engine work a request or a job may ask for, as data a worker thread can run: an
 * engine command on a portfolio, a fair-share report of a coalition table, or the Shapley
 * analysis of a portfolio's synergy game. Each runs with the worker's one HiGHS solver and
 * answers a `Result` (structured-cloneable), exactly what it answers on this thread.
 * `engine-thread.ts` sends them to the engine's worker pool; `engine-worker.ts` runs them.
 */
import {
  createRng,
  type FairShareInput,
  fairShareReport,
  lpSolveFrom,
  type MilpSolver,
  type Portfolio,
  portfolioGame,
  type Result,
  shapleyReport,
} from '@partnerfolio/core';
import type { EngineCommand } from './options.js';
import { runEngineCommand } from './run-command.js';
import { runMembershipShare, runSmaaShare, type SmaaMeeting, type SmaaRun } from './smaa-parts.js';

export type EngineTask =
  | {
      readonly kind: 'command';
      readonly command: EngineCommand;
      readonly portfolio: Portfolio;
      readonly options: unknown;
    }
  | {
      readonly kind: 'fair-share';
      readonly input: FairShareInput;
      readonly seed: number;
      readonly samples?: number | undefined;
    }
  | {
      readonly kind: 'shapley-game';
      readonly portfolio: Portfolio;
      readonly players: readonly string[];
      readonly seed: number;
      readonly samples?: number | undefined;
    }
  /** The parts of a split SMAA run (smaa-split.ts). */
  | (SmaaRun & {
      readonly kind: 'smaa-part';
      readonly part: number;
      readonly meeting: SmaaMeeting;
    })
  | (SmaaRun & { readonly kind: 'membership-part'; readonly indices: readonly number[] });

export interface EngineTaskDeps {
  readonly solver: MilpSolver;
  readonly onProgress?: (fraction: number) => unknown;
}

const samplesOf = (samples: number | undefined) => (samples === undefined ? {} : { samples });

export async function runEngineTask(
  task: EngineTask,
  deps: EngineTaskDeps,
): Promise<Result<unknown>> {
  const { solver, onProgress } = deps;
  switch (task.kind) {
    case 'command':
      return runEngineCommand(task.command, task.portfolio, task.options, {
        solver,
        ...(onProgress === undefined ? {} : { onProgress }),
      });
    case 'fair-share':
      return fairShareReport(task.input, {
        lp: lpSolveFrom(solver),
        rng: createRng(task.seed),
        ...samplesOf(task.samples),
      });
    case 'shapley-game': {
      const game = portfolioGame(task.portfolio, task.players);
      if (!game.ok) return game;
      return shapleyReport(game.value, { seed: task.seed, ...samplesOf(task.samples) }, { solver });
    }
    case 'smaa-part':
      return runSmaaShare(task, task, onProgress);
    case 'membership-part':
      return runMembershipShare(task, task.indices, solver, onProgress);
  }
}

/** A task's size for the pool (a worker is recycled after a large one): the partners sent. */
export const engineTaskSize = (task: EngineTask): number =>
  task.kind === 'fair-share' ? 0 : task.portfolio.partners.length * 1024;
