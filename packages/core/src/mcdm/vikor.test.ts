import { describe, expect, test } from 'vitest';
import type { CriterionKind } from '../model/types.js';
import { createRng } from '../simulate/prng.js';
import { vikor, vikorAcceptance } from './vikor.js';

const run = (rows: number[][], kinds: CriterionKind[], w: number[], v = 0.5) =>
  vikor(Float64Array.from(rows.flat()), rows.length, kinds.length, kinds, w, v);
const ascending = (q: Float64Array) => [...q.keys()].sort((a, b) => (q[a] ?? 0) - (q[b] ?? 0));

describe('VIKOR', () => {
  test('JMcDM test matrix: Q = 0.74, 0.73, 1.0, 0.0 (v = 0.5)', () => {
    // Reference: JMcDM.jl test/testvikor.jl ("VIKOR" testset), 4 alternatives × 8 benefit
    // criteria, weights as below; the package checks Q to ±0.01 and best = alternative 4.
    const w = [0.11, 0.035, 0.379, 0.384, 0.002, 0.002, 0.01, 0.077];
    const rows = [
      [100, 92, 10, 2, 80, 70, 95, 80],
      [80, 70, 8, 4, 100, 80, 80, 90],
      [90, 85, 5, 0, 75, 95, 70, 70],
      [70, 88, 20, 18, 60, 90, 95, 85],
    ];
    const r = run(rows, Array(8).fill('benefit'), w);
    const expected = [0.74, 0.73, 1.0, 0.0];
    expected.forEach((q, j) => {
      expect(Math.abs((r.Q[j] ?? 0) - q)).toBeLessThan(0.01);
    });
    // Alternative 4 is best on S and R too: both conditions hold, it alone is the compromise.
    const acceptance = vikorAcceptance(r, ascending(r.Q));
    expect(acceptance).toMatchObject({
      acceptableAdvantage: true,
      acceptableStability: true,
      dq: 1 / 3,
      compromise: [3],
    });
  });

  test('S and R by hand on a cost and a benefit criterion', () => {
    // f*: cost 1, benefit 9; f⁻: cost 3, benefit 5. Partner b: S = 0.6·1 + 0.4·0.5 = 0.8.
    const r = run(
      [
        [1, 5],
        [3, 7],
        [2, 9],
      ],
      ['cost', 'benefit'],
      [0.6, 0.4],
    );
    expect([...r.S]).toStrictEqual([0.4, 0.8, 0.3]);
    expect([...r.R]).toStrictEqual([0.4, 0.6, 0.3]);
    // S* = 0.3, S⁻ = 0.8, R* = 0.3, R⁻ = 0.6.
    expect(r.Q[0]).toBeCloseTo(0.5 * 0.2 + 0.5 * (1 / 3), 15);
    expect(r.Q[2]).toBe(0);
  });

  test('a criterion on which all partners are equal contributes 0', () => {
    const r = run(
      [
        [1, 4],
        [2, 4],
      ],
      ['benefit', 'benefit'],
      [0.5, 0.5],
    );
    expect([...r.S]).toStrictEqual([0.5, 0]);
  });

  test('C1 fails: the compromise is every partner within DQ of the best', () => {
    // Q = 0, 0.2, 0.4, 1 with DQ = 1/3: a′ and a″ are within DQ, the third is not.
    const result = {
      S: Float64Array.of(0, 0.2, 0.4, 1),
      R: Float64Array.of(0, 0.2, 0.4, 1),
      Q: Float64Array.of(0, 0.2, 0.4, 1),
    };
    const acceptance = vikorAcceptance(result, [0, 1, 2, 3]);
    expect(acceptance.acceptableAdvantage).toBe(false);
    expect(acceptance.compromise).toStrictEqual([0, 1]);
  });

  test('C2 fails: a′ and a″ are the compromise', () => {
    const result = {
      S: Float64Array.of(0.3, 0.1, 0.9),
      R: Float64Array.of(0.2, 0.1, 0.9),
      Q: Float64Array.of(0, 0.6, 1),
    };
    const acceptance = vikorAcceptance(result, [0, 1, 2]);
    expect(acceptance).toMatchObject({ acceptableAdvantage: true, acceptableStability: false });
    expect(acceptance.compromise).toStrictEqual([0, 1]);
  });

  test('properties: a dominating partner has lower Q; adding a constant changes nothing', () => {
    const rng = createRng(9);
    for (let trial = 0; trial < 20; trial++) {
      const rows = Array.from({ length: 6 }, () => [rng.next() * 10, rng.next(), rng.next() * 3]);
      rows[0] = [(rows[1]?.[0] ?? 0) + 1, (rows[1]?.[1] ?? 0) - 0.1, rows[1]?.[2] ?? 0];
      const kinds: CriterionKind[] = ['benefit', 'cost', 'benefit'];
      const w = [0.5, 0.3, 0.2];
      const r = run(rows, kinds, w);
      expect(r.Q[0]).toBeLessThanOrEqual(r.Q[1] ?? 0);
      const shifted = run(
        rows.map(([a, b, c]) => [(a ?? 0) + 50, (b ?? 0) + 2, c ?? 0]),
        kinds,
        w,
      );
      for (let j = 0; j < 6; j++) expect(shifted.Q[j]).toBeCloseTo(r.Q[j] ?? 0, 10);
    }
  });
});
