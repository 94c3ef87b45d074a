export * from './analysis.js';
export {
  DEFAULT_VIKOR_V,
  RANK_METHODS,
  type RankCommandMethod,
  WEIGHTS_METHODS,
  type WeightsMethod,
} from './methods.js';
export {
  type MembershipRun,
  type PortfolioMembership,
  portfolioMembership,
  startPortfolioMembership,
} from './portfolio-smaa.js';
export { type SmaaReport, smaaDocument, smaaReport } from './smaa.js';
