import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { auditHash, presentAudit } from './audit.js';
import { type ChainBreak, type ChainVerification, verifyChain } from './chain-verify.js';

export type AuditBreak = ChainBreak;
export type AuditVerification = ChainVerification;

/** Verifies the audit chain of one workspace, or of all (see chain-verify.ts). */
export function verifyAuditChain(db: Db, workspaceId?: string): Promise<AuditVerification> {
  return verifyChain<Row<'audit_log'>>(
    db,
    {
      table: 'audit_log',
      noun: 'chain.noun.entry',
      link: (row) => {
        const entry = presentAudit(row);
        return { ...entry, rehash: (prev) => auditHash(prev, entry) };
      },
    },
    workspaceId,
  );
}
