/** The judgement that disagrees most with the weights the whole matrix implies. */
export interface InconsistentJudgement {
  /** Row and column (0-based, i < j) of the cell. */
  readonly i: number;
  readonly j: number;
  /** The judgement as written, a_ij. */
  readonly judgement: number;
  /** The ratio the weights imply, w_i / w_j: what a consistent assessor would have written. */
  readonly implied: number;
  /** |ln(a_ij · w_j / w_i)|: symmetric in over- and under-statement, 0 when consistent. */
  readonly deviation: number;
}

/**
 * Finds the cell (i < j) whose judgement deviates most from w_i/w_j on a log scale, so the
 * web UI can point the assessor at the comparison to revisit first when CR ≥ 0.1.
 * Ties go to the first cell in row-major order; `undefined` when there is no pair (n < 2).
 */
export function mostInconsistentJudgement(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
): InconsistentJudgement | undefined {
  let worst: InconsistentJudgement | undefined;
  for (let i = 0; i < matrix.length; i++) {
    for (let j = i + 1; j < matrix.length; j++) {
      const judgement = matrix[i]?.[j] ?? Number.NaN;
      const implied = (weights[i] ?? Number.NaN) / (weights[j] ?? Number.NaN);
      const deviation = Math.abs(Math.log(judgement / implied));
      if (worst === undefined || deviation > worst.deviation) {
        worst = { i, j, judgement, implied, deviation };
      }
    }
  }
  return worst;
}
