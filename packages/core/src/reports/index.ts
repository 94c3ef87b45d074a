export * from './analysis.js';
export { withLocks } from './locks.js';
export type { RankCommandMethod } from './methods.js';
export {
  combineMembership,
  type MembershipPart,
  type MembershipRun,
  type PortfolioMembership,
  portfolioMembership,
  startPortfolioMembership,
} from './portfolio-smaa.js';
export { type SmaaReport, smaaDocument, smaaReport } from './smaa.js';
