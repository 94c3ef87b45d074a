/**
 * Combines several assessors' pairwise comparison matrices by the element-wise geometric
 * mean. The geometric (not arithmetic) mean is the one that keeps the result reciprocal
 * (mean(a)·mean(1/a) = 1) and treats "3 times" and "1/3 times" symmetrically (Aczél & Saaty).
 * The matrices must already be checked and of one size; an empty list gives `[]`.
 */
export function aggregateMatrices(
  matrices: readonly (readonly (readonly number[])[])[],
): number[][] {
  const first = matrices[0];
  if (first === undefined) return [];
  const count = matrices.length;
  return first.map((row, i) =>
    row.map((_, j) => {
      let logSum = 0;
      for (const m of matrices) logSum += Math.log(m[i]?.[j] ?? Number.NaN);
      return Math.exp(logSum / count);
    }),
  );
}
