import { fail, type Issue, type IssuePath, ok, type Result } from '../util/issues.js';

/**
 * Checks a vector of relative importances and scales it to sum 1. Missing, negative and
 * non-finite entries are issues at `pathOf(k)`; so is a vector that is all zero (it says
 * nothing about what matters), reported at every entry so each field can be highlighted.
 * An empty vector is an issue at `listPath`.
 */
export function normalizeWeights(
  raw: readonly (number | undefined)[],
  pathOf: (k: number) => IssuePath,
  listPath: IssuePath,
): Result<number[]> {
  const issues: Issue[] = [];
  if (raw.length === 0) {
    return fail([
      {
        code: 'no_criteria',
        path: listPath,
        message: 'there are no criteria to weigh; add at least one criterion',
      },
    ]);
  }
  let total = 0;
  raw.forEach((w, k) => {
    if (w === undefined) {
      issues.push({
        code: 'missing_weight',
        path: pathOf(k),
        message: 'this criterion has no weight; give every criterion a weight ≥ 0, or use AHP',
      });
    } else if (!Number.isFinite(w)) {
      issues.push({
        code: 'not_finite',
        path: pathOf(k),
        message: `the weight is ${w}; write a finite number ≥ 0`,
      });
    } else if (w < 0) {
      issues.push({
        code: 'negative_weight',
        path: pathOf(k),
        message: `the weight is ${w}; weights are importances and must be ≥ 0`,
      });
    } else {
      total += w;
    }
  });
  if (issues.length > 0) return fail(issues);
  if (total === 0) {
    return fail(
      raw.map((_, k) => ({
        code: 'all_weights_zero',
        path: pathOf(k),
        message: 'every weight is 0; give at least one criterion a positive weight',
      })),
    );
  }
  return ok(raw.map((w) => (w ?? 0) / total));
}
