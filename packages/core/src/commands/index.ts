/**
 * The engine commands' table: for each command its options (one zod schema per command,
 * with defaults and limits, built when first read), how each option reads as a
 * command-line flag, and its runner (imported when first run). Also its own entry,
 * `@partnerfolio/core/commands`, which loads zod and nothing of the engine.
 */
export { ENGINE_FLAGS, type EngineFlag, flagOf } from './engine-flags.js';
export {
  CVAR_FRONTIER,
  cvarCellsRefusal,
  ENGINE_COMMANDS,
  ENGINE_DEFAULTS,
  ENGINE_LIMITS,
  ENGINE_OPTIONS,
  type EngineCommand,
  type EngineHost,
  type EngineLimits,
  type EngineOptionSchemas,
  type EngineOptions,
  type EngineOptionsInput,
  type EngineSize,
  EVALUATE_SCENARIOS,
  engineOptionSchemas,
  engineSize,
  engineSizeRefusal,
  gaussianPairs,
  isEngineCommand,
  MAX_PORTFOLIO_SAMPLES,
  prometheeRefusal,
  RANK_AT_ONCE_GAUSSIAN_PAIRS,
  rankRunsAsJob,
  SERVER_ENGINE_OPTIONS,
  smaaRefusal,
} from './engine-options.js';
export type {
  EngineDocument,
  EngineDocuments,
  EngineProgress,
  EngineRunDeps,
  EngineRunner,
  SmaaDocument,
  SmaaRunOptions,
} from './engine-runner.js';
export { ENGINE_RUNNERS, runEngineCommand, runShapleyGame } from './engine-runners.js';
export { DEFAULT_VIKOR_V, RANK_METHODS, WEIGHTS_METHODS, type WeightsMethod } from './methods.js';
