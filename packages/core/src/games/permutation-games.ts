/**
 * Games as the permutation sampler sees them: given an order of arrival, the marginal
 * contribution of every player. Each adapter evaluates a whole order incrementally, so a
 * sample costs one pass and no allocation.
 */
export interface PermutationGame {
  readonly size: number;
  /** out[p] = v(B_p ∪ {p}) − v(B_p), where B_p are the players before p in `order`. */
  marginals(order: Int32Array, out: Float64Array): void;
}

/**
 * Any value function of a coalition given as a number whose bit i (value 2^i) is player i.
 * Masks are built arithmetically, so up to 52 players stay exact integers; bitwise
 * operators on the mask are only safe below 31 players.
 */
export function maskValueGame(size: number, value: (mask: number) => number): PermutationGame {
  return {
    size,
    marginals(order, out) {
      let mask = 0;
      let before = value(0);
      for (const p of order) {
        mask += 2 ** p;
        const after = value(mask);
        out[p] = after - before;
        before = after;
      }
    },
  };
}

/**
 * Any value function of a coalition given as membership flags (members[i] = 1 when i is
 * in). The array is reused between calls: read it, do not keep or change it.
 */
export function memberValueGame(
  size: number,
  value: (members: Uint8Array) => number,
): PermutationGame {
  const members = new Uint8Array(size);
  return {
    size,
    marginals(order, out) {
      members.fill(0);
      let before = value(members);
      for (const p of order) {
        members[p] = 1;
        const after = value(members);
        out[p] = after - before;
        before = after;
      }
    },
  };
}

/** A value table indexed by bitmask (at most 30 players, as tables go). */
export function tablePermutationGame(values: Float64Array, size: number): PermutationGame {
  return maskValueGame(size, (mask) => values[mask] ?? 0);
}

/** A weighted voting game (any real weights): the pivot gets 1, everyone else 0. */
export function votingPermutationGame(quota: number, weights: readonly number[]): PermutationGame {
  return {
    size: weights.length,
    marginals(order, out) {
      out.fill(0);
      // An empty coalition that already wins has no pivot: everyone contributes 0.
      if (quota <= 0) return;
      let sum = 0;
      for (const p of order) {
        sum += weights[p] ?? 0;
        if (sum >= quota) {
          out[p] = 1;
          return;
        }
      }
    },
  };
}

/** The airport cost game: each arrival pays what its need adds to the largest so far. */
export function airportPermutationGame(costs: readonly number[]): PermutationGame {
  return {
    size: costs.length,
    marginals(order, out) {
      let highest = 0;
      for (const p of order) {
        const c = costs[p] ?? 0;
        out[p] = c > highest ? c - highest : 0;
        if (c > highest) highest = c;
      }
    },
  };
}
