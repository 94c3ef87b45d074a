/**
 * The engine's pure functions the browser may run (the live what-if re-ranks without a
 * round trip, and gives the same numbers as the server because it is the same code).
 * Import them from here, not from '@partnerfolio/core' directly, so this list shows what
 * the web uses. Never the solver: HiGHS stays on the server (vite.config.ts stubs it).
 */

export type {
  Agreement as AgreementDocument,
  AhpResult,
  AnyRankMethod,
  CostShareTerm,
  CriteriaMatrix,
  CriterionKind,
  InconsistentJudgement,
  LedgerEvent,
  MatrixRanking,
  MilestoneTerm,
  PartnerValue,
  Portfolio,
  RankMethod,
  RevenueShareTerm,
  SimulationPlan,
  SimulationSummary,
  SmaaReport,
  Term,
  WeightSensitivity,
} from '@partnerfolio/core';
export {
  ahp,
  CONSISTENCY_THRESHOLD,
  checkPairwiseMatrix,
  compileSimulation,
  criteriaMatrix,
  expectedValue,
  methodAgreement,
  mostInconsistentJudgement,
  netOf,
  normalizeMatrix,
  parseSpecText,
  portfolioValue,
  rank,
  rankMatrix,
  rankMatrixBy,
  resolveWeights,
  sensitivity,
  simulate,
  smaaReport,
  summarize,
  validateSpecDocument,
  weightsAlong,
} from '@partnerfolio/core';
