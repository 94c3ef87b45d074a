/** SMAA-2 under uncertain weights and scores (re-exported by index.ts). */

export {
  combineSmaa,
  prepareSmaa,
  runSmaaBlock,
  SMAA_BLOCK,
  SMAA_CONFIDENCE_DRAWS,
  type SmaaInput,
  type SmaaOptions,
  type SmaaResult,
  type SmaaSetup,
  smaa,
  smaaBlockCount,
  smaaBlockSize,
  smaaInput,
  smaaSetup,
  smaaTooNarrow,
  summarizeSmaa,
} from './smaa.js';
export type { SmaaMethod } from './smaa-scorer.js';
export { assessorSpread, type UncertainScores } from './smaa-scores.js';
export {
  claimSmaaBlocks,
  combineSmaaParts,
  dealRoundRobin,
  runSmaaPart,
  type SmaaPart,
  smaaParts,
  smaaPartsMismatch,
} from './smaa-split.js';
export { type WeightConstraints, WeightSampler, weightConstraints } from './smaa-weights.js';
