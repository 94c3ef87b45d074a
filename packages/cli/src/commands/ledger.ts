/**
 * `partnerfolio ledger ...`: the settlement ledger's checks. `verify` walks the hash chain
 * (verify-chain.ts); `verify --since FILE` proves today's ledger extends a checkpoint
 * kept in FILE; `checkpoint` prints a signed tree head; `rotate-key` retires the
 * workspace's signing key (old heads still verify); `check-receipt FILE` checks a
 * statement's receipt offline, with no database.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkReceipt } from '@partnerfolio/core';
import type { Db } from '@partnerfolio/server';
import type { CommandContext } from '../context.js';
import { EXIT, inputError, usageError } from '../errors.js';
import { loadServer } from '../server-module.js';
import { type DataFlags, withDatabase } from './server-db.js';
import type { Emit, Register } from './shared.js';
import { registerChainVerify } from './verify-chain.js';

type WorkspaceFlags = DataFlags & { workspace?: string };

/** The workspace named by --workspace, or the only one there is. */
export async function pickWorkspace(
  db: Db,
  slug: string | undefined,
): Promise<{ readonly id: string; readonly slug: string }> {
  const { getWorkspaceBySlug, listWorkspaces } = await loadServer();
  if (slug !== undefined) {
    try {
      return await getWorkspaceBySlug(db, slug);
    } catch {
      throw inputError(`there is no workspace "${slug}"`);
    }
  }
  const all = await listWorkspaces(db);
  if (all.length === 1 && all[0] !== undefined) return all[0];
  if (all.length === 0) throw inputError('there is no workspace yet');
  throw usageError(
    `there are ${all.length} workspaces: name one with --workspace (${all.map((w) => w.slug).join(', ')})`,
  );
}

/** Reads a JSON file the user named; unreadable or not JSON is an input error naming it. */
export function readJsonFile(ctx: CommandContext, file: string): unknown {
  try {
    return JSON.parse(readFileSync(resolve(ctx.io.cwd, file), 'utf8')) as unknown;
  } catch (error) {
    throw inputError(`${file}: cannot read it as JSON: ${(error as Error).message}`);
  }
}

function verifySince(ctx: CommandContext, emit: Emit) {
  return async (file: string, opts: WorkspaceFlags): Promise<void> => {
    const checkpoint = readJsonFile(ctx, file);
    const { verifyLedgerSince } = await loadServer();
    const result = await withDatabase(opts, (db) =>
      verifyLedgerSince(
        db,
        checkpoint,
        opts.workspace === undefined ? {} : { workspace: opts.workspace },
      ),
    );
    const { style } = ctx;
    emit(
      result.intact
        ? {
            json: result,
            text: `${style.green('✓')} the ledger extends ${file}: ${result.entries} entries\n`,
          }
        : {
            json: result,
            text: `${style.red('✗')} the ledger does not extend ${file}: ${result.reason}\n`,
            exitCode: EXIT.invalidInput,
            textToStderr: true,
          },
    );
  };
}

export const registerLedger: Register = (program, ctx, emit) => {
  const ledger = registerChainVerify(program, ctx, emit, {
    name: 'ledger',
    about: 'the settlement ledger (append-only, hash-chained, Merkle tree heads signed)',
    check:
      'check that no ledger entry was edited, deleted or reordered; with --since, that the ledger extends a checkpoint',
    label: 'ledger',
    verify: async (db, workspaceId) => (await loadServer()).verifyLedger(db, workspaceId),
    since: {
      about: 'a checkpoint (from `ledger checkpoint --json`): prove the ledger extends it',
      run: verifySince(ctx, emit),
    },
  });

  ledger
    .command('checkpoint')
    .description("print a signed head of the ledger's Merkle tree (keep it to verify later)")
    .option('--workspace <slug>', 'the workspace (default: the only one)')
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--json', 'print one JSON document on stdout')
    .action(async (opts: WorkspaceFlags) => {
      const { signLedgerCheckpoint } = await loadServer();
      const head = await withDatabase(opts, async (db) =>
        signLedgerCheckpoint(db, await pickWorkspace(db, opts.workspace)),
      );
      emit({
        json: head,
        text: [
          `workspace  ${head.workspace}`,
          `size       ${head.size} entries`,
          `root       ${head.rootHash}`,
          `signed     ${head.at} with key ${head.keyId}`,
          `public key ${head.publicKey}`,
          `signature  ${head.signature}`,
          '',
          'Keep it (`--json > checkpoint.json`); `partnerfolio ledger verify --since checkpoint.json` checks later that the ledger only grew.',
          '',
        ].join('\n'),
      });
    });

  ledger
    .command('rotate-key')
    .description("replace the workspace's ledger signing key (heads signed before still verify)")
    .option('--workspace <slug>', 'the workspace (default: the only one)')
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--json', 'print one JSON document on stdout')
    .action(async (opts: WorkspaceFlags) => {
      const { rotateLedgerKey } = await loadServer();
      const key = await withDatabase(opts, async (db) =>
        rotateLedgerKey(db, (await pickWorkspace(db, opts.workspace)).id),
      );
      emit({
        json: { keyId: key.keyId, publicKey: key.publicKey },
        text: `${ctx.style.green('✓')} new ledger key ${key.keyId}\n`,
      });
    });

  ledger
    .command('check-receipt')
    .description(
      "check a statement's receipt offline: signatures, inclusion proofs, the settlement",
    )
    .argument('<file>', 'a receipt (from `statements receipt` or the web app)')
    .option('--json', 'print one JSON document on stdout')
    .action(async (file: string) => {
      const { ledgerCrypto } = await loadServer();
      const result = checkReceipt(readJsonFile(ctx, file), ledgerCrypto);
      const { style } = ctx;
      if (result.ok) {
        const r = result.value;
        emit({
          json: { valid: true, ...r },
          text: `${style.green('✓')} receipt of statement ${r.number} of ${r.agreement} holds: ${r.entries} entries proven in a signed ledger of ${r.treeSize}\n`,
        });
        return;
      }
      const issue = result.issues[0];
      emit({
        json: { valid: false, code: issue?.code, reason: issue?.message },
        text: `${style.red('✗')} ${file}: ${issue?.message ?? 'not a valid receipt'}\n`,
        exitCode: EXIT.invalidInput,
        textToStderr: true,
      });
    });
};
