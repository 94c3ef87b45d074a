/**
 * The engine's pure functions the browser may run (the live what-if re-ranks without a
 * round trip, and gives the same numbers as the server because it is the same code).
 * Import them from here, not from '@partnerfolio/core' directly, so this list shows what
 * the web uses. Never the solver: HiGHS stays on the server (vite.config.ts stubs it).
 */

export type {
  Agreement as AgreementDocument,
  AhpResult,
  CostShareTerm,
  CriteriaMatrix,
  CriterionKind,
  DeliveryPosterior,
  InconsistentJudgement,
  LedgerEvent,
  MatrixRanking,
  MilestoneTerm,
  PartnerStatus,
  PartnerValue,
  Portfolio,
  RankMethod,
  RevenueShareTerm,
  SimulationPlan,
  SimulationSummary,
  Term,
  WeightSensitivity,
} from '@partnerfolio/core';
export {
  ahp,
  allowedTransitions,
  CONSISTENCY_THRESHOLD,
  checkPairwiseMatrix,
  compileSimulation,
  criteriaMatrix,
  deliveryModel,
  expectedValue,
  isPartnerStatus,
  mostInconsistentJudgement,
  netOf,
  normalizeMatrix,
  PARTNER_KINDS,
  PARTNER_STATUSES,
  parseSpecText,
  portfolioValue,
  rank,
  rankMatrix,
  resolveWeights,
  sensitivity,
  simulate,
  summarize,
  validateSpecDocument,
  weightsAlong,
  withDelivery,
} from '@partnerfolio/core';
