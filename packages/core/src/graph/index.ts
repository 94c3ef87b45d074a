/** The partner graph: vocabulary, one typed graph, coverage, criticality, matching, rules. */
export * from './build-graph.js';
export * from './coverage.js';
export * from './criticality.js';
export * from './focus.js';
export * from './match.js';
export * from './match-facts.js';
export * from './match-messages.js';
export * from './need-text.js';
export * from './proximity.js';
export * from './relations.js';
export * from './reports.js';
export * from './rule-rows.js';
export * from './rules.js';
export * from './rules-schema.js';
export * from './vocabulary.js';
