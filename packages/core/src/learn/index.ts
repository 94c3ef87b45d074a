export { midRanks, rankCorrelation } from '../util/rank-correlation.js';
export {
  type CriterionEvidence,
  DEFAULT_BOOTSTRAP,
  type HistoryCriterion,
  type HistoryPartner,
  type LearnedStandard,
  type LearnOptions,
  LOO_TRIES,
  learnStandard,
  MAX_HISTORY,
  MIN_REVIEWED,
  type RankChange,
} from './learn-standard.js';
export {
  type ScoreEvent,
  type SelectionSigns,
  type SettledStatement,
  scoresAt,
  selectionMoment,
  settledNet,
} from './selection.js';
