import { describe, expect, it } from 'vitest';
import { maskValueGame } from './permutation-games.js';
import type { Synergy } from './synergy-game.js';
import { synergyPermutationGame } from './synergy-permutation-game.js';
import { expectClose } from './test-support/expect-close.js';
import { seededRng } from './test-support/seeded-rng.js';

/** v(T) from the definition, for masks as numbers (bit i = 2^i). */
const definitionValue =
  (net: readonly number[], synergies: readonly Synergy[]) => (mask: number) => {
    const member = (i: number) => Math.floor(mask / 2 ** i) % 2 === 1;
    let v = 0;
    net.forEach((x, i) => {
      if (member(i)) v += x;
    });
    for (const { i, j, value } of synergies) if (member(i) && member(j)) v += value;
    return v;
  };

describe('synergyPermutationGame', () => {
  const rng = seededRng(101);
  const n = 13;
  const net = Array.from({ length: n }, () => rng.next() - 0.5);
  const all: Synergy[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) all.push({ i, j, value: rng.next() - 0.5 });
  // Every pair: the dense layout. Every seventh pair, one repeated: the sparse layout.
  const few = all.filter((_, k) => k % 7 === 0);
  const cases = { dense: all, sparse: [...few, ...few.slice(0, 1)] };

  for (const [layout, synergies] of Object.entries(cases)) {
    it(`gives each arrival its marginal contribution (${layout} layout)`, () => {
      const fast = synergyPermutationGame(net, synergies);
      const reference = maskValueGame(n, definitionValue(net, synergies));
      const order = Int32Array.from({ length: n }, (_, i) => i);
      const a = new Float64Array(n);
      const b = new Float64Array(n);
      for (let trial = 0; trial < 20; trial++) {
        order.sort(() => rng.next() - 0.5);
        fast.marginals(order, a);
        reference.marginals(order, b);
        expectClose(a, b, 12);
      }
      expect(fast.size).toBe(n);
    });
  }
});
