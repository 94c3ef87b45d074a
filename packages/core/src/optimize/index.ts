export {
  FRONTIER_DEFAULT_POINTS,
  type Frontier,
  type FrontierInput,
  type FrontierPoint,
  frontier,
  MAX_FRONTIER_POINTS,
} from './frontier.js';
export { optimize, resourceUse } from './optimize.js';
export { buildPortfolioModel } from './portfolio-model.js';
export type {
  ChangePlan,
  Conflict,
  CurrentPortfolio,
  OptimizeInput,
  OptimizeResult,
  OptimizeStatus,
  PartnerRegret,
  ResourceUse,
} from './types.js';
