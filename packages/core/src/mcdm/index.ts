/** Selection standard and ranking: weights (direct, AHP), normalisation, weighted sum, TOPSIS, weight stability. */

export { aggregateMatrices } from './aggregate-matrices.js';
export { type AhpResult, ahp, CONSISTENCY_THRESHOLD, RANDOM_INDEX } from './ahp.js';
export { type CriteriaMatrix, criteriaMatrix } from './criteria-matrix.js';
export { type GaiaPlane, gaiaPlane } from './gaia.js';
export { groupDirectWeights } from './group-direct-weights.js';
export { type InconsistentJudgement, mostInconsistentJudgement } from './inconsistent-judgement.js';
export * from './index-smaa.js';
export {
  type ColumnTransforms,
  columnTransforms,
  type NormalizeFor,
  normalizedValue,
  normalizeMatrix,
} from './normalize.js';
export { criticWeights, entropyWeights, mixWeights } from './objective-weights.js';
export { sameScore, TIE_TOLERANCE } from './order-ranks.js';
export {
  type PrometheeRanking,
  rankPromethee,
  rankVikor,
  type VikorRanking,
} from './outranking-rank.js';
export { checkPairwiseMatrix, RECIPROCAL_TOLERANCE } from './pairwise-check.js';
export { partnerScores } from './partner-scores.js';
export { preferenceCurve, preferenceOf } from './preference.js';
export {
  incomparablePairs,
  type PartialRelation,
  type PrometheeFlows,
  partialRelation,
  prometheeFlows,
} from './promethee.js';
export { type RankedPartner, type Ranking, type RankOptions, rank } from './rank.js';
export {
  type Disagreement,
  kendallTau,
  kendallTauByPairs,
  type MethodAgreement,
  methodAgreement,
  spearman,
  weightedSpearman,
} from './rank-agreement.js';
export { type AnyRankMethod, rankMatrixBy } from './rank-any.js';
export { type MatrixRanking, type RankMethod, rankMatrix } from './rank-matrix.js';
export { type ResolvedWeights, resolveWeights } from './resolve-weights.js';
export { type SensitivityOptions, sensitivity, type WeightSensitivity } from './sensitivity.js';
export type { StabilityInterval } from './stability-interval.js';
export { type VikorAcceptance, type VikorResult, vikor, vikorAcceptance } from './vikor.js';
export { weightsAlong } from './weight-path.js';
