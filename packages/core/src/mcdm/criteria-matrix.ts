import type { CriterionKind, Portfolio } from '../model/types.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';

/** The portfolio's raw scores as the row-major matrix the fast ranking functions read. */
export interface CriteriaMatrix {
  readonly values: Float64Array;
  /** Partners (rows). */
  readonly m: number;
  /** Criteria (columns). */
  readonly n: number;
  readonly kinds: CriterionKind[];
  readonly ids: string[];
}

/**
 * Reads every partner's score on every criterion. A missing or non-finite score is an
 * issue naming the partner and the criterion; so is a negative score under `max` or `sum`,
 * which divide by the column's largest value or total and only mean something for scores ≥ 0.
 */
export function criteriaMatrix(p: Portfolio): Result<CriteriaMatrix> {
  const n = p.criteria.length;
  const m = p.partners.length;
  const values = new Float64Array(m * n);
  const ratioScale = p.normalization === 'max' || p.normalization === 'sum';
  const issues: Issue[] = [];
  p.partners.forEach((partner, i) => {
    p.criteria.forEach((criterion, k) => {
      const x = partner.scores[criterion.id];
      const path = ['partners', i, 'scores', criterion.id];
      if (x === undefined) {
        issues.push({
          code: 'missing_score',
          path,
          message: `partner ${partner.id} has no score for criterion ${criterion.id}; every partner scores every criterion`,
        });
      } else if (!Number.isFinite(x)) {
        issues.push({
          code: 'not_finite',
          path,
          message: `partner ${partner.id} scores ${x} on ${criterion.id}; write a finite number`,
        });
      } else if (ratioScale && x < 0) {
        issues.push({
          code: 'negative_score',
          path,
          message: `partner ${partner.id} scores ${x} on ${criterion.id}, but normalization \`${p.normalization}\` needs scores ≥ 0; shift the scale or use minmax or vector`,
        });
      } else {
        values[i * n + k] = x;
      }
    });
  });
  if (issues.length > 0) return fail(issues);
  return ok({
    values,
    m,
    n,
    kinds: p.criteria.map((c) => c.kind),
    ids: p.partners.map((q) => q.id),
  });
}
