import { describe, expect, it } from 'vitest';
import type { CriterionKind, Normalization } from '../model/types.js';
import { columnTransforms, type NormalizeFor, normalizeMatrix } from './normalize.js';

// The worked table (rows a, b, c; columns tech, market: benefits; risk: a cost):
//   a: 3 1 2    ‖tech‖ = 5, ‖market‖ = 3, ‖risk‖ = 6
//   b: 4 2 4
//   c: 0 2 4
const TABLE = Float64Array.from([3, 1, 2, 4, 2, 4, 0, 2, 4]);
const KINDS: CriterionKind[] = ['benefit', 'benefit', 'cost'];

function normalized(
  normalization: Normalization,
  target: NormalizeFor,
  values = TABLE,
  kinds = KINDS,
): number[][] {
  const n = kinds.length;
  const m = values.length / n;
  const out = normalizeMatrix(
    values,
    m,
    n,
    columnTransforms(values, m, n, kinds, normalization, target),
  );
  return Array.from({ length: m }, (_, i) => Array.from(out.subarray(i * n, i * n + n)));
}

function expectMatrix(actual: number[][], expected: number[][]) {
  expect(actual).toHaveLength(expected.length);
  for (const [i, row] of expected.entries()) {
    for (const [k, x] of row.entries()) expect(actual[i]?.[k]).toBeCloseTo(x, 14);
  }
}

describe('normalisation for the weighted sum (cost columns reversed)', () => {
  const cases: [Normalization, number[][]][] = [
    // x/‖x‖; cost 1 − x/‖x‖
    [
      'vector',
      [
        [3 / 5, 1 / 3, 1 - 2 / 6],
        [4 / 5, 2 / 3, 1 - 4 / 6],
        [0, 2 / 3, 1 - 4 / 6],
      ],
    ],
    // (x − min)/(max − min); cost (max − x)/(max − min)
    [
      'minmax',
      [
        [3 / 4, 0, 1],
        [1, 1, 0],
        [0, 1, 0],
      ],
    ],
    // x/max; cost 1 − x/max
    [
      'max',
      [
        [3 / 4, 1 / 2, 1 / 2],
        [1, 1, 0],
        [0, 1, 0],
      ],
    ],
    // x/Σx; cost (1/x)/Σ(1/x) with Σ(1/x) = 1/2 + 1/4 + 1/4 = 1
    [
      'sum',
      [
        [3 / 7, 1 / 5, 1 / 2],
        [4 / 7, 2 / 5, 1 / 4],
        [0, 2 / 5, 1 / 4],
      ],
    ],
    // raw; a cost subtracts
    [
      'none',
      [
        [3, 1, -2],
        [4, 2, -4],
        [0, 2, -4],
      ],
    ],
  ];
  it.each(cases)('%s', (normalization, expected) => {
    expectMatrix(normalized(normalization, 'weighted-sum'), expected);
  });
});

describe('normalisation for TOPSIS (same transforms, cost columns not reversed)', () => {
  const cases: [Normalization, number[]][] = [
    ['vector', [2 / 6, 4 / 6, 4 / 6]],
    ['minmax', [0, 1, 1]],
    ['max', [1 / 2, 1, 1]],
    ['sum', [2 / 10, 4 / 10, 4 / 10]],
    ['none', [2, 4, 4]],
  ];
  it.each(cases)('%s', (normalization, risk) => {
    const out = normalized(normalization, 'topsis');
    const benefit = normalized(normalization, 'weighted-sum');
    // Benefit columns are the same as for the weighted sum; the cost column is the benefit form.
    out.forEach((row, i) => {
      expect(row[0]).toBeCloseTo(benefit[i]?.[0] ?? Number.NaN, 14);
      expect(row[2]).toBeCloseTo(risk[i] ?? Number.NaN, 14);
    });
  });
});

describe('degenerate columns: no NaN, the same value for every partner', () => {
  const both: CriterionKind[] = ['benefit', 'cost'];
  const constant = Float64Array.from([5, 5, 5, 5, 5, 5]);
  const zeros = Float64Array.from([0, 0, 0, 0, 0, 0]);

  it('a constant minmax column is 0 for benefit and cost', () => {
    expectMatrix(normalized('minmax', 'weighted-sum', constant, both), [
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expectMatrix(normalized('minmax', 'topsis', constant, both), [
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('an all-zero column is 0 for a benefit and 1 for a cost under vector and max', () => {
    for (const normalization of ['vector', 'max'] as const) {
      expectMatrix(normalized(normalization, 'weighted-sum', zeros, both), [
        [0, 1],
        [0, 1],
        [0, 1],
      ]);
      expectMatrix(normalized(normalization, 'topsis', zeros, both), [
        [0, 0],
        [0, 0],
        [0, 0],
      ]);
    }
  });

  it('an all-zero sum column: 0 for a benefit; a cost is shared equally (1/m)', () => {
    expectMatrix(normalized('sum', 'weighted-sum', zeros, both), [
      [0, 1 / 3],
      [0, 1 / 3],
      [0, 1 / 3],
    ]);
  });

  it('zeros in a cost sum column take the whole share between them', () => {
    // Costs 0, 2, 0, 4: the zeros are the limit of ever cheaper partners.
    const values = Float64Array.from([0, 2, 0, 4]);
    expectMatrix(normalized('sum', 'weighted-sum', values, ['cost']), [[1 / 2], [0], [1 / 2], [0]]);
  });

  it('a single partner is not NaN under any normalisation', () => {
    for (const normalization of ['vector', 'minmax', 'max', 'sum', 'none'] as const) {
      for (const target of ['weighted-sum', 'topsis'] as const) {
        const out = normalized(normalization, target, Float64Array.from([7, 3]), both).flat();
        expect(out.every(Number.isFinite)).toBe(true);
      }
    }
  });
});
