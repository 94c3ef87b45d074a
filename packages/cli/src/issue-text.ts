/** How an issue reads in an error report (loaded only when a run ends with issues). */
export { formatPath } from '@partnerfolio/core/issues';
export { describeIssue } from './load.js';
