/**
 * What a worker thread of an SMAA-2 run needs, and no more (the package entry
 * `@partnerfolio/core/smaa-thread`): its setup from the caller's `SmaaInput` and the blocks
 * it claims. A thread loads this entry's few modules in a fraction of the time it takes to
 * load the ranking entry or all of core, time a two-thread run of a few hundred
 * milliseconds cannot spare.
 */
export { type SmaaInput, smaaSetup } from './smaa.js';
export { claimSmaaBlocks, runSmaaPart, type SmaaPart } from './smaa-split.js';
