import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import {
  type ChainBreak,
  type ChainVerification,
  type VerifiedPrefix,
  verifyChain,
} from './chain-verify.js';
import { ledgerHash, presentLedgerEntry } from './ledger.js';

export type LedgerBreak = ChainBreak;
export type LedgerVerification = ChainVerification;

/**
 * Verifies the ledger of one workspace, or of all (see chain-verify.ts); `from` resumes
 * after a prefix verified earlier (one workspace).
 */
export function verifyLedger(
  db: Db,
  workspaceId?: string,
  from?: VerifiedPrefix,
): Promise<LedgerVerification> {
  return verifyChain<Row<'ledger_entries'>>(
    db,
    {
      table: 'ledger_entries',
      noun: 'chain.noun.ledger',
      link: (row) => {
        const entry = presentLedgerEntry(row);
        return { ...entry, rehash: (prev) => ledgerHash(prev, entry) };
      },
    },
    workspaceId,
    from,
  );
}
