/**
 * A statement's receipt (core's `Receipt`): the signed statement, the tree head it covers,
 * each ledger entry it read with an inclusion proof in that tree, and the public key.
 * `partnerfolio ledger check-receipt` checks it offline with core's `checkReceipt`.
 */
import { equalBytes, fromHex, type Receipt } from '@partnerfolio/core';
import type { Db } from '../../db/connect.js';
import { StoreError } from '../errors.js';
import { ledgerLeaf, presentLedgerEntry } from '../ledger.js';
import { readLedgerTree } from '../ledger-tree.js';
import { readTransaction } from '../tx.js';
import { getStatement } from './statements.js';

export async function statementReceipt(
  db: Db,
  workspaceId: string,
  agreementCode: string,
  number: number,
): Promise<Receipt> {
  return readTransaction(db, async (trx) => {
    const statement = await getStatement(trx, workspaceId, agreementCode, number);
    const head = statement.document.treeHead;
    const read = await readLedgerTree(trx, workspaceId);
    const broken = (why: string) =>
      new StoreError(
        'conflict',
        `no receipt can be made: the ledger no longer extends the statement's tree head (${why})`,
      );
    if (!read.ok) throw broken(read.reason);
    const { tree } = read;
    if (tree.size < head.size) throw broken(`it has ${tree.size} entries, the head ${head.size}`);
    if (!equalBytes(tree.root(head.size), fromHex(head.rootHash) as Uint8Array)) {
      throw broken('its first entries were rewritten');
    }
    const seqs = statement.document.entries;
    const rows =
      seqs.length === 0
        ? []
        : await trx
            .selectFrom('ledger_entries')
            .selectAll()
            .where('workspace_id', '=', workspaceId)
            .where('seq', 'in', seqs)
            .orderBy('seq')
            .execute();
    const leaves = new Map(rows.map((r) => [Number(r.seq), ledgerLeaf(presentLedgerEntry(r))]));
    return {
      format: 'partnerfolio-receipt',
      version: 1,
      statement: statement.document,
      signature: statement.signature,
      publicKey: head.publicKey,
      entries: seqs.map((seq) => ({
        seq,
        leaf: leaves.get(seq) ?? '',
        proof: tree.inclusionProof(seq - 1, head.size).map((p) => Buffer.from(p).toString('hex')),
      })),
    };
  });
}
