/**
 * The ranking screen's engine work, pure: the workspace's spec (as JSON) validated into a
 * Portfolio, its scores as the row-major matrix `rankMatrix` reads, the saved weights, and
 * a timed re-rank for the live what-if.
 */
import {
  type AnyRankMethod,
  type CriteriaMatrix,
  criteriaMatrix,
  engineSize,
  type MatrixRanking,
  type Portfolio,
  rankMatrixBy,
  rankRunsAsJob,
  resolveWeights,
  validateSpecDocument,
} from '../../engine';

export interface RankingModel {
  readonly portfolio: Portfolio;
  readonly matrix: CriteriaMatrix;
  /** The saved weights in criteria order, summing to 1. */
  readonly savedWeights: readonly number[];
  readonly names: readonly string[];
}

export type ModelResult =
  | { readonly ok: true; readonly model: RankingModel }
  | { readonly ok: false; readonly issues: readonly string[] };

export const partnerCount = (document: unknown): number => {
  if (typeof document !== 'object' || document === null || !('partners' in document)) return 0;
  const partners = (document as { partners: unknown }).partners;
  return Array.isArray(partners) ? partners.length : 0;
};

export function buildModel(document: unknown): ModelResult {
  const parsed = validateSpecDocument(document);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.map((i) => i.message) };
  const portfolio = parsed.value.portfolio;
  const matrix = criteriaMatrix(portfolio);
  if (!matrix.ok) return { ok: false, issues: matrix.issues.map((i) => i.message) };
  const weights = resolveWeights(portfolio);
  if (!weights.ok) return { ok: false, issues: weights.issues.map((i) => i.message) };
  return {
    ok: true,
    model: {
      portfolio,
      matrix: matrix.value,
      savedWeights: weights.value.vector,
      names: portfolio.partners.map((p) => p.name),
    },
  };
}

export interface TimedRanking {
  readonly ranking: MatrixRanking;
  /** Milliseconds the re-rank took (performance.now). */
  readonly ms: number;
}

export function rerank(
  model: RankingModel,
  weights: readonly number[],
  method: AnyRankMethod,
  now: () => number = () => performance.now(),
): TimedRanking {
  const { values, m, n, kinds } = model.matrix;
  const start = now();
  const ranking = rankMatrixBy(values, m, n, kinds, weights, {
    method,
    normalization: model.portfolio.normalization,
    preferences: model.portfolio.criteria.map((c) => c.preference),
  });
  return { ranking, ms: now() - start };
}

/**
 * Whether the screen asks the server to check its ranking by `method`: not when the server
 * would run that rank as a job (core's `rankRunsAsJob`: PROMETHEE with Gaussian preference
 * functions on many partners), which a check should not queue.
 */
export const serverChecks = (model: RankingModel, method: AnyRankMethod): boolean =>
  !rankRunsAsJob(method, engineSize(model.portfolio));

/** How many places each partner moved from `before` (positive: up). */
export function rankChanges(before: Int32Array, after: Int32Array): Int32Array {
  const moved = new Int32Array(after.length);
  for (let i = 0; i < after.length; i++) moved[i] = (before[i] ?? 0) - (after[i] ?? 0);
  return moved;
}

export const sameWeights = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((w, k) => Math.abs(w - (b[k] ?? Number.NaN)) < 1e-12);

/**
 * Whether the server's ranking (id, rank, score) says the same as ours: the same rank for
 * every partner and scores equal to 1e-9.
 */
export function agreesWith(
  model: RankingModel,
  ours: MatrixRanking,
  server: readonly { readonly id: string; readonly rank: number; readonly score: number }[],
): boolean {
  if (server.length !== model.matrix.m) return false;
  const index = new Map(model.matrix.ids.map((id, i) => [id, i]));
  return server.every((row) => {
    const i = index.get(row.id);
    if (i === undefined) return false;
    return (
      ours.ranks[i] === row.rank && Math.abs((ours.scores[i] ?? Number.NaN) - row.score) < 1e-9
    );
  });
}
