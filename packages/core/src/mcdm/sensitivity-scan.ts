import type { CriterionKind } from '../model/types.js';
import type { ColumnTransforms } from './normalize.js';
import { sameScore } from './order-ranks.js';
import { topsisScores } from './score-kernels.js';
import type { OrderPairs, StabilityInterval } from './stability-interval.js';
import { weightsAlong } from './weight-path.js';

/** Grid steps over the whole [0, 1] weight range; an order change narrower than one step can be missed. */
const GRID_STEPS = 200;
/** Bisection stops when the boundary is known to this width. */
const BISECT_WIDTH = 1e-9;

export interface ScanInput {
  readonly values: Float64Array;
  readonly m: number;
  readonly n: number;
  readonly kinds: readonly CriterionKind[];
  readonly transforms: ColumnTransforms;
}

/**
 * Stability intervals for TOPSIS, whose closeness is not linear in the weights: walk a
 * grid outwards from the current weight in each direction, and bisect between the last
 * step where the order holds and the first where it fails. The reported bound is the last
 * point known to hold, within 1e-9 of the change.
 */
export function scanIntervals(
  input: ScanInput,
  base: readonly number[],
  k: number,
  pairs: OrderPairs,
): { top: StabilityInterval; ranking: StabilityInterval } {
  const { values, m, n, kinds, transforms } = input;
  const w = new Float64Array(n);
  const scores = new Float64Array(m);
  const holdsAt = (t: number, list: OrderPairs['top']): boolean => {
    topsisScores(values, m, n, kinds, weightsAlong(base, k, t, w), transforms, scores);
    for (const [p, q] of list) {
      const sp = scores[p] ?? 0;
      const sq = scores[q] ?? 0;
      if (sp < sq && !sameScore(sp, sq)) return false;
    }
    return true;
  };
  const at = base[k] ?? 0;
  const bound = (list: OrderPairs['top'], direction: 1 | -1, from: number): number => {
    const end = direction > 0 ? 1 : 0;
    let good = from;
    while (good !== end) {
      const next =
        direction > 0 ? Math.min(1, good + 1 / GRID_STEPS) : Math.max(0, good - 1 / GRID_STEPS);
      if (!holdsAt(next, list)) return bisect(good, next, (t) => holdsAt(t, list));
      good = next;
    }
    return end;
  };
  if (n === 1 || pairs.ranking.length === 0) {
    return { top: { low: 0, high: 1 }, ranking: { low: 0, high: 1 } };
  }
  const ranking = { low: bound(pairs.ranking, -1, at), high: bound(pairs.ranking, 1, at) };
  // Wherever the whole order holds the first choice is first too, so the scan for the
  // first choice can start at the ranking's bounds.
  const top = { low: bound(pairs.top, -1, ranking.low), high: bound(pairs.top, 1, ranking.high) };
  return { top, ranking };
}

function bisect(good: number, bad: number, holds: (t: number) => boolean): number {
  let g = good;
  let b = bad;
  while (Math.abs(b - g) > BISECT_WIDTH) {
    const mid = (g + b) / 2;
    if (holds(mid)) g = mid;
    else b = mid;
  }
  return g;
}
