import { describe, expect, test } from 'vitest';
import type { Distribution, Portfolio } from '../model/types.js';
import { parseSpecText } from '../spec/parse-spec.js';
import { smaa } from './smaa.js';
import { assessorSpread } from './smaa-scores.js';
import { tablePortfolio } from './test-support/portfolio.js';

const withSpread = (
  p: Portfolio,
  spread: Record<string, Record<string, Distribution>>,
): Portfolio => ({
  ...p,
  partners: p.partners.map((q) => {
    const d = spread[q.id];
    return d === undefined ? q : { ...q, scoreDistributions: d };
  }),
});

/**
 * A two-partner example integrated by hand from SMAA-2's definitions (Lahdelma & Salminen
 * 2001, "SMAA-2: stochastic multicriteria acceptability analysis for group decision
 * making", Oper. Res. 49(3): rank acceptability b_i^r (eq. 4), central weight vector w_i^c
 * (eq. 7), confidence factor p_i^c (eq. 8)), with weights uniform on the simplex and
 * raw values (`none`): a = (ξ, 0) with ξ ~ U(0, 1), b = (½, ½). With w = (t, 1 − t),
 * t ~ U(0, 1), a scores tξ and b scores ½, so a is first when tξ > ½:
 *
 *   b_a^1 = ∫_{½}^{1} (1 − ½/t) dt = ½ − ½ ln 2 = 0.153426
 *   w_a^c = ∫_{½}^{1} t (1 − ½/t) dt / b_a^1 = ⅛ / 0.153426 = 0.814727 (on tech)
 *   p_a^c = P(0.814727 ξ > ½) = 1 − ½ / 0.814727 = 0.386298
 *   w_b^c = (½ − ⅛) / (1 − 0.153426) = 0.442962, and p_b^c = P(0.442962 ξ ≤ ½) = 1.
 */
const example = () =>
  withSpread(
    tablePortfolio({
      criteria: [
        ['tech', 'benefit'],
        ['market', 'benefit'],
      ],
      partners: { a: [0.5, 0], b: [0.5, 0.5] },
      normalization: 'none',
      weighting: { method: 'smaa' },
    }),
    { a: { tech: { kind: 'uniform', min: 0, max: 1 } } },
  );

describe('SMAA-2 with uncertain scores', () => {
  test('the hand-integrated example: acceptability, central weights and confidence factors', () => {
    const r = smaa(example(), { samples: 40_000, seed: 3, method: 'weighted-sum' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const { acceptability: b, central, confidence } = r.value;
    const bA = 0.5 - 0.5 * Math.LN2;
    // 40,000 samples: the standard error of b_a^1 is 0.0018.
    expect(Math.abs((b[0] ?? 0) - bA)).toBeLessThan(0.008);
    expect(Math.abs((b[2] ?? 0) - (1 - bA))).toBeLessThan(0.008);
    expect(Math.abs((central[0] ?? 0) - 0.125 / bA)).toBeLessThan(0.01);
    expect(Math.abs((central[2] ?? 0) - 0.375 / (1 - bA))).toBeLessThan(0.01);
    // 10,000 criteria draws: the standard error of p_a^c is 0.005.
    expect(Math.abs((confidence[0] ?? 0) - (1 - 0.5 / (0.125 / bA)))).toBeLessThan(0.02);
    expect(confidence[1]).toBe(1);
  });

  test('the same seed gives the same answer; another seed a different one', () => {
    const run = (seed: number) => {
      const r = smaa(example(), { samples: 3_000, seed, method: 'promethee' });
      if (!r.ok) throw new Error('expected a result');
      return [...r.value.acceptability, ...r.value.confidence];
    };
    expect(run(7)).toStrictEqual(run(7));
    expect(run(7)).not.toStrictEqual(run(8));
  });

  test('spreads that cannot change the order leave the exact answer (confidence 1 or 0)', () => {
    const exact = tablePortfolio({
      criteria: [
        ['tech', 'benefit'],
        ['market', 'benefit'],
      ],
      partners: { a: [9, 9], b: [5, 5], c: [1, 1] },
      normalization: 'none',
      weighting: { method: 'smaa' },
    });
    const spread = withSpread(exact, {
      a: { tech: { kind: 'uniform', min: 8, max: 10 } },
      b: { market: { kind: 'triangular', min: 4, mode: 5, max: 6 } },
    });
    for (const method of ['weighted-sum', 'topsis', 'vikor'] as const) {
      const r = smaa(spread, { samples: 2_000, seed: 1, method });
      if (!r.ok) throw new Error(method);
      expect([...r.value.acceptability], method).toStrictEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
      expect([...r.value.confidence], method).toStrictEqual([1, 0, 0]);
    }
  });

  test('assessor spread: uniform between the lowest and highest score; agreement is exact', () => {
    expect(assessorSpread([6, 8, 7])).toStrictEqual({ kind: 'uniform', min: 6, max: 8 });
    expect(assessorSpread([5, 5])).toStrictEqual({ kind: 'fixed', value: 5 });
    expect(assessorSpread([])).toBeUndefined();
  });
});

describe('scoreDistributions in the spec', () => {
  const spec = (spread: string) => `
version: 1
organization: T
unit: points
criteria:
  - { id: tech, name: Tech, kind: benefit, weight: 1 }
partners:
  - { id: a, kind: academic, scores: { tech: 5 }, scoreDistributions: ${spread}, cost: 1, return: 2 }
`;

  test('a range reaches the portfolio as a distribution', () => {
    const r = parseSpecText(spec('{ tech: { uniform: [4, 6] } }'));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.portfolio.partners[0]?.scoreDistributions).toStrictEqual({
      tech: { kind: 'uniform', min: 4, max: 6 },
    });
  });

  test('an unknown criterion and a bad range are issues naming their path', () => {
    const r = parseSpecText(spec('{ tehc: { uniform: [4, 6] } }'));
    expect(!r.ok && r.issues[0]?.path).toStrictEqual(['partners', 0, 'scoreDistributions', 'tehc']);
    const bad = parseSpecText(spec('{ tech: { uniform: [6, 4] } }'));
    expect(!bad.ok && bad.issues[0]?.path.slice(0, 4)).toStrictEqual([
      'partners',
      0,
      'scoreDistributions',
      'tech',
    ]);
  });
});
