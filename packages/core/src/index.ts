/**
 * @partnerfolio/core: the pure decision engine. No I/O: callers hand in text, a seeded
 * RNG, a clock and a solver; the engine returns results and issues.
 */
export * from './agreements/index.js';
export * from './commands/index.js';
export * from './games/index.js';
export * from './graph/index.js';
export * from './learn/index.js';
export * from './ledger-proof/index.js';
export * from './mcdm/index.js';
export * from './messages/index.js';
export * from './model/index.js';
export * from './optimize/index.js';
export * from './reports/index.js';
export * from './review/index.js';
export * from './risk/index.js';
export * from './simulate/index.js';
export * from './solver/index.js';
export * from './spec/index.js';
export * from './trust/index.js';
export * from './util/issues.js';
export type { Rng } from './util/rng.js';
export { invisibleCharacter, isWellFormedText } from './util/text.js';
export * from './workspace/index.js';
