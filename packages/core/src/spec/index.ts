/** The spec and game file formats: parse text into validated models with positioned issues. */

export {
  DISTRIBUTION_FORMS,
  DISTRIBUTION_PARAMETERS,
  distributionSchema,
} from './distribution-schema.js';
export { DOCUMENT_LIMITS } from './document-limits.js';
export { GAME_FORMS, type GameSpec, gameSchema } from './game-schema.js';
export { MAX_TABLE_PLAYERS } from './game-table.js';
export {
  boundedNumber,
  ID_MAX_LENGTH,
  idProblem,
  idSchema,
  NUMBER_LIMITS,
} from './input-rules.js';
export { SPEC_SCHEMA_ID, specJsonSchema } from './json-schema.js';
export {
  type GameOrSpec,
  isSpecLike,
  parseGameOrSpecText,
  parseGameText,
} from './parse-game.js';
export { parseSpecText } from './parse-spec.js';
export type { ReadOptions } from './source.js';
export { type Spec, type SpecInput, specSchema, weightingSchema } from './spec-schema.js';
export { CVAR_DEFAULTS, toPortfolio } from './to-portfolio.js';
export { validateGameDocument } from './validate-game.js';
export { type ParsedSpec, validateSpecDocument } from './validate-spec.js';
