/** A closed range of one criterion's weight over which something about the ranking holds. */
export interface StabilityInterval {
  readonly low: number;
  readonly high: number;
}

/** The pairs of partners (p listed before q) whose order must hold. */
export interface OrderPairs {
  /** The first-listed partner against every other: the first choice stays first. */
  readonly top: readonly (readonly [number, number])[];
  /**
   * Neighbours in the current order. If every neighbour keeps its order, the whole order is
   * still sorted, and a sorted sequence is ordered between any two members by transitivity;
   * conversely an overtaking between non-neighbours implies some neighbour pair is out of
   * order. So m − 1 pairs decide the whole ranking, not m(m − 1)/2.
   */
  readonly ranking: readonly (readonly [number, number])[];
}

export function orderPairs(order: Int32Array): OrderPairs {
  const top: [number, number][] = [];
  const ranking: [number, number][] = [];
  const first = order[0] ?? 0;
  for (let pos = 1; pos < order.length; pos++) {
    top.push([first, order[pos] ?? 0]);
    ranking.push([order[pos - 1] ?? 0, order[pos] ?? 0]);
  }
  return { top, ranking };
}
