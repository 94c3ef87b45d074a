/** The risk register: its spec form and the normal pieces its correlated draws use. */
export { bivariateExcess, normalQuantile } from './normal.js';
export { type RiskInput, riskSchema } from './risk-schema.js';
