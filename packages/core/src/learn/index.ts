export {
  type CriterionEvidence,
  DEFAULT_BOOTSTRAP,
  type HistoryCriterion,
  type HistoryPartner,
  type LearnedStandard,
  type LearnOptions,
  learnStandard,
  MIN_REVIEWED,
  type RankChange,
} from './learn-standard.js';
export { midRanks, spearman } from './spearman.js';
