/**
 * Core non-emptiness of a tabulated game by linear programming with row generation.
 * Cost games run as the profit game −c (see `Sign`); answers come back in game terms.
 */

import type { Message } from '../util/message.js';
import { largestExcesses, type Sign } from './coalition-scan.js';
import { coreReason } from './core-reason.js';
import type { LpRow, LpSolve } from './lp.js';
import type { GameType } from './types.js';

/**
 * LP decisions are relative to max |v|. HiGHS's primal feasibility tolerance is 1e-7, so a
 * tighter bar would chase solver noise; a core that is empty by less than this is
 * reported non-empty.
 */
export const LP_TOLERANCE = 1e-6;
/** Row generation adds up to n coalitions a round; in practice a few dozen rounds suffice. */
const MAX_ROUNDS = 200;

/** max |v(T)|, so that tolerances are relative; 1 for the zero game. */
export function valueScale(values: Float64Array): number {
  let scale = 0;
  for (const v of values) scale = Math.max(scale, Math.abs(v));
  return scale > 0 ? scale : 1;
}

export interface LpCoreAnswer {
  readonly nonEmpty: boolean | null;
  /** A core allocation (game terms) when non-empty. */
  readonly allocation?: readonly number[];
  /** The relaxation's least-core ε when the answer was reached (a lower bound; > 0 ⇒ empty). */
  readonly epsilon?: number;
  readonly rounds: number;
  readonly reason?: string;
  readonly because?: Message;
}

/**
 * The core is non-empty iff the least-core LP, min ε s.t. x(N) = v(N) and
 * x(T) + ε ≥ v(T) for every other T, has ε* ≤ 0. (This is the LP min x(N) s.t. x(T) ≥ v(T)
 * compared with v(N), shifted so that its solutions sit inside the core, not at a corner.)
 *
 * Row generation: start from the singletons and N, then repeatedly add the most violated
 * coalitions found by scanning the table, so 25 players never need 2^25 rows. Two early
 * exits make full convergence unnecessary: a relaxation with ε* > 0 already proves the
 * core empty (more rows only raise ε*), and a point that violates no coalition is a core
 * allocation, a certificate.
 *
 * Plain cutting planes (separating at each LP vertex) zigzag: on 25-player synergy games
 * with thin cores they took 166 to over 200 rounds (20+ s). So separation happens first at
 * the midpoint of the LP solution and a stability centre (the running mean of the LP
 * solutions, seeded with `center` when given), and at the LP solution itself only when
 * the midpoint yields no new row; the same games then settle in 17 rounds (~2 s).
 */
export async function lpCoreNonEmpty(
  values: Float64Array,
  n: number,
  type: GameType,
  lp: LpSolve,
  center?: ArrayLike<number>,
): Promise<LpCoreAnswer> {
  const sign: Sign = type === 'cost' ? -1 : 1;
  // One player (or none): the core is {v(N)}, and the LP would have no row bounding ε.
  if (n <= 1) return { nonEmpty: true, allocation: n === 1 ? [values[1] ?? 0] : [], rounds: 0 };
  const scale = valueScale(values);
  const tolerance = LP_TOLERANCE * scale;
  const v = (mask: number): number => (sign * (values[mask] ?? 0)) / scale;
  const grand = 2 ** n - 1;
  const rowOf = (mask: number): LpRow => {
    const columns: number[] = [];
    for (let i = 0; i < n; i++) if (Math.floor(mask / 2 ** i) % 2 === 1) columns.push(i);
    columns.push(n); // ε
    return { columns, coefficients: columns.map(() => 1), lower: v(mask), upper: Infinity };
  };
  const everyone = Array.from({ length: n }, (_, i) => i);
  const rows: LpRow[] = [
    { columns: everyone, coefficients: everyone.map(() => 1), lower: v(grand), upper: v(grand) },
  ];
  const present = new Set<number>([grand]);
  for (let i = 0; i < n; i++) {
    present.add(2 ** i);
    rows.push(rowOf(2 ** i));
  }
  const free = Array.from({ length: n + 1 }, () => Number.NEGATIVE_INFINITY);
  // Profit terms throughout (a cost share is −x); `sign` turns answers back.
  let centre = center === undefined ? undefined : everyone.map((i) => sign * (center[i] ?? 0));
  let solutions = center === undefined ? 0 : 1;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const solution = await lp({
      sense: 'minimize',
      objective: free.map((_, k) => (k === n ? 1 : 0)),
      columnLower: free,
      columnUpper: free.map(() => Number.POSITIVE_INFINITY),
      rows,
    });
    if (solution.status !== 'optimal') {
      return {
        nonEmpty: null,
        rounds: round,
        ...coreReason('games.core.lp_ended', { status: solution.status }),
      };
    }
    const epsilon = solution.objective;
    if (epsilon > LP_TOLERANCE) return { nonEmpty: false, epsilon, rounds: round };
    const x = everyone.map((i) => (solution.values[i] ?? 0) * scale);
    const c = centre ?? x;
    const points = [everyone.map((i) => ((x[i] ?? 0) + (c[i] ?? 0)) / 2), x];
    let fresh: number[] = [];
    for (const point of points) {
      const violated = largestExcesses(values, n, sign, point, tolerance, n);
      if (violated.length === 0) {
        return { nonEmpty: true, allocation: point.map((p) => sign * p), epsilon, rounds: round };
      }
      fresh = violated.map((e) => e.mask).filter((mask) => !present.has(mask));
      if (fresh.length > 0) break;
    }
    // Only rows the solver already satisfies within its own tolerance are violated: ε* sits
    // within that tolerance of 0, so the core is empty by less than LP_TOLERANCE at most.
    if (fresh.length === 0) {
      return { nonEmpty: true, allocation: x.map((p) => sign * p), epsilon, rounds: round };
    }
    for (const mask of fresh) {
      present.add(mask);
      rows.push(rowOf(mask));
    }
    solutions++;
    centre = everyone.map((i) => (c[i] ?? 0) + ((x[i] ?? 0) - (c[i] ?? 0)) / solutions);
  }
  return {
    nonEmpty: null,
    rounds: MAX_ROUNDS,
    ...coreReason('games.core.unsettled', { rounds: MAX_ROUNDS }),
  };
}
