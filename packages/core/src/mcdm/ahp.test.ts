import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateMatrices } from './aggregate-matrices.js';
import { ahp, RANDOM_INDEX } from './ahp.js';
import { mostInconsistentJudgement } from './inconsistent-judgement.js';

function value<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
}

/**
 * For a 3×3 reciprocal matrix with a12 = a, a13 = b, a23 = c the characteristic polynomial
 * gives λmax = 1 + ∛(ac/b) + ∛(b/(ac)) in closed form: a reference independent of power iteration.
 */
const lambda3 = (a: number, b: number, c: number) =>
  1 + Math.cbrt((a * c) / b) + Math.cbrt(b / (a * c));

describe('ahp', () => {
  it('reproduces the textbook 3×3 example', () => {
    // [[1,3,5],[1/3,1,2],[1/5,1/2,1]]: references from a 40-digit mpmath solve of (A − λI)w = 0,
    // whose residual A·w − λ·w is below 1e-40.
    const r = value(
      ahp([
        [1, 3, 5],
        [1 / 3, 1, 2],
        [1 / 5, 1 / 2, 1],
      ]),
    );
    expect(r.weights[0]).toBeCloseTo(0.6483290138222367, 12);
    expect(r.weights[1]).toBeCloseTo(0.2296507940626371, 12);
    expect(r.weights[2]).toBeCloseTo(0.1220201921151262, 12);
    expect(r.lambdaMax).toBeCloseTo(3.00369459806364, 12);
    expect(r.lambdaMax).toBeCloseTo(lambda3(3, 5, 2), 12);
    expect(r.ci).toBeCloseTo(0.00184729903181978, 12);
    expect(r.cr).toBeCloseTo(0.00318499833072376, 12);
    expect(r.ri).toBe(0.58);
    expect(r.consistent).toBe(true);
  });

  it('satisfies A·w = λmax·w on a 5×5 matrix', () => {
    const m = [
      [1, 2, 4, 1 / 3, 6],
      [1 / 2, 1, 3, 1 / 5, 5],
      [1 / 4, 1 / 3, 1, 1 / 7, 2],
      [3, 5, 7, 1, 9],
      [1 / 6, 1 / 5, 1 / 2, 1 / 9, 1],
    ];
    const r = value(ahp(m));
    const w = r.weights;
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14);
    m.forEach((row, i) => {
      const aw = row.reduce((s, a, j) => s + a * (w[j] ?? 0), 0);
      expect(aw).toBeCloseTo(r.lambdaMax * (w[i] ?? 0), 11);
    });
    expect(r.ri).toBe(1.12);
    expect(r.cr).toBeCloseTo(r.ci / 1.12, 15);
  });

  it('gives CR = 0 and the generating weights for a perfectly consistent matrix', () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    const m = w.map((wi) => w.map((wj) => wi / wj));
    const r = value(ahp(m));
    for (const [i, x] of r.weights.entries()) expect(x).toBeCloseTo(w[i] ?? 0, 12);
    expect(r.lambdaMax).toBeCloseTo(4, 12);
    expect(r.ci).toBeCloseTo(0, 12);
    expect(r.cr).toBeCloseTo(0, 12);
    expect(r.consistent).toBe(true);
  });

  it('flags a contradictory matrix as inconsistent', () => {
    // a > b (3), b > c (3), yet c > a (3): a cycle.
    const r = value(
      ahp([
        [1, 3, 1 / 3],
        [1 / 3, 1, 3],
        [3, 1 / 3, 1],
      ]),
    );
    expect(r.lambdaMax).toBeCloseTo(lambda3(3, 1 / 3, 3), 12);
    expect(r.cr).toBeCloseTo((r.lambdaMax - 3) / 2 / 0.58, 12);
    expect(r.cr).toBeGreaterThan(1);
    expect(r.consistent).toBe(false);
  });

  it('has CR = 0 for n ≤ 2 and uses Saaty’s RI up to 15', () => {
    expect(value(ahp([[1]]))).toMatchObject({ weights: [1], cr: 0, ci: 0, consistent: true });
    const two = value(
      ahp([
        [1, 4],
        [1 / 4, 1],
      ]),
    );
    expect(two.weights[0]).toBeCloseTo(0.8, 12);
    expect(two.cr).toBe(0);
    expect(RANDOM_INDEX).toHaveLength(15);
    const n15 = Array.from({ length: 15 }, () => Array.from({ length: 15 }, () => 1));
    expect(value(ahp(n15)).ri).toBe(1.59);
  });

  it('refuses more than 15 criteria, empty and malformed matrices', () => {
    const n16 = Array.from({ length: 16 }, () => Array.from({ length: 16 }, () => 1));
    const big = ahp(n16);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.issues[0]?.code).toBe('matrix_too_large');
    expect(ahp([]).ok).toBe(false);
    const bad = ahp([
      [1, 2],
      [2, 1],
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ code: 'not_reciprocal', path: [1, 0] });
  });

  it('matches the closed-form λmax for any 3×3 judgements on Saaty’s scale', () => {
    const scale = fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9);
    fc.assert(
      fc.property(scale, scale, scale, (a, b, c) => {
        const r = value(
          ahp([
            [1, a, b],
            [1 / a, 1, c],
            [1 / b, 1 / c, 1],
          ]),
        );
        expect(r.lambdaMax).toBeCloseTo(lambda3(a, b, c), 9);
        expect(r.ci).toBeGreaterThanOrEqual(0);
      }),
      { seed: 20240601, numRuns: 200 },
    );
  });
});

describe('aggregateMatrices', () => {
  it('takes the element-wise geometric mean, which stays reciprocal', () => {
    const agg = aggregateMatrices([
      [
        [1, 2],
        [1 / 2, 1],
      ],
      [
        [1, 8],
        [1 / 8, 1],
      ],
    ]);
    expect(agg[0]?.[1]).toBeCloseTo(4, 14);
    expect(agg[1]?.[0]).toBeCloseTo(1 / 4, 14);
    expect(agg[0]?.[0]).toBe(1);
    expect(aggregateMatrices([])).toEqual([]);
  });

  it('combines three assessors cell by cell', () => {
    const a = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ];
    const b = [
      [1, 1, 9],
      [1, 1, 4],
      [1 / 9, 1 / 4, 1],
    ];
    const c = [
      [1, 9, 3],
      [1 / 9, 1, 1],
      [1 / 3, 1, 1],
    ];
    const agg = aggregateMatrices([a, b, c]);
    expect(agg[0]?.[1]).toBeCloseTo(3, 14); // ∛(3·1·9)
    expect(agg[0]?.[2]).toBeCloseTo(Math.cbrt(135), 14);
    expect(agg[1]?.[2]).toBeCloseTo(2, 14); // ∛(2·4·1)
    expect((agg[2]?.[1] ?? 0) * (agg[1]?.[2] ?? 0)).toBeCloseTo(1, 14);
  });
});

describe('mostInconsistentJudgement', () => {
  it('points at the judgement furthest from the implied ratio', () => {
    // Consistent with w = (0.5, 0.25, 0.25) except a13, written 8 instead of 2.
    const m = [
      [1, 2, 8],
      [1 / 2, 1, 1],
      [1 / 8, 1, 1],
    ];
    const weights = [0.5, 0.25, 0.25];
    expect(mostInconsistentJudgement(m, weights)).toMatchObject({
      i: 0,
      j: 2,
      judgement: 8,
      implied: 2,
    });
    expect(mostInconsistentJudgement(m, weights)?.deviation).toBeCloseTo(Math.log(4), 14);
    expect(mostInconsistentJudgement([[1]], [1])).toBeUndefined();
  });
});
