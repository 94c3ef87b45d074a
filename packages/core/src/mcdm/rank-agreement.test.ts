import { describe, expect, test } from 'vitest';
import { createRng } from '../simulate/prng.js';
import {
  kendallTau,
  kendallTauByPairs,
  methodAgreement,
  spearman,
  weightedSpearman,
} from './rank-agreement.js';

describe('rank correlations', () => {
  test("Spearman's ρ with a tie: 0.8207826816681233 (SciPy's spearmanr example)", () => {
    // Reference: scipy.stats.spearmanr docs, x = [1, 2, 3, 4, 5], y = [5, 6, 7, 8, 7]; as
    // competition ranks y is 1, 2, 3, 5, 3.
    expect(spearman([1, 2, 3, 4, 5], [1, 2, 3, 5, 3])).toBeCloseTo(0.8207826816681233, 14);
  });

  test("Kendall's τ_b with ties: −0.47140452079103173 (SciPy's kendalltau example)", () => {
    // Reference: scipy.stats.kendalltau docs, x1 = [12, 2, 1, 12, 2], x2 = [1, 4, 7, 1, 0].
    expect(kendallTau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.47140452079103173, 14);
  });

  test("Kendall's τ_b by merge sort equals its pair-by-pair definition, ties and all", () => {
    const rng = createRng(20261207);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rng.next() * 60);
      // Few distinct values, so that ties in x, in y and in both are common.
      const levels = 1 + Math.floor(rng.next() * 8);
      const draw = () => Array.from({ length: n }, () => Math.floor(rng.next() * levels));
      const x = draw();
      const y = trial % 5 === 0 ? [...x] : draw();
      expect(kendallTau(x, y)).toBeCloseTo(kendallTauByPairs(x, y), 12);
    }
    // The edges: one partner, both rankings constant, one constant.
    expect(kendallTau([1], [1])).toBe(1);
    expect(kendallTau([1, 1, 1], [2, 2, 2])).toBe(1);
    expect(kendallTau([1, 1, 1], [1, 2, 3])).toBe(0);
    // Reversed, and the same: −1 and 1 exactly.
    expect(kendallTau([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    expect(kendallTau([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
  });

  test('weighted Spearman counts a swap at the top more than one at the bottom', () => {
    // Pinto da Costa & Soares (2005), r_w formula by hand with n = 5 (denominator 720):
    // top swap Σ = 1·(5 + 4) + 1·(4 + 5) = 18 → 1 − 108/720; bottom swap Σ = 6 → 1 − 36/720.
    expect(weightedSpearman([1, 2, 3, 4, 5], [2, 1, 3, 4, 5])).toBeCloseTo(0.85, 15);
    expect(weightedSpearman([1, 2, 3, 4, 5], [1, 2, 3, 5, 4])).toBeCloseTo(0.95, 15);
    expect(weightedSpearman([1, 2, 3], [1, 2, 3])).toBe(1);
  });

  test('methodAgreement lists every pair and the partners ranked most differently', () => {
    const { pairs, disagreements } = methodAgreement(['a', 'b', 'c'], {
      'weighted-sum': [1, 2, 3],
      promethee: [3, 2, 1],
      vikor: [1, 3, 2],
    });
    expect(pairs.map((p) => p.methods)).toStrictEqual([
      ['weighted-sum', 'promethee'],
      ['weighted-sum', 'vikor'],
      ['promethee', 'vikor'],
    ]);
    expect(pairs[0]?.spearman).toBeCloseTo(-1, 15);
    expect(disagreements.map((d) => [d.id, d.spread])).toStrictEqual([
      ['a', 2],
      ['c', 2],
      ['b', 1],
    ]);
  });
});
