import { checkPairwiseMatrix } from '../mcdm/pairwise-check.js';
import type { Issue, IssuePath } from '../util/issues.js';
import { checkSmaaWeighting } from './check-smaa-weighting.js';
import { cellValue } from './fraction.js';
import { fieldOf, isRecord, listOf, stringOf } from './raw.js';

export interface WeightingCheck {
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/** Direct weights must exist and not all be zero; AHP matrices must fit the criteria. */
export function checkWeighting(document: unknown): WeightingCheck {
  const criteriaValue = fieldOf(document, 'criteria');
  if (!Array.isArray(criteriaValue)) return { issues: [], warnings: [] };
  const criteria = listOf(criteriaValue);
  const weighting = fieldOf(document, 'weighting');
  const method = fieldOf(weighting, 'method');
  if (method === 'direct' && fieldOf(weighting, 'assessors') !== undefined)
    return checkDirectAssessors(criteria, listOf(fieldOf(weighting, 'assessors')));
  if (weighting === undefined || method === 'direct')
    return { issues: checkDirect(criteria), warnings: [] };
  if (method === 'smaa') {
    return { issues: checkSmaaWeighting(weighting, criteria, checkDirect), warnings: [] };
  }
  if (method !== 'ahp') return { issues: [], warnings: [] };

  const warnings: Issue[] = [];
  criteria.forEach((criterion, index) => {
    if (fieldOf(criterion, 'weight') === undefined) return;
    warnings.push({
      code: 'ignored_field',
      path: ['criteria', index, 'weight'],
      message:
        'this weight is ignored: weights come from the AHP matrix; remove it or use `method: direct`',
    });
  });
  const matrices: [IssuePath, unknown][] = [];
  if (isRecord(weighting) && Object.hasOwn(weighting, 'matrix')) {
    matrices.push([['weighting', 'matrix'], weighting.matrix]);
  }
  for (const [k, matrix] of listOf(fieldOf(weighting, 'matrices')).entries()) {
    matrices.push([['weighting', 'matrices', k], matrix]);
  }
  const issues = matrices.flatMap(([path, matrix]) => checkMatrix(matrix, criteria.length, path));
  return { issues, warnings };
}

function checkDirect(criteria: readonly unknown[]): Issue[] {
  const issues: Issue[] = [];
  const weights: number[] = [];
  criteria.forEach((criterion, index) => {
    if (!isRecord(criterion)) return;
    const weight = criterion.weight;
    if (weight === undefined) {
      const id = stringOf(criterion.id) ?? `criteria[${index}]`;
      issues.push({
        code: 'missing_weight',
        path: ['criteria', index, 'weight'],
        message: `criterion \`${id}\` has no weight; with direct weighting every criterion needs \`weight: <number ≥ 0>\` (or set \`weighting: { method: ahp, matrix: ... }\`)`,
      });
    } else if (typeof weight === 'number' && Number.isFinite(weight) && weight >= 0) {
      weights.push(weight);
    }
  });
  if (issues.length === 0 && weights.length === criteria.length && weights.length > 0) {
    if (weights.every((w) => w === 0)) {
      issues.push({
        code: 'all_weights_zero',
        path: ['criteria'],
        message:
          'every criterion weight is 0, so no criterion counts; give at least one a positive weight',
      });
    }
  }
  return issues;
}

/**
 * Runs the pairwise checks on the cells that are readable numbers; cells the schema
 * already rejects are left out so that one mistake is reported once.
 */
function checkMatrix(matrix: unknown, size: number, path: IssuePath): Issue[] {
  if (!Array.isArray(matrix) || !matrix.every(Array.isArray)) return [];
  const unreadable = new Set<string>();
  const numbers = matrix.map((row: readonly unknown[], i) =>
    row.map((cell, j) => {
      const value = cellValue(cell);
      if (value !== undefined) return value;
      unreadable.add(`${i},${j}`);
      return 1;
    }),
  );
  return checkPairwiseMatrix(numbers, size)
    .filter(({ path: [i, j] }) => !unreadable.has(`${i},${j}`) && !unreadable.has(`${j},${i}`))
    .map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
}

/**
 * Direct weights of several assessors: each names every criterion (and only those) and
 * gives at least one a positive weight; the criteria's own weights are then ignored.
 */
function checkDirectAssessors(
  criteria: readonly unknown[],
  assessors: readonly unknown[],
): WeightingCheck {
  const ids = criteria.flatMap((c) => {
    const id = stringOf(fieldOf(c, 'id'));
    return id === undefined ? [] : [id];
  });
  const issues: Issue[] = [];
  assessors.forEach((weights, k) => {
    if (!isRecord(weights)) return;
    const path: IssuePath = ['weighting', 'assessors', k];
    for (const id of ids) {
      if (weights[id] === undefined) {
        issues.push({
          code: 'missing_weight',
          path: [...path, id],
          message: `assessor ${k + 1} gives criterion \`${id}\` no weight; give every criterion a weight ≥ 0`,
        });
      }
    }
    for (const key of Object.keys(weights)) {
      if (!ids.includes(key)) {
        issues.push({
          code: 'unknown_criterion',
          path: [...path, key],
          message: `assessor ${k + 1} weighs \`${key}\`, which is not a criterion; remove it or add the criterion`,
        });
      }
    }
    const values = ids.map((id) => weights[id]);
    if (values.length > 0 && values.every((w) => w === 0)) {
      issues.push({
        code: 'all_weights_zero',
        path,
        message: `every weight of assessor ${k + 1} is 0; give at least one criterion a positive weight`,
      });
    }
  });
  const warnings: Issue[] = [];
  criteria.forEach((criterion, index) => {
    if (fieldOf(criterion, 'weight') === undefined) return;
    warnings.push({
      code: 'ignored_field',
      path: ['criteria', index, 'weight'],
      message:
        'this weight is ignored: the weights are the mean of the assessors’ weights under `weighting.assessors`',
    });
  });
  return { issues, warnings };
}
