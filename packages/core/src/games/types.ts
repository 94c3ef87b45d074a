/** A cooperative game as the engine receives it (from a game file or built from a portfolio). */
export type GameType = 'profit' | 'cost';

export type GameDefinition =
  /** v(T) for every coalition T, indexed by bitmask over `players` (bit i = players[i]). */
  | {
      readonly kind: 'table';
      readonly players: readonly string[];
      readonly values: Float64Array;
      readonly type: GameType;
    }
  | {
      readonly kind: 'weightedVoting';
      readonly players: readonly string[];
      readonly quota: number;
      readonly weights: readonly number[];
    }
  | {
      readonly kind: 'airport';
      readonly players: readonly string[];
      readonly costs: readonly number[];
    }
  /** v(T) = Σ_{i∈T} net_i + Σ_{i<j∈T} s_ij: the synergy game of a portfolio's partners. */
  | {
      readonly kind: 'synergy';
      readonly players: readonly string[];
      readonly net: readonly number[];
      readonly synergies: readonly {
        readonly i: number;
        readonly j: number;
        readonly value: number;
      }[];
    };
