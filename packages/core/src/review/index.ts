/** Running partnerships: obligations, trust from them, reviews, health checks, exits, fair shares. */
export { type AirportSplit, airportSplit } from './airport-split.js';
export { addDays, type IsoDate } from './dates.js';
export {
  type DatedEstimate,
  type EstimateInForce,
  estimateInForce,
} from './estimate-history.js';
export { EXIT_ENGLISH, exitStepMessage } from './exit-messages.js';
export {
  checkExitStepDone,
  EXIT_STEP_TITLES,
  EXIT_STEPS,
  type ExitPlan,
  type ExitPlanProgress,
  type ExitStep,
  type ExitStepKey,
  exitPlanProgress,
  newExitPlan,
} from './exit-plan.js';
export {
  type AgreementNotice,
  type ExitAgreement,
  type ExitCostKind,
  type ExitCostPart,
  type ExitCostProposal,
  type ExitSchedule,
  exitSchedule,
  moneyParam,
  noticeOf,
  proposeExitCost,
  SELF_PARTY,
} from './exit-terms.js';
export {
  type FairShareInput,
  type FairShareReport,
  type FairShareRow,
  fairShareReport,
  SPLIT_TOLERANCE,
} from './fair-shares.js';
export {
  type DimensionHealth,
  HEALTH_DIMENSIONS,
  type HealthDimension,
  type HealthResponse,
  type HealthSummary,
  healthResponseSchema,
  summarizeHealth,
} from './health-check.js';
export {
  HEALTH_MIN_GROUP,
  type HealthSide,
  healthFacts,
  type PrivateHealthSummary,
  type SideHealth,
  summarizePrivateHealth,
} from './health-private.js';
export {
  DEFAULT_REMINDER_HORIZON_DAYS,
  type ObligationReminders,
  obligationReminders,
} from './obligation-reminders.js';
export {
  checkObligationTransition,
  EVIDENCE_REQUIRED_FOR,
  isFinalObligationState,
  OBLIGATION_STATES,
  OBLIGATION_TRANSITIONS,
  type Obligation,
  type ObligationState,
  transitionObligation,
} from './obligations.js';
export {
  DEFAULT_PAYMENT_DAYS,
  type PaymentsOwed,
  paymentsOwed,
  type StatementForPayment,
  type TransferOwed,
} from './payments-owed.js';
export {
  type CostReturn,
  calendarQuarters,
  MAX_PLAN_PERIODS,
  type Period,
  type PeriodActual,
  type PeriodPlan,
  periodActual,
  periodDays,
  periodPlan,
  plannedS,
  portfolioPeriodActual,
  type ReviewPlanRecord,
  type SeriesPoint,
} from './plan-actual.js';
export {
  type ActualOverride,
  type AgreementActual,
  actualOverrideSchema,
  type OffLedgerItem,
  offLedgerItemSchema,
  type ReviewActuals,
  reviewActuals,
} from './review-actuals.js';
export { type FiredRule, type ReviewSuggestion, suggestReviewDecision } from './review-decision.js';
export {
  REVIEW_METRIC_LABELS,
  type ReviewFacts,
  reviewFactsSchema,
  reviewMetric,
} from './review-facts.js';
export {
  DECISION_PRECEDENCE,
  DEFAULT_REVIEW_RULES,
  REVIEW_COMPARISONS,
  REVIEW_DECISIONS,
  REVIEW_METRICS,
  type ReviewComparison,
  type ReviewCondition,
  type ReviewDecision,
  type ReviewMetric,
  type ReviewRule,
  reviewConditionSchema,
  reviewRuleSchema,
  validateReviewRules,
} from './review-rules.js';
export {
  DEFAULT_REVIEW_CADENCE,
  DEFAULT_REVIEW_HORIZON_DAYS,
  nextReviewDue,
  type PartnerReviewState,
  type ReviewCadence,
  type ReviewDue,
  reviewsDue,
} from './review-schedule.js';
export {
  MAX_COALITION_TABLE_PLAYERS,
  type SynergyModel,
  synergyCoalitionValues,
} from './synergy-values.js';
export {
  DEFAULT_TREND_DAYS,
  DEFAULT_TREND_STEP_DAYS,
  type ObligationTrust,
  type ObligationTrustOptions,
  TRUST_DIRECTION_THRESHOLD,
  type TrustDirection,
  type TrustTrendPoint,
  trustDirection,
  trustFromObligations,
} from './trust.js';
