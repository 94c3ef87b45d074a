import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupDocument } from '@partnerfolio/server';
import { inputError } from '../errors.js';
import { loadServer } from '../server-module.js';
import { registerLedger } from './ledger.js';
import { type DataFlags, withDatabase } from './server-db.js';
import type { Register } from './shared.js';
import { registerChainVerify } from './verify-chain.js';

export const registerOperations: Register = (program, ctx, emit) => {
  registerChainVerify(program, ctx, emit, {
    name: 'audit',
    about: 'the hash-chained audit log',
    check: 'check that no audit entry was edited, deleted or reordered',
    label: 'audit log',
    verify: async (db, workspaceId) => (await loadServer()).verifyAuditChain(db, workspaceId),
  });
  registerLedger(program, ctx, emit);

  program
    .command('backup')
    .description(
      'write a consistent snapshot of the whole database to a file (safe while the server runs)',
    )
    .requiredOption('--out <file>', 'where to write the backup (JSON)')
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--json', 'print one JSON document on stdout')
    .action(async (opts: DataFlags & { out: string }) => {
      const { backupDatabase } = await loadServer();
      const doc = await withDatabase(opts, (db) => backupDatabase(db));
      const file = resolve(ctx.io.cwd, opts.out);
      writeFileSync(file, JSON.stringify(doc));
      const rows = Object.values(doc.tables).reduce((n, t) => n + t.length, 0);
      emit({
        json: { file, rows },
        text: `${ctx.style.green('✓')} backed up ${rows} rows to ${file}\n`,
      });
    });

  program
    .command('restore')
    .description('load a backup into an empty database')
    .argument('<file>', 'a file written by `partnerfolio backup`')
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--json', 'print one JSON document on stdout')
    .action(async (file: string, opts: DataFlags) => {
      let doc: BackupDocument;
      try {
        doc = JSON.parse(readFileSync(resolve(ctx.io.cwd, file), 'utf8')) as BackupDocument;
      } catch (error) {
        throw inputError(`${file}: cannot read the backup: ${(error as Error).message}`);
      }
      const { restoreDatabase } = await loadServer();
      const result = await withDatabase(opts, async (db) => {
        try {
          return await restoreDatabase(db, doc);
        } catch (error) {
          throw inputError(`${file}: ${(error as Error).message}`);
        }
      });
      emit({
        json: result,
        text: `${ctx.style.green('✓')} restored ${result.rows} rows from ${file}\n`,
      });
    });
};
