export * from './analysis.js';
export type { RankCommandMethod } from './methods.js';
export { type PortfolioMembership, portfolioMembership } from './portfolio-smaa.js';
export { type SmaaReport, smaaDocument, smaaReport } from './smaa.js';
