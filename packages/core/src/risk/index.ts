/** The risk register: its spec form and the normal pieces its correlated draws use. */

export { checkRisk } from './check-risk.js';
export { bivariateExcess, normalQuantile } from './normal.js';
export { type RiskInput, type RiskOutput, riskSchema } from './risk-schema.js';
