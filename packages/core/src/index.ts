/**
 * @partnerfolio/core: the pure decision engine. No I/O: callers hand in text, a seeded
 * RNG, a clock and a solver; the engine returns results and issues.
 */
export * from './model/index.js';
export * from './util/issues.js';
export type { Rng } from './util/rng.js';
