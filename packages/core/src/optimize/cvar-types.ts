import type { Portfolio } from '../model/types.js';

/** What the scenario sampler reads of a prepared portfolio (prepare.ts). */
export interface ScenarioInput {
  readonly portfolio: Portfolio;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly linear: Float64Array;
  readonly pairs: {
    readonly first: Int32Array;
    readonly second: Int32Array;
    readonly value: Float64Array;
  };
}

export interface ScenarioMatrix {
  readonly count: number;
  /** partner[i][s]: coefficient of x_i in scenario s. */
  readonly partner: readonly Float64Array[];
  /** pair[k][s]: coefficient of y_k (the k-th synergy pair) in scenario s. */
  readonly pair: readonly Float64Array[];
  /**
   * Risks linked to two or more partners: loss[s] = −I_s·L_s, charged once in scenario s
   * when any of `partners` (column indices) is chosen. A risk on one partner is already
   * in that partner's row.
   */
  readonly shared: readonly SharedRisk[];
}

export interface SharedRisk {
  readonly id: string;
  readonly partners: Int32Array;
  readonly loss: Float64Array;
}

export interface CvarRows {
  readonly scenarios: ScenarioMatrix;
  /** Tail share, e.g. 0.05. */
  readonly level: number;
  /** The scenario CVaR of the objective must stay ≥ this. */
  readonly floor: number;
}
