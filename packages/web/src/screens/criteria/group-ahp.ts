/**
 * The AHP of a group: each assessor's own consistency, and the group's weights and
 * consistency from the cell-by-cell geometric mean of their judgements (core's
 * `aggregateMatrices`, the same combination the ranking uses once the matrices are saved).
 */
import {
  type AhpResult,
  aggregateMatrices,
  ahp,
  type InconsistentJudgement,
  mostInconsistentJudgement,
} from '../../engine';
import type { Matrix } from './weights';

export interface AhpAnalysis {
  readonly result?: AhpResult;
  readonly worst?: InconsistentJudgement | undefined;
  readonly error?: string;
}

export interface GroupAnalysis {
  /** One per assessor, in order. */
  readonly assessors: readonly AhpAnalysis[];
  /** The geometric mean of the assessors' matrices (the one matrix when there is one). */
  readonly matrix: Matrix;
  readonly group: AhpAnalysis;
}

export function analyseMatrix(matrix: Matrix): AhpAnalysis {
  if (matrix.length < 2) return {};
  const result = ahp(matrix);
  if (!result.ok) return { error: result.issues.map((i) => i.message).join('; ') };
  return {
    result: result.value,
    worst: mostInconsistentJudgement(matrix, result.value.weights),
  };
}

export function analyseGroup(matrices: readonly Matrix[]): GroupAnalysis {
  const assessors = matrices.map(analyseMatrix);
  const matrix = matrices.length === 1 ? (matrices[0] ?? []) : aggregateMatrices(matrices);
  return { assessors, matrix, group: analyseMatrix(matrix) };
}
