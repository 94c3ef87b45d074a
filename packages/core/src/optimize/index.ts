export {
  CVAR_FRONTIER_LEVEL,
  type CvarFrontier,
  type CvarFrontierInput,
  type CvarFrontierPoint,
  type CvarFrontierPortfolio,
  cvarFrontier,
} from './cvar-frontier.js';
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
