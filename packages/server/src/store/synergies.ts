import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { appendAudit } from './audit.js';
import { invalid, notFound, StoreError } from './errors.js';
import { lockPartnerRowIfAny } from './partner-present.js';
import { presentSynergy, type Synergy, selectSynergies } from './synergy-writes.js';
import { dialectOf, newId, now, type Trx, writeTransaction } from './tx.js';
import { keySchema, parseOrThrow, storedDistributionSchema } from './validation.js';

export const synergyInputSchema = z.strictObject({
  between: z.tuple([keySchema, keySchema]),
  value: storedDistributionSchema,
  note: z.string().optional(),
});
export const synergyPatchSchema = z.strictObject({
  value: storedDistributionSchema.optional(),
  note: z.string().optional(),
});
export type SynergyInput = z.input<typeof synergyInputSchema>;
export type SynergyPatch = z.input<typeof synergyPatchSchema>;

export async function listSynergies(
  db: Db,
  workspaceId: string,
  filter: { readonly partner?: string } = {},
): Promise<Synergy[]> {
  let query = selectSynergies(db.kysely, workspaceId);
  if (filter.partner !== undefined) {
    const key = filter.partner;
    query = query.where((eb) => eb.or([eb('a.key', '=', key), eb('b.key', '=', key)]));
  }
  return (await query.execute()).map(presentSynergy);
}

async function readSynergy(
  q: Trx,
  workspaceId: string,
  id: string,
  lock = false,
): Promise<Synergy> {
  let query = selectSynergies(q, workspaceId).where('s.id', '=', id);
  if (lock && dialectOf(q) === 'postgres') query = query.forUpdate(['s']);
  const row = await query.executeTakeFirst();
  if (!row) throw notFound(`synergy ${id}`);
  return presentSynergy(row);
}

export function getSynergy(db: Db, workspaceId: string, id: string): Promise<Synergy> {
  return readSynergy(db.kysely, workspaceId, id);
}

export async function createSynergy(
  db: Db,
  workspaceId: string,
  input: SynergyInput,
  actor: string | null,
): Promise<Synergy> {
  const valid = parseOrThrow(synergyInputSchema, input, 'the synergy');
  const [keyA, keyB] = valid.between;
  if (keyA === keyB) {
    throw invalid(
      ['between'],
      `a synergy is between two different partners, but both are "${keyA}"`,
      'self_synergy',
    );
  }
  return writeTransaction(db, async (trx) => {
    const a = await lockPartnerRowIfAny(trx, workspaceId, keyA);
    const b = await lockPartnerRowIfAny(trx, workspaceId, keyB);
    if (!a || !b) {
      const missing = a ? 1 : 0;
      throw invalid(
        ['between', missing],
        `"${valid.between[missing]}" is not a partner of this workspace`,
        'unknown_partner',
      );
    }
    const existing = await trx
      .selectFrom('synergies')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where((eb) =>
        eb.or([
          eb.and([eb('partner_a', '=', a.id), eb('partner_b', '=', b.id)]),
          eb.and([eb('partner_a', '=', b.id), eb('partner_b', '=', a.id)]),
        ]),
      )
      .executeTakeFirst();
    if (existing) {
      throw new StoreError(
        'duplicate',
        `there is already a synergy between "${keyA}" and "${keyB}" (${existing.id})`,
      );
    }
    const last = await trx
      .selectFrom('synergies')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    const at = now(trx);
    const id = newId();
    await trx
      .insertInto('synergies')
      .values({
        id,
        workspace_id: workspaceId,
        partner_a: a.id,
        partner_b: b.id,
        value: JSON.stringify(valid.value),
        note: valid.note ?? '',
        position: last?.position == null ? 0 : Number(last.position) + 1,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const after = await readSynergy(trx, workspaceId, id);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'synergy.create',
      entity: 'synergy',
      entityId: id,
      before: null,
      after,
      at,
    });
    return after;
  });
}

async function lockCurrent(trx: Trx, workspaceId: string, id: string, expectedVersion: number) {
  const current = await readSynergy(trx, workspaceId, id, true);
  if (current.version !== expectedVersion) {
    throw new StoreError(
      'conflict',
      `synergy ${id} changed since version ${expectedVersion} (now ${current.version}); reload and retry`,
      { current },
    );
  }
  return current;
}

export async function updateSynergy(
  db: Db,
  workspaceId: string,
  id: string,
  patch: SynergyPatch,
  expectedVersion: number,
  actor: string | null,
): Promise<Synergy> {
  const valid = parseOrThrow(synergyPatchSchema, patch, 'the change');
  return writeTransaction(db, async (trx) => {
    const before = await lockCurrent(trx, workspaceId, id, expectedVersion);
    const at = now(trx);
    await trx
      .updateTable('synergies')
      .set({
        ...(valid.value === undefined ? {} : { value: JSON.stringify(valid.value) }),
        ...(valid.note === undefined ? {} : { note: valid.note }),
        version: expectedVersion + 1,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    const after = await readSynergy(trx, workspaceId, id);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'synergy.update',
      entity: 'synergy',
      entityId: id,
      before,
      after,
      at,
    });
    return after;
  });
}

export async function deleteSynergy(
  db: Db,
  workspaceId: string,
  id: string,
  expectedVersion: number,
  actor: string | null,
): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const before = await lockCurrent(trx, workspaceId, id, expectedVersion);
    await trx.deleteFrom('synergies').where('id', '=', id).execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'synergy.delete',
      entity: 'synergy',
      entityId: id,
      before,
      after: null,
      at: now(trx),
    });
  });
}
