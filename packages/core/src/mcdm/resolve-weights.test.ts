import { describe, expect, it } from 'vitest';
import { formatPath } from '../util/issues.js';
import { resolveWeights } from './resolve-weights.js';
import { tablePortfolio, WORKED } from './test-support/portfolio.js';

const crit = (weights: (number | undefined)[]) =>
  tablePortfolio({
    criteria: weights.map((w, k) => [`c${k}`, 'benefit', w] as const),
    partners: { a: weights.map(() => 1) },
  });

function issuePaths(r: ReturnType<typeof resolveWeights>): string[] {
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`);
}

describe('resolveWeights: direct', () => {
  it('scales direct weights to sum 1, by id and in order', () => {
    const r = resolveWeights(crit([2, 1, 1]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.vector).toEqual([0.5, 0.25, 0.25]);
    expect(r.value.weights).toEqual({ c0: 0.5, c1: 0.25, c2: 0.25 });
    expect('ahp' in r.value).toBe(false);
  });

  it('names criteria[k].weight for a missing, negative or non-finite weight', () => {
    expect(issuePaths(resolveWeights(crit([1, undefined, -2, Number.NaN])))).toEqual([
      'missing_weight@criteria[1].weight',
      'negative_weight@criteria[2].weight',
      'not_finite@criteria[3].weight',
    ]);
  });

  it('refuses all-zero weights, naming each weight, and no criteria at all', () => {
    expect(issuePaths(resolveWeights(crit([0, 0])))).toEqual([
      'all_weights_zero@criteria[0].weight',
      'all_weights_zero@criteria[1].weight',
    ]);
    expect(issuePaths(resolveWeights(crit([])))).toEqual(['no_criteria@criteria']);
  });
});

describe('resolveWeights: AHP', () => {
  const ahpPortfolio = (matrices: number[][][]) =>
    tablePortfolio({ ...WORKED, weighting: { method: 'ahp', matrices } });

  it('uses the eigenvector and reports λmax, CI and CR', () => {
    const r = resolveWeights(
      ahpPortfolio([
        [
          [1, 3, 5],
          [1 / 3, 1, 2],
          [1 / 5, 1 / 2, 1],
        ],
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.weights.tech).toBeCloseTo(0.6483290138222367, 12);
    expect(r.value.vector).toEqual(r.value.ahp?.weights);
    expect(r.value.ahp?.consistent).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('combines several assessors by geometric mean before the eigenvector', () => {
    const first = [
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ];
    const second = [
      [1, 8, 16],
      [1 / 8, 1, 2],
      [1 / 16, 1 / 2, 1],
    ];
    // Geometric mean: a12 = 4, a13 = 8, a23 = 2, consistent with w ∝ (8, 2, 1).
    const r = resolveWeights(ahpPortfolio([first, second]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.vector[0]).toBeCloseTo(8 / 11, 12);
    expect(r.value.vector[1]).toBeCloseTo(2 / 11, 12);
    expect(r.value.vector[2]).toBeCloseTo(1 / 11, 12);
    expect(r.value.ahp?.cr).toBeCloseTo(0, 12);
  });

  it('warns on an inconsistent matrix, naming the judgement to revisit', () => {
    const r = resolveWeights(
      ahpPortfolio([
        [
          [1, 3, 1 / 3],
          [1 / 3, 1, 3],
          [3, 1 / 3, 1],
        ],
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.ahp?.consistent).toBe(false);
    expect(r.warnings[0]?.code).toBe('ahp_inconsistent');
    expect(r.warnings[0]?.message).toMatch(/tech vs|market vs/);
  });

  it('places matrix issues under weighting.matrices[a]', () => {
    const r = resolveWeights(
      ahpPortfolio([
        [
          [1, 2, 3],
          [1 / 2, 1, 1],
          [1 / 3, 1, 1],
        ],
        [
          [1, 2],
          [1 / 2, 1],
        ],
      ]),
    );
    expect(issuePaths(r)).toEqual(['matrix_size@weighting.matrices[1]']);
    expect(issuePaths(resolveWeights(ahpPortfolio([])))).toEqual(['no_matrix@weighting.matrices']);
  });
});
