/** What `analyzeGame` needs and returns. */
import type { Message } from '../util/message.js';
import type { Rng } from '../util/rng.js';
import type { LpSolve } from './lp.js';
import type { GameType } from './types.js';

export interface AnalyzeDeps {
  readonly lp: LpSolve;
  /** Needed only when the game is sampled. */
  readonly rng?: Rng;
  /** Random orders drawn when sampling; 10,000 by default. */
  readonly samples?: number;
  /** Most players a value table is enumerated for (default and maximum 25). */
  readonly exactLimit?: number;
  readonly antithetic?: boolean;
}

export interface CoreSummary {
  readonly nonEmpty: boolean | null;
  readonly shapleyInCore: boolean | null;
  readonly method: string;
  readonly reason?: string;
  /** `reason` as a code, for other languages. */
  readonly because?: Message;
}

export interface GameAnalysis {
  /** Payoffs for a profit game, cost shares for a cost game (airport, `type: cost`). */
  readonly shapley: Record<string, number>;
  readonly exact: boolean;
  readonly ci?: Record<string, [number, number]>;
  readonly samples?: number;
  readonly type: GameType;
  readonly core: CoreSummary;
}
