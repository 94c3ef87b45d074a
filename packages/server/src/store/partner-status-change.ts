import type { Db } from '../db/connect.js';
import type { PartnerStatus } from '../db/schema.js';
import { endPartnerAgreements } from './agreements/partner-agreements.js';
import { invalid, StoreError } from './errors.js';
import { audit, lockCurrent } from './partner-lock.js';
import { lockPartnerRow, type Partner, readPartner } from './partner-present.js';
import { allowedTransitions, checkTransitionRules, isPartnerStatus } from './partner-status.js';
import { now, type Trx, writeTransaction } from './tx.js';

/**
 * Moves a partner along its lifecycle (partner-status.ts). A move the graph does not
 * allow, or one a business rule blocks, is `invalid_transition` with the allowed moves.
 */
export async function changePartnerStatus(
  db: Db,
  workspaceId: string,
  key: string,
  to: PartnerStatus,
  expectedVersion: number,
  actor: string | null,
): Promise<Partner> {
  if (!isPartnerStatus(to)) throw invalid(['status'], `"${String(to)}" is not a partner status`);
  return writeTransaction(db, async (trx) => {
    await lockCurrent(trx, workspaceId, key, expectedVersion);
    return movePartnerStatus(trx, workspaceId, key, to, actor);
  });
}

/**
 * The same move inside the caller's write transaction, from wherever the partner is now
 * (a review's decision moves its partner in the review's transaction).
 */
export async function movePartnerStatus(
  trx: Trx,
  workspaceId: string,
  key: string,
  to: PartnerStatus,
  actor: string | null,
): Promise<Partner> {
  const row = await lockPartnerRow(trx, workspaceId, key);
  const from = row.status;
  const allowed = allowedTransitions(from);
  if (!allowed.includes(to)) {
    const options =
      allowed.length > 0 ? `it can move to ${allowed.join(', ')}` : `${from} is final`;
    throw new StoreError(
      'invalid_transition',
      `partner "${key}" cannot go from ${from} to ${to}: ${options}`,
      { allowed },
    );
  }
  const blocked = await checkTransitionRules({
    trx,
    workspaceId,
    partnerRowId: row.id,
    partnerKey: key,
    from,
    to,
  });
  if (blocked.length > 0) {
    throw new StoreError('invalid_transition', blocked.map((i) => i.message).join('; '), {
      allowed,
      issues: blocked,
    });
  }
  const before = await readPartner(trx, workspaceId, key);
  const at = now(trx);
  const version = Number(row.version);
  await trx
    .updateTable('partners')
    .set({ status: to, version: version + 1, updated_at: at })
    .where('id', '=', row.id)
    .where('version', '=', version)
    .execute();
  const after = await readPartner(trx, workspaceId, key);
  await audit(trx, workspaceId, actor, 'partner.status', key, before, after, at);
  // An exited partner's agreements end with it (after the partner's own audit entry).
  if (to === 'exited') await endPartnerAgreements(trx, workspaceId, key, actor);
  return after;
}
