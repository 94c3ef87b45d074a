import { describe, expect, test } from 'vitest';
import type { CriterionKind } from '../model/types.js';
import type { CriteriaMatrix } from './criteria-matrix.js';
import { criticWeights, entropyWeights, mixWeights } from './objective-weights.js';

const matrix = (rows: number[][], kinds?: CriterionKind[]): CriteriaMatrix => {
  const n = rows[0]?.length ?? 0;
  return {
    values: Float64Array.from(rows.flat()),
    m: rows.length,
    n,
    kinds: kinds ?? Array<CriterionKind>(n).fill('benefit'),
    ids: rows.map((_, i) => `p${i}`),
  };
};
const rounded = (r: ReturnType<typeof entropyWeights>, digits: number) => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.map((w) => Number(w.toFixed(digits)));
};

describe('entropy weights', () => {
  test('Elsayed, Dawood & Karthikeyan (2017): 0.104991, 0.069124, 0.071373, 0.449937, 0.304575', () => {
    // Reference: Elsayed, E. A., Dawood, A. S., Karthikeyan, R. (2017) "Evaluating alternatives
    // through the application of TOPSIS method with entropy weight", Int. J. Eng. Trends
    // Technol. 46(2), 60–66; matrix and six-decimal answer as in pymcdm's TestEntropyWeights.
    const rows = [
      [7, 312, 1891, 6613, 163],
      [72, 88, 728, 941804, 1078],
      [10, 252, 2594, 3466, 117471],
      [10, 145, 980, 2371, 86329],
      [65, 54, 350, 501, 29897],
      [29, 48, 380, 912, 34051],
      [7, 476, 3300, 78470, 2212],
      [70, 87, 650, 733, 819000],
      [4, 86, 591, 3015, 103],
      [12, 79, 579, 3240, 96098],
      [21, 45, 261, 1253, 453],
      [1, 72, 530, 4333, 0.1048],
    ];
    expect(rounded(entropyWeights(matrix(rows), ['a', 'b', 'c', 'd', 'e']), 6)).toStrictEqual([
      0.104991, 0.069124, 0.071373, 0.449937, 0.304575,
    ]);
  });

  test('a cost column is turned by 1/x; a negative score is an issue naming the cell', () => {
    const cost = entropyWeights(
      matrix(
        [
          [1, 2],
          [2, 4],
          [4, 8],
        ],
        ['cost', 'benefit'],
      ),
      ['c', 'b'],
    );
    const same = entropyWeights(
      matrix([
        [1, 2],
        [0.5, 4],
        [0.25, 8],
      ]),
      ['c', 'b'],
    );
    expect(rounded(cost, 12)).toStrictEqual(rounded(same, 12));
    const bad = entropyWeights(matrix([[1], [-1]]), ['t']);
    expect(bad.ok || bad.issues[0]?.path).toStrictEqual(['partners', 1, 'scores', 't']);
  });
});

describe('CRITIC weights', () => {
  test('Tuş & Adalı (2019): 0.157, 0.249, 0.168, 0.121, 0.154, 0.151', () => {
    // Reference: Tuş, A., Adalı, E. A. (2019) "The new combination with CRITIC and WASPAS
    // methods for the time and attendance software selection problem", Opsearch 56(2),
    // 528–538; matrix and three-decimal answer as in pymcdm's TestCRITICWeights (every
    // column min-max normalised as a benefit).
    const rows = [
      [5000, 3, 3, 4, 3, 2],
      [680, 5, 3, 2, 2, 1],
      [2000, 3, 2, 3, 4, 3],
      [600, 4, 3, 1, 2, 2],
      [800, 2, 4, 3, 3, 4],
    ];
    expect(rounded(criticWeights(matrix(rows)), 3)).toStrictEqual([
      0.157, 0.249, 0.168, 0.121, 0.154, 0.151,
    ]);
  });

  test('a constant column weighs 0; all constant is an issue', () => {
    const w = criticWeights(
      matrix([
        [1, 5, 2],
        [3, 5, 1],
        [2, 5, 4],
      ]),
    );
    expect(w.ok && w.value[1]).toBe(0);
    expect(criticWeights(matrix([[1], [1]])).ok).toBe(false);
  });
});

test('mixWeights: λ·subjective + (1 − λ)·objective', () => {
  expect(mixWeights([0.5, 0.5], [0.9, 0.1], 0.25)).toStrictEqual([0.8, 0.2]);
});
