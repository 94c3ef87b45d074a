/**
 * Pure helpers of the selection-standard screen: direct weights that keep their sum at 1,
 * and pairwise comparison matrices on Saaty's 1–9 scale (reciprocal below the diagonal).
 */
import { weightsAlong } from '../../engine';

export type Matrix = number[][];

/** Saaty's scale as the grid offers it: 1/9 … 1/2, 1, 2 … 9. */
export const SAATY_VALUES: readonly number[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((d) => 1 / d),
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
];

/** `3` → "3", `1/3` → "1/3". */
export function saatyLabel(value: number): string {
  if (value >= 1) return String(Math.round(value));
  return `1/${Math.round(1 / value)}`;
}

/** The scale value closest to `value` on a log scale (a saved 0.3333 shows as 1/3). */
export function nearestSaaty(value: number): number {
  let best = 1;
  for (const v of SAATY_VALUES) {
    if (Math.abs(Math.log(v / value)) < Math.abs(Math.log(best / value))) best = v;
  }
  return best;
}

export const equalWeights = (n: number): number[] => Array.from({ length: n }, () => 1 / n);

/** Weight k set to t, the others rescaled in proportion so that the sum stays 1. */
export function moveWeight(weights: readonly number[], k: number, t: number): number[] {
  const clamped = Math.min(1, Math.max(0, t));
  return Array.from(weightsAlong(weights, k, clamped, new Float64Array(weights.length)));
}

/** Weights scaled to sum 1 (equal when they are all 0 or missing). */
export function normalizeWeights(weights: readonly (number | undefined)[]): number[] {
  const values = weights.map((w) => (w !== undefined && Number.isFinite(w) && w > 0 ? w : 0));
  const total = values.reduce((s, w) => s + w, 0);
  return total > 0 ? values.map((w) => w / total) : equalWeights(values.length);
}

/** Every criterion judged equal to every other (all ones): where a new grid starts. */
export const equalMatrix = (n: number): Matrix =>
  Array.from({ length: n }, () => Array.from({ length: n }, () => 1));

/** A copy with a_ij = value and a_ji = 1/value. */
export function setJudgement(matrix: Matrix, i: number, j: number, value: number): Matrix {
  return matrix.map((row, r) =>
    row.map((cell, c) => (r === i && c === j ? value : r === j && c === i ? 1 / value : cell)),
  );
}

/**
 * A saved matrix as the grid shows it: each upper cell snapped to the scale, the lower
 * triangle its exact reciprocal; all ones when the saved one does not fit `n`.
 */
export function gridMatrix(saved: readonly (readonly number[])[] | undefined, n: number): Matrix {
  if (saved === undefined || saved.length !== n || saved.some((row) => row.length !== n)) {
    return equalMatrix(n);
  }
  let matrix = equalMatrix(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = saved[i]?.[j];
      if (value !== undefined && value > 0)
        matrix = setJudgement(matrix, i, j, nearestSaaty(value));
    }
  }
  return matrix;
}

/** The matrix with criterion `k` removed. */
export const dropCriterion = (matrix: Matrix, k: number): Matrix =>
  matrix.filter((_, i) => i !== k).map((row) => row.filter((_, j) => j !== k));

/** The matrix with one more criterion, equal to every other. */
export const addCriterion = (matrix: Matrix): Matrix => [
  ...matrix.map((row) => [...row, 1]),
  Array.from({ length: matrix.length + 1 }, () => 1),
];
