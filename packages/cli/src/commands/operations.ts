import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type BackupDocument,
  backupDatabase,
  getWorkspaceBySlug,
  restoreDatabase,
  verifyAuditChain,
} from '@partnerfolio/server';
import { EXIT, inputError } from '../errors.js';
import { type DataFlags, withDatabase } from './server-db.js';
import type { Register } from './shared.js';

export const registerOperations: Register = (program, ctx, emit) => {
  const audit = program.command('audit').description('the hash-chained audit log');
  audit
    .command('verify')
    .description('check that no audit entry was edited, deleted or reordered')
    .option('--workspace <slug>', 'only this workspace (default: all)')
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--json', 'print one JSON document on stdout')
    .action(async (opts: DataFlags & { workspace?: string }) => {
      const result = await withDatabase(opts, async (db) => {
        let workspaceId: string | undefined;
        if (opts.workspace) {
          try {
            workspaceId = (await getWorkspaceBySlug(db, opts.workspace)).id;
          } catch {
            throw inputError(`there is no workspace "${opts.workspace}"`);
          }
        }
        return verifyAuditChain(db, workspaceId);
      });
      const { style } = ctx;
      emit(
        result.intact
          ? {
              json: result,
              text: `${style.green('✓')} audit log intact: ${result.entries} entries\n`,
            }
          : {
              json: result,
              text: `${style.red('✗')} audit log broken at entry ${result.firstBad.seq} of workspace ${result.firstBad.workspaceId}: ${result.firstBad.reason}\n`,
              exitCode: EXIT.invalidInput,
              textToStderr: true,
            },
      );
    });

  program
    .command('backup')
    .description(
      'write a consistent snapshot of the whole database to a file (safe while the server runs)',
    )
    .requiredOption('--out <file>', 'where to write the backup (JSON)')
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--json', 'print one JSON document on stdout')
    .action(async (opts: DataFlags & { out: string }) => {
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
