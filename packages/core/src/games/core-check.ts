/**
 * Is the core of a tabulated game non-empty, and does it hold the Shapley value?
 * Profit games: x(T) ≥ v(T) for all T, x(N) = v(N). Cost games: x(T) ≤ c(T), x(N) = c(N),
 * which is the profit game −c with payoffs −x, so both run as one (see `Sign`).
 */

import type { Message } from '../util/message.js';
import { isInCore, type Sign } from './coalition-scan.js';
import { lpCoreNonEmpty, valueScale } from './core-lp.js';
import { coreReason } from './core-reason.js';
import type { LpSolve } from './lp.js';
import type { GameType } from './types.js';

/** The Shapley value is checked directly (no solver), relative to max |v|. */
export const SHAPLEY_CORE_TOLERANCE = 1e-9;

export interface CoreCheck {
  readonly nonEmpty: boolean | null;
  readonly shapleyInCore: boolean | null;
  readonly method: string;
  /** Why an answer is null, or what a non-obvious answer rests on. */
  readonly reason?: string;
  readonly because?: Message;
  /** A core allocation in the game's own terms (payoffs, or cost shares), when one was found. */
  readonly allocation?: readonly number[];
}

/** Whether `shapley` (in the game's own terms) is in the core, checked over all coalitions. */
export function shapleyInTableCore(
  values: Float64Array,
  n: number,
  type: GameType,
  shapley: ArrayLike<number>,
): boolean {
  const sign: Sign = type === 'cost' ? -1 : 1;
  const x = Array.from({ length: n }, (_, i) => sign * (shapley[i] ?? 0));
  return isInCore(values, n, sign, x, SHAPLEY_CORE_TOLERANCE * valueScale(values));
}

/**
 * The core answer for a tabulated game. When the Shapley value is in the core, the core is
 * non-empty without asking the solver; otherwise the LP decides.
 */
export async function checkTableCore(
  values: Float64Array,
  n: number,
  type: GameType,
  shapley: ArrayLike<number>,
  lp: LpSolve,
): Promise<CoreCheck> {
  if (shapleyInTableCore(values, n, type, shapley)) {
    return {
      nonEmpty: true,
      shapleyInCore: true,
      method: 'direct check over all coalitions',
      ...coreReason('games.core.shapley_satisfies'),
      allocation: Array.from(shapley),
    };
  }
  const answer = await lpCoreNonEmpty(values, n, type, lp, shapley);
  return {
    nonEmpty: answer.nonEmpty,
    shapleyInCore: false,
    method: `LP with row generation (${answer.rounds} rounds) and a direct check of the Shapley value`,
    ...(answer.reason === undefined ? {} : { reason: answer.reason }),
    ...(answer.because === undefined ? {} : { because: answer.because }),
    ...(answer.allocation === undefined ? {} : { allocation: answer.allocation }),
  };
}
