import { appendAudit } from './audit.js';
import { StoreError } from './errors.js';
import { lockPartnerRow, type Partner, readPartner } from './partner-present.js';
import type { Trx } from './tx.js';

/** Appends a partner's change to the audit log (entity id: the partner's key). */
export function audit(
  trx: Trx,
  workspaceId: string,
  actor: string | null,
  action: string,
  key: string,
  before: Partner | null,
  after: Partner | null,
  at: string,
) {
  return appendAudit(trx, {
    workspaceId,
    actor,
    action,
    entity: 'partner',
    entityId: key,
    before,
    after,
    at,
  });
}

/**
 * The current record, or `conflict` carrying it when the caller's version is stale:
 * the check and the write run in one write transaction, so no update is lost.
 */
export async function lockCurrent(
  trx: Trx,
  workspaceId: string,
  key: string,
  expectedVersion: number,
) {
  const row = await lockPartnerRow(trx, workspaceId, key);
  if (Number(row.version) !== expectedVersion) {
    const current = await readPartner(trx, workspaceId, key);
    throw new StoreError(
      'conflict',
      `partner "${key}" changed since version ${expectedVersion} (now ${current.version}); reload and retry`,
      { current },
    );
  }
  return row;
}
