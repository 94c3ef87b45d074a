/** SMAA-2 under uncertain weights (re-exported by index.ts). */

export { type SmaaOptions, type SmaaResult, smaa, summarizeSmaa } from './smaa.js';
export type { SmaaMethod } from './smaa-scorer.js';
export { type WeightConstraints, WeightSampler, weightConstraints } from './smaa-weights.js';
