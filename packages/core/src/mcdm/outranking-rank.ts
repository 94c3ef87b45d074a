import type { Portfolio } from '../model/types.js';
import { fail, ok, type Result } from '../util/issues.js';
import { type GaiaPlane, gaiaPlane } from './gaia.js';
import { orderAndRank, sortTiesBy } from './order-ranks.js';
import { prometheeFlows } from './promethee.js';
import { rankInputs } from './rank-inputs.js';
import { vikor, vikorAcceptance } from './vikor.js';

export interface PrometheeRanking {
  readonly method: 'promethee';
  /** Best first by net flow; `score` is φ = φ⁺ − φ⁻. */
  readonly ranking: {
    id: string;
    score: number;
    rank: number;
    phiPlus: number;
    phiMinus: number;
  }[];
  readonly gaia: {
    readonly partners: Record<string, [number, number]>;
    readonly criteria: Record<string, [number, number]>;
    readonly decisionStick: [number, number];
    readonly delta: number;
  };
}

export interface VikorRanking {
  readonly method: 'vikor';
  readonly v: number;
  /** Lowest Q first; `score` is Q. */
  readonly ranking: { id: string; score: number; rank: number; S: number; R: number }[];
  readonly acceptance: {
    readonly acceptableAdvantage: boolean;
    readonly acceptableStability: boolean;
    readonly dq: number;
    readonly compromise: string[];
  };
}

/** PROMETHEE II on the portfolio's raw scores, weights and preference functions. */
export function rankPromethee(p: Portfolio, weights?: readonly number[]): Result<PrometheeRanking> {
  const inputs = rankInputs(p, weights);
  if (!inputs.ok) return inputs;
  const { matrix, weights: w } = inputs.value;
  const flows = prometheeFlows({
    values: matrix.values,
    m: matrix.m,
    n: matrix.n,
    kinds: matrix.kinds,
    weights: w,
    preferences: p.criteria.map((c) => c.preference),
  });
  const order = ordered(flows.net, matrix.ids);
  const ranking = Array.from(order.order, (i) => ({
    id: matrix.ids[i] ?? '',
    score: flows.net[i] ?? 0,
    rank: order.ranks[i] ?? 0,
    phiPlus: flows.phiPlus[i] ?? 0,
    phiMinus: flows.phiMinus[i] ?? 0,
  }));
  const plane: GaiaPlane = gaiaPlane(flows.single, matrix.m, matrix.n, w);
  const gaia = {
    partners: Object.fromEntries(matrix.ids.map((id, i) => [id, plane.partners[i] ?? [0, 0]])),
    criteria: Object.fromEntries(p.criteria.map((c, k) => [c.id, plane.criteria[k] ?? [0, 0]])),
    decisionStick: plane.decisionStick,
    delta: plane.delta,
  } as PrometheeRanking['gaia'];
  return ok({ method: 'promethee', ranking, gaia }, inputs.warnings);
}

/** VIKOR on the portfolio's raw scores and weights, `v` the weight of group utility. */
export function rankVikor(
  p: Portfolio,
  v: number,
  weights?: readonly number[],
): Result<VikorRanking> {
  if (!(v >= 0 && v <= 1)) {
    return fail([
      {
        code: 'invalid_v',
        path: ['v'],
        message: `v is ${v}; it weighs group utility against individual regret and lies in [0, 1]`,
      },
    ]);
  }
  const inputs = rankInputs(p, weights);
  if (!inputs.ok) return inputs;
  const { matrix, weights: w } = inputs.value;
  const result = vikor(matrix.values, matrix.m, matrix.n, matrix.kinds, w, v);
  const negated = result.Q.map((q) => -q);
  const { order, ranks } = ordered(negated, matrix.ids);
  const ranking = Array.from(order, (i) => ({
    id: matrix.ids[i] ?? '',
    score: result.Q[i] ?? 0,
    rank: ranks[i] ?? 0,
    S: result.S[i] ?? 0,
    R: result.R[i] ?? 0,
  }));
  const a = vikorAcceptance(result, order);
  return ok(
    {
      method: 'vikor',
      v,
      ranking,
      acceptance: { ...a, compromise: a.compromise.map((i) => matrix.ids[i] ?? '') },
    },
    inputs.warnings,
  );
}

/** Best (highest) first, competition ranks, ties listed by id. */
function ordered(scores: Float64Array, ids: readonly string[]) {
  const order = new Int32Array(scores.length);
  const ranks = new Int32Array(scores.length);
  orderAndRank(scores, order, ranks);
  sortTiesBy(order, ranks, ids);
  return { order, ranks };
}
