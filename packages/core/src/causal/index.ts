/**
 * Causal attribution on panels of outcomes: difference-in-differences with an event study,
 * synthetic control and synthetic difference-in-differences (as the synthdid package),
 * placebo and jackknife standard errors.
 *
 * Imported as `@partnerfolio/core/causal`, not from the main entry: the CLI's start-up
 * imports the main entry, and only `attribute` needs the estimators.
 */
export {
  type AttributionOptions,
  type AttributionReport,
  attribute,
  DEFAULT_PLACEBO,
  MAX_PLACEBO,
  MAX_WEIGHTED_CONTROLS,
  MIN_CONTROLS,
  MIN_PRE_PERIODS,
  Z_95,
} from './attribute.js';
export {
  type CsvRow,
  type Delimiter,
  detectDelimiter,
  MAX_PANEL_ROWS,
  type PanelColumns,
  parseCsvRows,
  parsePanelCsv,
} from './csv.js';
export { denseEstimate, densePlaceboSe } from './dense-reference.js';
export {
  type EventStudy,
  type EventStudyPoint,
  eventStudy,
  type PreTrendTest,
} from './event-study.js';
export { jackknifeSe, placeboSe } from './inference.js';
export {
  isCalendarPeriod,
  isTreatedPeriod,
  MAX_LABEL_LENGTH,
  MAX_OUTCOME_ROWS,
  type OutcomeColumns,
  type OutcomeFile,
  type OutcomePoint,
  outcomePanel,
  parseOutcomeRows,
  parseOutcomesCsv,
} from './outcomes.js';
export { type BlockPanel, buildBlockPanel, type PanelRecord, sortPeriods } from './panel.js';
export {
  CAUSAL_METHODS,
  type CausalMethod,
  defaultTuning,
  type Fit,
  fitBlock,
  noiseLevel,
  Prepared,
  type Tuning,
} from './synthdid.js';
