/**
 * The synergy game of a portfolio: v(T) = Σ_{i∈T} net_i + Σ_{i<j∈T} s_ij. A per-partner
 * overhead (DESIGN's coordinationCost) is additive, so callers fold it into `net`.
 */
import { fail, ok, type Result } from '../util/issues.js';
import { MAX_EXACT_PLAYERS } from './shapley-table.js';

export interface Synergy {
  readonly i: number;
  readonly j: number;
  readonly value: number;
}

/** Dense symmetric n×n matrix of synergies (row-major); repeated pairs add up. */
export function synergyMatrix(n: number, synergies: readonly Synergy[]): Float64Array {
  const s = new Float64Array(n * n);
  for (const { i, j, value } of synergies) {
    s[i * n + j] = (s[i * n + j] ?? 0) + value;
    s[j * n + i] = (s[j * n + i] ?? 0) + value;
  }
  return s;
}

/**
 * Exact Shapley value for any n: the game is additive plus one unanimity game per pair
 * (s_ij·u_{ij}), and the Shapley value of u_{ij} gives half to each of i and j.
 */
export function synergyShapley(
  net: readonly number[],
  synergies: readonly Synergy[],
): Float64Array {
  const phi = Float64Array.from(net);
  for (const { i, j, value } of synergies) {
    phi[i] = (phi[i] ?? 0) + value / 2;
    phi[j] = (phi[j] ?? 0) + value / 2;
  }
  return phi;
}

/**
 * v(T ∪ i) − v(T) = net_i + Σ_{j∈T} s_ij grows with T iff every s_ij ≥ 0: the game is
 * then convex (supermodular), so its core is non-empty and holds the Shapley value.
 */
export function isConvexSynergyGame(n: number, synergies: readonly Synergy[]): boolean {
  const s = synergyMatrix(n, synergies);
  return s.every((x) => x >= 0);
}

/**
 * The full value table, by DP over masks grouped by their highest bit h:
 * v(2^h + r) = v(r) + net_h + t_h(r) with t_h(r) = Σ_{j∈r} s_hj, and t_h itself by DP on
 * the lowest bit of r. Two sequential passes per h; O(2^n) in all.
 */
export function buildSynergyTable(
  net: readonly number[],
  synergies: readonly Synergy[],
): Result<Float64Array> {
  const n = net.length;
  if (n > MAX_EXACT_PLAYERS) {
    return fail([
      {
        code: 'too_many_players',
        path: ['players'],
        message: `a value table of ${n} players would hold 2^${n} numbers; at most ${MAX_EXACT_PLAYERS} players are tabulated`,
      },
    ]);
  }
  const s = synergyMatrix(n, synergies);
  const v = new Float64Array(2 ** n);
  for (let h = 0; h < n; h++) {
    const top = 1 << h;
    const row = h * n;
    // Pass 1: t_h(r) into the upper half (v[top + 0] stays 0).
    v[top] = 0;
    for (let r = 1; r < top; r++) {
      const low = r & -r;
      v[top + r] = (v[top + (r ^ low)] ?? 0) + (s[row + 31 - Math.clz32(low)] ?? 0);
    }
    // Pass 2: add the lower-half value and the player's own net.
    const own = net[h] ?? 0;
    for (let r = 0; r < top; r++) v[top + r] = (v[top + r] ?? 0) + (v[r] ?? 0) + own;
  }
  return ok(v);
}
