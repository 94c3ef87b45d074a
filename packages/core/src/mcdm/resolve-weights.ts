import type { Portfolio } from '../model/types.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { aggregateMatrices } from './aggregate-matrices.js';
import { type AhpResult, ahp, CONSISTENCY_THRESHOLD } from './ahp.js';
import { mostInconsistentJudgement } from './inconsistent-judgement.js';
import { checkPairwiseMatrix } from './pairwise-check.js';
import { normalizeWeights } from './weight-vector.js';

export interface ResolvedWeights {
  /** Weight by criterion id, summing to 1. */
  readonly weights: Record<string, number>;
  /** The same weights in the order of `criteria`. */
  readonly vector: number[];
  /** Present when the weights come from AHP. */
  readonly ahp?: AhpResult;
}

/**
 * The portfolio's criterion weights: direct weights scaled to sum 1, or the AHP eigenvector
 * of the assessors' matrices (combined by geometric mean when there are several). An
 * inconsistent AHP matrix (CR ≥ 0.1) is a warning, not an error: the weights are still
 * defined, and the person who wrote them decides whether to revisit them.
 */
export function resolveWeights(p: Portfolio): Result<ResolvedWeights> {
  const ids = p.criteria.map((c) => c.id);
  if (p.weighting.method === 'smaa' && p.criteria.every((c) => c.weight === undefined)) {
    // SMAA weighting samples weights; every other command needs one vector: equal weights
    // when the criteria carry none (docs/spec.md).
    const equal = ids.map(() => 1 / ids.length);
    if (ids.length > 0) return ok({ weights: byId(ids, equal), vector: equal });
  }
  if (p.weighting.method !== 'ahp') {
    const direct = normalizeWeights(
      p.criteria.map((c) => c.weight),
      (k) => ['criteria', k, 'weight'],
      ['criteria'],
    );
    if (!direct.ok) return direct;
    return ok({ weights: byId(ids, direct.value), vector: direct.value });
  }

  const { matrices } = p.weighting;
  if (matrices.length === 0) {
    return fail([
      {
        code: 'no_matrix',
        path: ['weighting', 'matrices'],
        message: 'AHP needs at least one pairwise comparison matrix',
      },
    ]);
  }
  const issues: Issue[] = [];
  matrices.forEach((m, a) => {
    for (const issue of checkPairwiseMatrix(m, ids.length)) {
      issues.push({ ...issue, path: ['weighting', 'matrices', a, ...issue.path] });
    }
  });
  if (issues.length > 0) return fail(issues);

  const combined = matrices.length === 1 ? (matrices[0] ?? []) : aggregateMatrices(matrices);
  const result = ahp(combined);
  if (!result.ok) {
    return fail(result.issues.map((i) => ({ ...i, path: ['weighting', 'matrices', ...i.path] })));
  }
  const value = result.value;
  const warnings: Issue[] = result.warnings.map((w) => ({ ...w, path: ['weighting', ...w.path] }));
  if (!value.consistent) warnings.push(inconsistencyWarning(combined, value, ids));
  return ok({ weights: byId(ids, value.weights), vector: value.weights, ahp: value }, warnings);
}

function byId(ids: readonly string[], vector: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  ids.forEach((id, k) => {
    out[id] = vector[k] ?? 0;
  });
  return out;
}

function inconsistencyWarning(
  matrix: readonly (readonly number[])[],
  result: AhpResult,
  ids: readonly string[],
): Issue {
  const worst = mostInconsistentJudgement(matrix, result.weights);
  const hint =
    worst === undefined
      ? ''
      : `; the judgement furthest from the weights is ${ids[worst.i]} vs ${ids[worst.j]} = ${worst.judgement.toPrecision(4)}, where the weights imply ${worst.implied.toPrecision(4)}`;
  return {
    code: 'ahp_inconsistent',
    path: ['weighting'],
    message: `the consistency ratio is ${result.cr.toFixed(3)} (≥ ${CONSISTENCY_THRESHOLD}): the pairwise judgements contradict each other${hint}`,
  };
}
