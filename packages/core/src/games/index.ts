/** Cooperative games for fair benefit allocation: Shapley values and core checks. */
export { airportCostTable, airportShapley } from './airport.js';
export { analyzeGame } from './analyze-game.js';
export { DEFAULT_SAMPLES } from './analyze-sampled.js';
export { type Excess, isInCore, largestExcesses, type Sign } from './coalition-scan.js';
export {
  type CoreCheck,
  checkTableCore,
  SHAPLEY_CORE_TOLERANCE,
  shapleyInTableCore,
} from './core-check.js';
export { LP_TOLERANCE, type LpCoreAnswer, lpCoreNonEmpty, valueScale } from './core-lp.js';
export type { AnalyzeDeps, CoreSummary, GameAnalysis } from './game-analysis.js';
export type { LinearProgram, LpRow, LpSolution, LpSolve, LpStatus } from './lp.js';
export { lpSolveFrom, toMilpModel } from './lp-over-milp.js';
export {
  airportPermutationGame,
  maskValueGame,
  memberValueGame,
  type PermutationGame,
  tablePermutationGame,
  votingPermutationGame,
} from './permutation-games.js';
export { type SampleOptions, type ShapleyEstimate, sampleShapley } from './sample-shapley.js';
export { MAX_VOTING_WORK, shapleyShubik } from './shapley-shubik.js';
export {
  checkTable,
  MAX_EXACT_PLAYERS,
  popcountTable,
  shapleyFromTable,
  shapleyWeights,
} from './shapley-table.js';
export {
  buildSynergyTable,
  isConvexSynergyGame,
  type Synergy as SynergyPair,
  synergyMatrix,
  synergyShapley,
} from './synergy-game.js';
export { synergyPermutationGame } from './synergy-permutation-game.js';
export type { GameDefinition, GameType } from './types.js';
export { validateGame } from './validate-game.js';
export { votingCore } from './voting-core.js';
export {
  grandCoalitionWins,
  type IntegerVotingGame,
  toIntegerVotingGame,
  vetoPlayers,
} from './voting-weights.js';
