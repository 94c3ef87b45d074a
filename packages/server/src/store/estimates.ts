import type { SpecDistribution } from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { appendAudit } from './audit.js';
import { parseJson } from './canonical-json.js';
import { StoreError } from './errors.js';
import { lockPartnerRow } from './partner-present.js';
import { writeEstimate } from './partner-writes.js';
import { now, type Trx, writeTransaction } from './tx.js';
import { parseOrThrow, storedDistributionSchema } from './validation.js';

/**
 * A partner's cost and return (and its exit and onboarding costs), in the spec's distribution forms. Version 0 (with nulls)
 * means not estimated yet; every save makes version + 1.
 */
export interface Estimate {
  /** The partner's id (spec key). */
  readonly partner: string;
  readonly cost: SpecDistribution | null;
  readonly return: SpecDistribution | null;
  /** Lifecycle costs (DESIGN.md "Lifecycle in the spec"); null when not given (0). */
  readonly exitCost: SpecDistribution | null;
  readonly onboardingCost: SpecDistribution | null;
  readonly version: number;
  readonly updatedAt: string | null;
}

export const estimateInputSchema = z.strictObject({
  cost: storedDistributionSchema.nullable().optional(),
  return: storedDistributionSchema.nullable().optional(),
  exitCost: storedDistributionSchema.nullable().optional(),
  onboardingCost: storedDistributionSchema.nullable().optional(),
});
export type EstimateInput = z.input<typeof estimateInputSchema>;

async function readEstimate(q: Trx, partnerKey: string, partnerRowId: string): Promise<Estimate> {
  const row = await q
    .selectFrom('estimates')
    .selectAll()
    .where('partner_id', '=', partnerRowId)
    .executeTakeFirst();
  if (!row) {
    return {
      partner: partnerKey,
      cost: null,
      return: null,
      exitCost: null,
      onboardingCost: null,
      version: 0,
      updatedAt: null,
    };
  }
  return {
    partner: partnerKey,
    cost: parseJson<SpecDistribution | null>(row.cost),
    return: parseJson<SpecDistribution | null>(row.return),
    exitCost: row.exit_cost === null ? null : parseJson<SpecDistribution | null>(row.exit_cost),
    onboardingCost:
      row.onboarding_cost === null ? null : parseJson<SpecDistribution | null>(row.onboarding_cost),
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

export async function getEstimate(
  db: Db,
  workspaceId: string,
  partnerKey: string,
): Promise<Estimate> {
  const partner = await db.kysely
    .selectFrom('partners')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', partnerKey)
    .executeTakeFirst();
  if (!partner) throw new StoreError('not_found', `partner "${partnerKey}" does not exist`);
  return readEstimate(db.kysely, partnerKey, partner.id);
}

/**
 * Sets cost and/or return (absent: unchanged, null: cleared). `expectedVersion` is the
 * estimate's version the caller saw (0 when there was none).
 */
export async function setEstimate(
  db: Db,
  workspaceId: string,
  partnerKey: string,
  input: EstimateInput,
  expectedVersion: number,
  actor: string | null,
): Promise<Estimate> {
  const valid = parseOrThrow(estimateInputSchema, input, 'the estimate');
  return writeTransaction(db, async (trx) => {
    const partner = await lockPartnerRow(trx, workspaceId, partnerKey);
    const before = await readEstimate(trx, partnerKey, partner.id);
    if (before.version !== expectedVersion) {
      throw new StoreError(
        'conflict',
        `the estimate of "${partnerKey}" changed since version ${expectedVersion} (now ${before.version}); reload and retry`,
        { current: before },
      );
    }
    const at = now(trx);
    await writeEstimate(trx, workspaceId, partner.id, valid, at);
    const after = await readEstimate(trx, partnerKey, partner.id);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'estimate.set',
      entity: 'estimate',
      entityId: partnerKey,
      before: before.version === 0 ? null : before,
      after,
      at,
    });
    return after;
  });
}
