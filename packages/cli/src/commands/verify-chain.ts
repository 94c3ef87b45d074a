import type { ChainVerification, Db } from '@partnerfolio/server';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { EXIT, inputError } from '../errors.js';
import { loadServer } from '../server-module.js';
import { type DataFlags, withDatabase } from './server-db.js';
import type { Emit } from './shared.js';

export interface ChainCommand {
  /** `audit`, `ledger`: the command group (`partnerfolio ledger verify`). */
  readonly name: string;
  readonly about: string;
  readonly check: string;
  /** How messages name the chain: "audit log", "ledger". */
  readonly label: string;
  readonly verify: (db: Db, workspaceId?: string) => Promise<ChainVerification>;
  /** `verify --since FILE`: checks against a kept checkpoint instead of walking the chain. */
  readonly since?: {
    readonly about: string;
    readonly run: (file: string, opts: DataFlags & { workspace?: string }) => Promise<void>;
  };
}

/**
 * `partnerfolio <name> verify [--workspace SLUG] [--data DIR] [--json]`: walks a hash
 * chain in the database; exit 0 when intact, 1 naming the first bad entry.
 */
export function registerChainVerify(
  program: Command,
  ctx: CommandContext,
  emit: Emit,
  chain: ChainCommand,
): Command {
  const group = program.command(chain.name).description(chain.about);
  const verify = group
    .command('verify')
    .description(chain.check)
    .option('--workspace <slug>', 'only this workspace (default: all)')
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--json', 'print one JSON document on stdout');
  if (chain.since) verify.option('--since <file>', chain.since.about);
  verify.action(async (opts: DataFlags & { workspace?: string; since?: string }) => {
    if (opts.since !== undefined && chain.since) {
      await chain.since.run(opts.since, opts);
      return;
    }
    const result = await withDatabase(opts, async (db) => {
      let workspaceId: string | undefined;
      if (opts.workspace) {
        const { getWorkspaceBySlug } = await loadServer();
        try {
          workspaceId = (await getWorkspaceBySlug(db, opts.workspace)).id;
        } catch {
          throw inputError(`there is no workspace "${opts.workspace}"`);
        }
      }
      return chain.verify(db, workspaceId);
    });
    const { style } = ctx;
    emit(
      result.intact
        ? {
            json: result,
            text: `${style.green('✓')} ${chain.label} intact: ${result.entries} entries\n`,
          }
        : {
            json: result,
            text: `${style.red('✗')} ${chain.label} broken at entry ${result.firstBad.seq} of workspace ${result.firstBad.workspaceId}: ${result.firstBad.reason}\n`,
            exitCode: EXIT.invalidInput,
            textToStderr: true,
          },
    );
  });
  return group;
}
