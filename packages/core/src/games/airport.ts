/**
 * Airport games: a shared facility (a compute cluster, a data platform) whose cost is set
 * by its most demanding user, c(T) = max_{i∈T} c_i. The game is concave (submodular), so
 * its core is never empty and contains the Shapley value (Shapley 1971): no core LP needed.
 */
import { fail, ok, type Result } from '../util/issues.js';
import { MAX_EXACT_PLAYERS } from './shapley-table.js';

/**
 * Exact Shapley value by the sequential equal-share rule (Littlechild & Owen 1973): with
 * costs sorted c_(1) ≤ … ≤ c_(n), each increment c_(j) − c_(j−1) is shared equally by the
 * n − j + 1 players who need at least c_(j). O(n log n) for the sort.
 */
export function airportShapley(costs: readonly number[]): Float64Array {
  const n = costs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (costs[a] ?? 0) - (costs[b] ?? 0),
  );
  const phi = new Float64Array(n);
  let share = 0;
  let previous = 0;
  order.forEach((player, j) => {
    const c = costs[player] ?? 0;
    share += (c - previous) / (n - j);
    previous = c;
    phi[player] = share;
  });
  return phi;
}

/** c(T) = max_{i∈T} c_i for every coalition (for the core LP and the tests); n ≤ 25. */
export function airportCostTable(costs: readonly number[]): Result<Float64Array> {
  const n = costs.length;
  if (n > MAX_EXACT_PLAYERS) {
    return fail([
      {
        code: 'too_many_players',
        path: ['players'],
        message: `a value table of ${n} players would hold 2^${n} numbers; at most ${MAX_EXACT_PLAYERS} players are tabulated`,
      },
    ]);
  }
  const table = new Float64Array(2 ** n);
  for (let mask = 1; mask < table.length; mask++) {
    const low = mask & -mask;
    table[mask] = Math.max(table[mask ^ low] ?? 0, costs[31 - Math.clz32(low)] ?? 0);
  }
  return ok(table);
}
