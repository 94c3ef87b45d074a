/**
 * `partnerfolio statements list|show|receipt`: the settlement statements a server recorded,
 * read from its database (works while it runs, like `ledger verify`). `settle FILE` stays
 * the way to settle an agreement file without a server.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db, Statement } from '@partnerfolio/server';
import { inputError } from '../errors.js';
import { loadServer } from '../server-module.js';
import { pickWorkspace } from './ledger.js';
import { type DataFlags, withDatabase } from './server-db.js';
import { parseIntOption, type Register } from './shared.js';

type Flags = DataFlags & { workspace?: string; agreement: string; json?: boolean };

async function inWorkspace<T>(
  opts: Flags,
  fn: (db: Db, workspaceId: string) => Promise<T>,
): Promise<T> {
  return withDatabase(opts, async (db) => {
    const ws = await pickWorkspace(db, opts.workspace);
    try {
      return await fn(db, ws.id);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'not_found' || code === 'conflict') throw inputError((error as Error).message);
      throw error;
    }
  });
}

const money = (n: number) => n.toFixed(2);

function describe(s: Statement): string {
  const d = s.document;
  const out = [
    `statement ${s.number} of ${s.agreement}  ${d.period.from} … ${d.period.to}  ${s.status}${s.supersededBy ? ` (by ${s.supersededBy})` : ''}`,
    `  terms version ${d.termsVersion}, ledger head ${d.treeHead.size} entries ${d.treeHead.rootHash.slice(0, 16)}…`,
  ];
  for (const [party, amount] of Object.entries(d.balances))
    out.push(`  ${party.padEnd(24)} ${money(amount)}`);
  d.transfers.forEach((t, i) => {
    const paid = s.payments.find((p) => p.transfer === i);
    out.push(
      `  transfer ${i}: ${t.from} → ${t.to} ${money(t.amount)}${paid ? ` paid ${paid.date} (${paid.reference})` : ''}`,
    );
  });
  for (const r of s.responses) {
    out.push(
      `  ${r.party} ${r.decision === 'accept' ? 'accepted' : `disputed lines ${r.lines.join(', ')}: ${r.reason}`}`,
    );
  }
  if (s.awaiting.length > 0) out.push(`  awaiting ${s.awaiting.join(', ')}`);
  return `${out.join('\n')}\n`;
}

export const registerStatements: Register = (program, ctx, emit) => {
  const group = program
    .command('statements')
    .description("an agreement's recorded settlement statements (on a server's data)");
  const common = (name: string, about: string) =>
    group
      .command(name)
      .description(about)
      .requiredOption('--agreement <id>', "the agreement's id")
      .option('--workspace <slug>', 'the workspace (default: the only one)')
      .option('--data <dir>', 'folder of the embedded database (default ./data)')
      .option('--json', 'print one JSON document on stdout');

  common('list', 'every statement of the agreement, oldest first').action(async (opts: Flags) => {
    const { listStatements, readTransaction } = await loadServer();
    const list = await inWorkspace(opts, (db, ws) =>
      readTransaction(db, (trx) => listStatements(trx, ws, opts.agreement)),
    );
    emit({
      json: list,
      text:
        list.length === 0 ? `no statements for ${opts.agreement}\n` : list.map(describe).join(''),
    });
  });

  common('show', 'one statement with its answers and payments')
    .requiredOption('--number <n>', 'the statement number', parseIntOption('--number', 1))
    .action(async (opts: Flags & { number: number }) => {
      const { getStatement, readTransaction } = await loadServer();
      const s = await inWorkspace(opts, (db, ws) =>
        readTransaction(db, (trx) => getStatement(trx, ws, opts.agreement, opts.number)),
      );
      emit({ json: s, text: describe(s) });
    });

  common('receipt', 'write the receipt a partner checks offline (`ledger check-receipt`)')
    .requiredOption('--number <n>', 'the statement number', parseIntOption('--number', 1))
    .requiredOption('--out <file>', 'where to write it (JSON)')
    .action(async (opts: Flags & { number: number; out: string }) => {
      const { statementReceipt } = await loadServer();
      const receipt = await inWorkspace(opts, (db, ws) =>
        statementReceipt(db, ws, opts.agreement, opts.number),
      );
      const file = resolve(ctx.io.cwd, opts.out);
      writeFileSync(file, `${JSON.stringify(receipt, null, 2)}\n`);
      emit({
        json: { file, entries: receipt.entries.length, treeSize: receipt.statement.treeHead.size },
        text: `${ctx.style.green('✓')} wrote the receipt of statement ${opts.number} to ${file}\n`,
      });
    });
};
