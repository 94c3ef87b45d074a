/** SMAA-2 under uncertain weights (re-exported by index.ts). */

export {
  combineSmaa,
  prepareSmaa,
  runSmaaBlock,
  SMAA_BLOCK,
  type SmaaOptions,
  type SmaaResult,
  type SmaaSetup,
  smaa,
  smaaBlockCount,
  smaaTooNarrow,
  summarizeSmaa,
} from './smaa.js';
export type { SmaaMethod } from './smaa-scorer.js';
export { type WeightConstraints, WeightSampler, weightConstraints } from './smaa-weights.js';
