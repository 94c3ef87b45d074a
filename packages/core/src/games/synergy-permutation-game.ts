/**
 * The synergy game for the permutation sampler, without a table. Hot loops kept together
 * on purpose. A player's marginal contribution is net_p + Σ_{j before p} s_pj, so each
 * pair's synergy goes to whichever of the two arrives second. Two layouts, chosen by
 * density (measured on n = 100, 10^4 orders):
 * - sparse: one scan of the pair list per order, O(n + pairs), ~4 ns a pair (the
 *   positions are random reads);
 * - dense: row p of the synergy matrix dotted with the 0/1 "arrived" vector as p arrives,
 *   O(n²) but sequential and unrolled, ~0.8 ns a cell; cheaper once pairs > n²/5.
 */
import type { PermutationGame } from './permutation-games.js';
import { type Synergy, synergyMatrix } from './synergy-game.js';

/** The dense matrix holds n² doubles: 2000 players is 32 MB. */
const MAX_DENSE_PLAYERS = 2000;

export function synergyPermutationGame(
  net: readonly number[],
  synergies: readonly Synergy[],
): PermutationGame {
  const size = net.length;
  const dense = synergies.length * 5 > size * size && size <= MAX_DENSE_PLAYERS;
  return dense ? denseGame(net, synergyMatrix(size, synergies)) : sparseGame(net, synergies);
}

function sparseGame(net: readonly number[], synergies: readonly Synergy[]): PermutationGame {
  const size = net.length;
  const first = Int32Array.from(synergies, (s) => s.i);
  const second = Int32Array.from(synergies, (s) => s.j);
  const amount = Float64Array.from(synergies, (s) => s.value);
  const position = new Int32Array(size);
  return {
    size,
    marginals(order, out) {
      for (let k = 0; k < size; k++) {
        const p = order[k] ?? 0;
        position[p] = k;
        out[p] = net[p] ?? 0;
      }
      for (let e = 0; e < amount.length; e++) {
        const i = first[e] ?? 0;
        const j = second[e] ?? 0;
        // Branch-free (sign bit of pos_j − pos_i): which one comes later is a coin flip.
        const later = j + (((position[j] ?? 0) - (position[i] ?? 0)) >>> 31) * (i - j);
        out[later] = (out[later] ?? 0) + (amount[e] ?? 0);
      }
    },
  };
}

function denseGame(net: readonly number[], s: Float64Array): PermutationGame {
  const size = net.length;
  const arrived = new Float64Array(size);
  return {
    size,
    marginals(order, out) {
      arrived.fill(0);
      for (let k = 0; k < size; k++) {
        const p = order[k] ?? 0;
        const row = p * size;
        // Four accumulators break the chain of dependent additions.
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        let j = 0;
        for (; j + 3 < size; j += 4) {
          a0 += (s[row + j] ?? 0) * (arrived[j] ?? 0);
          a1 += (s[row + j + 1] ?? 0) * (arrived[j + 1] ?? 0);
          a2 += (s[row + j + 2] ?? 0) * (arrived[j + 2] ?? 0);
          a3 += (s[row + j + 3] ?? 0) * (arrived[j + 3] ?? 0);
        }
        for (; j < size; j++) a0 += (s[row + j] ?? 0) * (arrived[j] ?? 0);
        out[p] = (net[p] ?? 0) + (a0 + a1 + a2 + a3);
        arrived[p] = 1;
      }
    },
  };
}
