/**
 * An engine command run in this process, through core's command table (the same runners
 * the server's engine threads use): the CLI's parts are HiGHS loaded on first use and,
 * where a command passes them, its worker threads and progress bars.
 */
import {
  type EngineCommand,
  type EngineDocuments,
  type EngineOptions,
  type EngineRunDeps,
  runEngineCommand,
} from '@partnerfolio/core/commands';
import type { Result } from '@partnerfolio/core/issues';
import type { Portfolio } from '@partnerfolio/core/model';
import type { CommandContext } from './context.js';

export function runHere<C extends EngineCommand>(
  ctx: CommandContext,
  command: C,
  portfolio: Portfolio,
  options: EngineOptions<C>,
  host: Omit<EngineRunDeps, 'solver'> = {},
): Promise<Result<EngineDocuments[C]>> {
  return runEngineCommand(command, portfolio, options, { solver: ctx.solver, ...host });
}
