/**
 * Exact Shapley–Shubik power of a weighted voting game by counting. Hot loop kept
 * together on purpose.
 *
 * Player i is pivotal when the others before it weigh w ∈ [q − w_i, q); in a random order
 * the set before i is a uniformly random size k ∈ {0..n−1}, then a uniform k-subset, so
 * φ_i = (1/n) Σ_k P(a random k-subset of N∖i weighs in [q − w_i, q)).
 * The table Q[k][w] = #(k-subsets of weight w)/C(m, k) over m players is built by adding
 * players one at a time; normalising by C(m, k) keeps every entry in [0, 1], so no count
 * overflows for any n and no subtraction loses precision. Weights ≥ q are never needed.
 * The leave-one-out tables come from divide and conquer: a node covering players
 * [lo, hi) holds the table of everyone else, so each player is added O(log n) times:
 * O(n² q log n) time, O(n q log n) memory; only one player per distinct weight is a leaf.
 */
import { fail, ok, type Result } from '../util/issues.js';
import type { IntegerVotingGame } from './voting-weights.js';

/** About a second of work; larger games are sampled instead. */
export const MAX_VOTING_WORK = 5e8;
/** Doubles held by the tables at once (256 MiB). */
const MAX_VOTING_CELLS = 2 ** 25;

/** Adds one player of weight `wt` to a table over m players (in place, k descending). */
function addPlayer(table: Float64Array, m: number, wt: number, q: number, kMax: number): void {
  const m1 = m + 1;
  for (let k = Math.min(m1, kMax); k >= 0; k--) {
    const row = k * q;
    const stay = (m1 - k) / m1;
    const join = k / m1;
    const prev = row - q - wt;
    const split = k > 0 ? Math.min(wt, q) : q;
    for (let w = q - 1; w >= split; w--) {
      table[row + w] = (table[row + w] ?? 0) * stay + (table[prev + w] ?? 0) * join;
    }
    for (let w = split - 1; w >= 0; w--) table[row + w] = (table[row + w] ?? 0) * stay;
  }
}

/** Shapley–Shubik index of each player; sums to 1 when the grand coalition wins, else all 0. */
export function shapleyShubik(game: IntegerVotingGame): Result<Float64Array> {
  const { weights } = game;
  const q = game.quota;
  const n = weights.length;
  const phi = new Float64Array(n);
  if (n === 0) return ok(phi);
  // Equal weights mean equal power (symmetry), so only one player per distinct weight
  // needs its leave-one-out table; everyone else goes into the shared root table once.
  const representative = new Map<number, number>();
  weights.forEach((w, i) => {
    if (!representative.has(w)) representative.set(w, i);
  });
  const targets = [...representative.values()];
  const d = targets.length;
  const levels = Math.ceil(Math.log2(d)) + 1;
  const work = (n - d + d * levels) * n * q;
  if (work > MAX_VOTING_WORK || levels * n * q > MAX_VOTING_CELLS) {
    return fail([
      {
        code: 'voting_game_too_large',
        path: ['weights'],
        message: `exact counting would take about ${work.toExponential(1)} steps and ${levels} tables of ${n}×${q} (${n} players, quota ${q} after reduction); use sampling`,
      },
    ]);
  }
  const kMax = n - 1;
  // One table per recursion depth, reused by the left then the right child.
  const buffers = Array.from({ length: levels }, () => new Float64Array(n * q));
  const root = buffers[0];
  if (root === undefined) return ok(phi);
  root[0] = 1; // the empty set: size 0, weight 0, probability 1
  const isTarget = new Set(targets);
  let m = 0;
  weights.forEach((w, i) => {
    if (!isTarget.has(i)) addPlayer(root, m++, w, q, kMax);
  });

  const solve = (lo: number, hi: number, depth: number, size: number): void => {
    const table = buffers[depth];
    if (table === undefined) return;
    if (hi - lo === 1) {
      const from = Math.max(0, q - (weights[targets[lo] ?? 0] ?? 0));
      let p = 0;
      for (let k = 0; k <= kMax; k++) {
        for (let w = from; w < q; w++) p += table[k * q + w] ?? 0;
      }
      phi[targets[lo] ?? 0] = p / n;
      return;
    }
    const mid = (lo + hi) >> 1;
    const child = buffers[depth + 1];
    if (child === undefined) return;
    const descend = (keepLo: number, keepHi: number, addLo: number, addHi: number): void => {
      child.set(table);
      for (let t = addLo; t < addHi; t++) {
        addPlayer(child, size + t - addLo, weights[targets[t] ?? 0] ?? 0, q, kMax);
      }
      solve(keepLo, keepHi, depth + 1, size + addHi - addLo);
    };
    descend(lo, mid, mid, hi);
    descend(mid, hi, lo, mid);
  };
  solve(0, d, 0, m);
  weights.forEach((w, i) => {
    phi[i] = phi[representative.get(w) ?? i] ?? 0;
  });
  return ok(phi);
}
