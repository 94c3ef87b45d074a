import type { Issue } from '../util/issues.js';

/** Reciprocity tolerance of DESIGN.md: a_ij · a_ji within [0.99, 1.01]. */
export const RECIPROCAL_TOLERANCE = 0.01;

/**
 * Checks that a pairwise comparison matrix is square (n×n when `size` is given), positive,
 * has ones on the diagonal and is reciprocal within 1%. Issue paths are relative: `[i, j]`.
 */
export function checkPairwiseMatrix(
  matrix: readonly (readonly number[])[],
  size: number = matrix.length,
): Issue[] {
  const issues: Issue[] = [];
  if (matrix.length !== size) {
    issues.push({
      code: 'matrix_size',
      path: [],
      message: `the matrix has ${matrix.length} rows but there are ${size} criteria; write one row per criterion, in the order of \`criteria\``,
    });
    return issues;
  }
  matrix.forEach((row, i) => {
    if (row.length !== size)
      issues.push({
        code: 'matrix_size',
        path: [i],
        message: `row ${i + 1} has ${row.length} cells but the matrix needs ${size}`,
      });
  });
  if (issues.length > 0) return issues;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const a = matrix[i]?.[j] ?? Number.NaN;
      if (!Number.isFinite(a) || a <= 0) {
        issues.push({
          code: 'not_positive',
          path: [i, j],
          message: `cell (${i + 1}, ${j + 1}) is ${a}; every judgement must be a positive number (Saaty's scale 1/9 … 9)`,
        });
      } else if (i === j && a !== 1) {
        issues.push({
          code: 'diagonal_not_one',
          path: [i, j],
          message: `diagonal cell (${i + 1}, ${j + 1}) is ${a}; a criterion compared with itself is 1`,
        });
      } else if (j > i) {
        const b = matrix[j]?.[i] ?? Number.NaN;
        const product = a * b;
        if (Number.isFinite(b) && b > 0 && Math.abs(product - 1) > RECIPROCAL_TOLERANCE) {
          issues.push({
            code: 'not_reciprocal',
            path: [j, i],
            message: `cell (${j + 1}, ${i + 1}) is ${b} but cell (${i + 1}, ${j + 1}) is ${a}; it should be its reciprocal, 1/${a} ≈ ${(1 / a).toPrecision(4)}`,
          });
        }
      }
    }
  }
  return issues;
}
