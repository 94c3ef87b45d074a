import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import type { Emit, Register } from './shared.js';

interface CommandModule {
  /** The top-level commands the module registers. */
  readonly names: readonly string[];
  readonly load: () => Promise<Register>;
}

/**
 * The commands of the CLI contract, in the order `--help` lists them. Each module is
 * imported only when its command runs (or for the full `--help`): a command's start-up
 * pays for its own imports only, and `--version` for none.
 */
const MODULES: readonly CommandModule[] = [
  { names: ['validate'], load: async () => (await import('./validate.js')).registerValidate },
  { names: ['evaluate'], load: async () => (await import('./evaluate.js')).registerEvaluate },
  { names: ['weights'], load: async () => (await import('./weights.js')).registerWeights },
  { names: ['rank'], load: async () => (await import('./rank.js')).registerRank },
  { names: ['optimize'], load: async () => (await import('./optimize.js')).registerOptimize },
  { names: ['frontier'], load: async () => (await import('./frontier.js')).registerFrontier },
  { names: ['simulate'], load: async () => (await import('./simulate.js')).registerSimulate },
  { names: ['shapley'], load: async () => (await import('./shapley.js')).registerShapley },
  { names: ['smaa'], load: async () => (await import('./smaa.js')).registerSmaa },
  { names: ['graph', 'match'], load: async () => (await import('./graph.js')).registerGraph },
  { names: ['settle'], load: async () => (await import('./settle.js')).registerSettle },
  { names: ['attribute'], load: async () => (await import('./attribute.js')).registerAttribute },
  { names: ['schema'], load: async () => (await import('./schema.js')).registerSchema },
  { names: ['analyze'], load: async () => (await import('./analyze.js')).registerAnalyze },
  { names: ['serve'], load: async () => (await import('./serve.js')).registerServe },
  {
    names: ['user', 'token'],
    load: async () => (await import('./accounts.js')).registerAccounts,
  },
  {
    names: ['audit', 'ledger', 'backup', 'restore'],
    load: async () => (await import('./operations.js')).registerOperations,
  },
  {
    names: ['statements'],
    load: async () => (await import('./statements.js')).registerStatements,
  },
];

export const COMMAND_NAMES: readonly string[] = MODULES.flatMap((m) => m.names);

/**
 * Registers the command `only` names (with its siblings from the same module), or every
 * command when `only` is undefined, or none when it is null (`--version`).
 */
export async function registerCommands(
  program: Command,
  ctx: CommandContext,
  emit: Emit,
  only?: string | null,
): Promise<void> {
  if (only === null) return;
  const chosen = only === undefined ? MODULES : MODULES.filter((m) => m.names.includes(only));
  const registers = await Promise.all(chosen.map((m) => m.load()));
  for (const register of registers) register(program, ctx, emit);
}
