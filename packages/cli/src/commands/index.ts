import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerAccounts } from './accounts.js';
import { registerAnalyze } from './analyze.js';
import { registerAttribute } from './attribute.js';
import { registerEvaluate } from './evaluate.js';
import { registerFrontier } from './frontier.js';
import { registerGraph } from './graph.js';
import { registerOperations } from './operations.js';
import { registerOptimize } from './optimize.js';
import { registerRank } from './rank.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';
import { registerSettle } from './settle.js';
import { registerShapley } from './shapley.js';
import type { Emit } from './shared.js';
import { registerSimulate } from './simulate.js';
import { registerSmaa } from './smaa.js';
import { registerStatements } from './statements.js';
import { registerValidate } from './validate.js';
import { registerWeights } from './weights.js';

/** The commands of the CLI contract, in the order `--help` lists them. */
export function registerCommands(program: Command, ctx: CommandContext, emit: Emit): void {
  for (const register of [
    registerValidate,
    registerEvaluate,
    registerWeights,
    registerRank,
    registerOptimize,
    registerFrontier,
    registerSimulate,
    registerShapley,
    registerSmaa,
    registerGraph,
    registerSettle,
    registerAttribute,
    registerSchema,
    registerAnalyze,
    registerServe,
    registerAccounts,
    registerOperations,
    registerStatements,
  ]) {
    register(program, ctx, emit);
  }
}
