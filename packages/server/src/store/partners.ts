import type { Db } from '../db/connect.js';
import { isUniqueViolation, StoreError } from './errors.js';
import { refuseIfHistory } from './partner-history.js';
import {
  type PartnerInput,
  type PartnerPatch,
  partnerInputSchema,
  partnerPatchSchema,
  type ValidPartnerPatch,
} from './partner-input.js';
import { audit, lockCurrent } from './partner-lock.js';
import { type Partner, readPartner } from './partner-present.js';
import {
  checkPartnerReferences,
  SPEC_ASSESSOR,
  upsertScores,
  writeEstimate,
} from './partner-writes.js';
import { deleteSynergiesOf } from './synergy-writes.js';
import { newId, now, type Trx, writeTransaction } from './tx.js';
import { parseOrThrow } from './validation.js';

export function getPartner(db: Db, workspaceId: string, key: string): Promise<Partner> {
  return readPartner(db.kysely, workspaceId, key);
}

const duplicateKey = (key: string) =>
  new StoreError('duplicate', `a partner with the id "${key}" already exists in this workspace`);

/** Adds a partner at the end of the workspace's list; its scores are recorded under assessor `spec`. */
export async function createPartner(
  db: Db,
  workspaceId: string,
  input: PartnerInput,
  actor: string | null,
): Promise<Partner> {
  const valid = parseOrThrow(partnerInputSchema, input, 'the partner');
  try {
    return await writeTransaction(db, async (trx) => {
      const taken = await trx
        .selectFrom('partners')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', valid.id)
        .executeTakeFirst();
      if (taken) throw duplicateKey(valid.id);
      await checkPartnerReferences(trx, workspaceId, valid);
      const last = await trx
        .selectFrom('partners')
        .select((eb) => eb.fn.max('position').as('position'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      const at = now(trx);
      const id = newId();
      await trx
        .insertInto('partners')
        .values({
          id,
          workspace_id: workspaceId,
          key: valid.id,
          name: valid.name ?? valid.id,
          kind: valid.kind,
          status: valid.status ?? 'candidate',
          domains: JSON.stringify(valid.domains ?? []),
          offers: JSON.stringify(valid.offers ?? []),
          contacts: JSON.stringify(valid.contacts ?? []),
          uses: JSON.stringify(valid.uses ?? {}),
          alpha: valid.alpha ?? null,
          beta: valid.beta ?? null,
          notes: valid.notes ?? '',
          position: last?.position == null ? 0 : Number(last.position) + 1,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await writeExtras(trx, workspaceId, id, valid, at);
      const after = await readPartner(trx, workspaceId, valid.id);
      await audit(trx, workspaceId, actor, 'partner.create', valid.id, null, after, at);
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateKey(valid.id);
    throw error;
  }
}

async function writeExtras(
  trx: Trx,
  workspaceId: string,
  partnerRowId: string,
  valid: ValidPartnerPatch,
  at: string,
): Promise<void> {
  await writeEstimate(
    trx,
    workspaceId,
    partnerRowId,
    { cost: valid.cost, return: valid.return },
    at,
  );
  const scores = Object.entries(valid.scores ?? {}).map(([criterion, score]) => ({
    partnerRowId,
    criterion,
    assessor: SPEC_ASSESSOR,
    score,
  }));
  await upsertScores(trx, workspaceId, scores, at);
}

/** Changes the given fields (absent: unchanged; `null` alpha/beta/cost/return: cleared). */
export async function updatePartner(
  db: Db,
  workspaceId: string,
  key: string,
  patch: PartnerPatch,
  expectedVersion: number,
  actor: string | null,
): Promise<Partner> {
  const valid = parseOrThrow(partnerPatchSchema, patch, 'the change');
  return writeTransaction(db, async (trx) => {
    const row = await lockCurrent(trx, workspaceId, key, expectedVersion);
    await checkPartnerReferences(trx, workspaceId, valid);
    const before = await readPartner(trx, workspaceId, key);
    const at = now(trx);
    await trx
      .updateTable('partners')
      .set({
        ...(valid.name === undefined ? {} : { name: valid.name }),
        ...(valid.kind === undefined ? {} : { kind: valid.kind }),
        ...(valid.domains === undefined ? {} : { domains: JSON.stringify(valid.domains) }),
        ...(valid.offers === undefined ? {} : { offers: JSON.stringify(valid.offers) }),
        ...(valid.contacts === undefined ? {} : { contacts: JSON.stringify(valid.contacts) }),
        ...(valid.uses === undefined ? {} : { uses: JSON.stringify(valid.uses) }),
        ...(valid.alpha === undefined ? {} : { alpha: valid.alpha }),
        ...(valid.beta === undefined ? {} : { beta: valid.beta }),
        ...(valid.notes === undefined ? {} : { notes: valid.notes }),
        version: expectedVersion + 1,
        updated_at: at,
      })
      .where('id', '=', row.id)
      .where('version', '=', expectedVersion)
      .execute();
    await writeExtras(trx, workspaceId, row.id, valid, at);
    const after = await readPartner(trx, workspaceId, key);
    await audit(trx, workspaceId, actor, 'partner.update', key, before, after, at);
    return after;
  });
}

/** Deletes a partner with its estimate, assessments and synergies (each synergy audited). */
export async function deletePartner(
  db: Db,
  workspaceId: string,
  key: string,
  expectedVersion: number,
  actor: string | null,
): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const row = await lockCurrent(trx, workspaceId, key, expectedVersion);
    await refuseIfHistory(trx, workspaceId, new Map([[row.id, key]]));
    const before = await readPartner(trx, workspaceId, key);
    const at = now(trx);
    await deleteSynergiesOf(trx, workspaceId, row.id, actor, at);
    await trx.deleteFrom('partners').where('id', '=', row.id).execute();
    await audit(trx, workspaceId, actor, 'partner.delete', key, before, null, at);
  });
}

export { changePartnerStatus } from './partner-status-change.js';
