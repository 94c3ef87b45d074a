/**
 * Exact Shapley value from a full value table. Hot loop kept together on purpose: the
 * table is walked in cache-sized blocks so that n = 25 (2^25 coalitions) needs no
 * per-subset allocation and no second table.
 *
 * φ_i = Σ_{S ⊆ N∖i} w(|S|)·(v(S∪i) − v(S)), w(k) = k!(n−k−1)!/n!, regrouped by coalition:
 * φ_i = Σ_{T∋i} (w(|T|−1) + w(|T|))·v(T) − Σ_T w(|T|)·v(T)   (with w(n) = 0).
 * The second sum is one number for all players; the first is, for each bit i, the sum of a
 * coefficient array over the masks having bit i set, computed by halving (folding) each
 * block: O(2^n) in all instead of n·2^(n−1).
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';

/** Largest game solved exactly by enumeration: 2^25 values are 256 MiB already. */
export const MAX_EXACT_PLAYERS = 25;

/** 2^12 doubles = 32 KiB: one block stays in the L1/L2 cache while it is folded. */
const BLOCK_BITS = 12;

/** w(k) = k!(n−k−1)!/n! for k = 0..n−1, and w(n) = 0; by the ratio w(k)/w(k−1) = k/(n−k). */
export function shapleyWeights(n: number): Float64Array {
  const w = new Float64Array(n + 1);
  if (n === 0) return w;
  w[0] = 1 / n;
  for (let k = 1; k < n; k++) w[k] = ((w[k - 1] ?? 0) * k) / (n - k);
  return w;
}

/** Number of set bits for every value below 2^bits. */
export function popcountTable(bits: number): Uint8Array {
  const table = new Uint8Array(1 << bits);
  for (let m = 1; m < table.length; m++) table[m] = (table[m >> 1] ?? 0) + (m & 1);
  return table;
}

export function checkTable(values: Float64Array, n: number): Issue[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_EXACT_PLAYERS) {
    return [
      {
        code: 'too_many_players',
        path: ['players'],
        message: `exact enumeration handles at most ${MAX_EXACT_PLAYERS} players, not ${n}; use sampling (it gives a confidence interval)`,
      },
    ];
  }
  if (values.length !== 2 ** n) {
    return [
      {
        code: 'table_size',
        path: ['values'],
        message: `a game of ${n} players needs ${2 ** n} coalition values (one per subset), not ${values.length}`,
      },
    ];
  }
  return [];
}

/** Exact Shapley value of the game whose v(T) is `values[mask of T]` (bit i = player i). */
export function shapleyFromTable(values: Float64Array, n: number): Result<Float64Array> {
  const issues = checkTable(values, n);
  if (issues.length > 0) return fail(issues);
  const phi = new Float64Array(n);
  if (n === 0) return ok(phi);
  const w = shapleyWeights(n);
  const inCoef = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) inCoef[k] = (w[k - 1] ?? 0) + (w[k] ?? 0);
  const lowBits = Math.min(n, BLOCK_BITS);
  const blockSize = 1 << lowBits;
  const blocks = 1 << (n - lowBits);
  const pop = popcountTable(lowBits);
  const buf = new Float64Array(blockSize);
  let outSum = 0;
  for (let h = 0; h < blocks; h++) {
    const base = h * blockSize;
    let highPop = 0;
    for (let m = h; m !== 0; m &= m - 1) highPop++;
    // Per-block partial sum: keeps the rounding error of 2^25 additions near √ growth.
    let blockOut = 0;
    for (let j = 0; j < blockSize; j++) {
      const k = highPop + (pop[j] ?? 0);
      const v = values[base + j] ?? 0;
      buf[j] = (inCoef[k] ?? 0) * v;
      blockOut += (w[k] ?? 0) * v;
    }
    outSum += blockOut;
    for (let bit = lowBits - 1; bit >= 0; bit--) {
      const half = 1 << bit;
      let upper = 0;
      for (let j = 0; j < half; j++) {
        const u = buf[half + j] ?? 0;
        upper += u;
        buf[j] = (buf[j] ?? 0) + u;
      }
      phi[bit] = (phi[bit] ?? 0) + upper;
    }
    const total = buf[0] ?? 0;
    for (let t = 0, m = h; m !== 0; t++, m >>= 1) {
      if (m & 1) phi[lowBits + t] = (phi[lowBits + t] ?? 0) + total;
    }
  }
  for (let i = 0; i < n; i++) phi[i] = (phi[i] ?? 0) - outSum;
  return ok(phi);
}
