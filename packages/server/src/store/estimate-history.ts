/**
 * The estimates' history (migration 0015): every cost and return a partner's estimate had,
 * with its version and when it was saved. Written in the transaction of each estimate
 * write that changes the cost or the return (partner-writes.ts `writeEstimate`, an
 * import, a spec replacement); read by the plan against actual, whose past quarters plan
 * with the estimate in force then (core's `estimateInForce`).
 */
import {
  type DatedEstimate,
  expectedValue,
  fromSpecDistribution,
  type SpecDistribution,
} from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { chunks } from './batch.js';
import { parseJson } from './canonical-json.js';
import { requirePartnerRow } from './partner-present.js';
import { newId, readTransaction, type Trx } from './tx.js';

export interface EstimateSave {
  readonly partnerRowId: string;
  /** The estimate's version after the save. */
  readonly version: number;
  /** Cost and return as stored (distribution JSON, `null` when not estimated). */
  readonly cost: string;
  readonly return: string;
  /** As stored before the save (undefined: there was no estimate). */
  readonly before?: { readonly cost: string; readonly return: string } | undefined;
}

const same = (a: string, b: string) =>
  a === b || JSON.stringify(parseJson<unknown>(a)) === JSON.stringify(parseJson<unknown>(b));

/** Records the saves whose cost or return changed (a save of only the lifecycle costs is not a new plan). */
export async function recordEstimateHistory(
  trx: Trx,
  workspaceId: string,
  saves: readonly EstimateSave[],
  at: string,
): Promise<void> {
  const changed = saves.filter(
    (s) =>
      s.before === undefined || !same(s.before.cost, s.cost) || !same(s.before.return, s.return),
  );
  for (const batch of chunks(changed)) {
    await trx
      .insertInto('partner_estimates')
      .values(
        batch.map((s) => ({
          id: newId(),
          workspace_id: workspaceId,
          partner_id: s.partnerRowId,
          version: s.version,
          cost: s.cost,
          return: s.return,
          at,
        })),
      )
      .execute();
  }
}

const mean = (d: SpecDistribution | null) =>
  d === null ? 0 : expectedValue(fromSpecDistribution(d));

/** A partner's estimates as core reads them: expected annual cost and return, dated by day. */
export async function readEstimateHistory(q: Trx, partnerRowId: string): Promise<DatedEstimate[]> {
  const rows = await q
    .selectFrom('partner_estimates')
    .select(['version', 'cost', 'return', 'at'])
    .where('partner_id', '=', partnerRowId)
    .orderBy('at')
    .orderBy('version')
    .execute();
  return rows.map((row) => {
    const cost = parseJson<SpecDistribution | null>(row.cost);
    const ret = parseJson<SpecDistribution | null>(row.return);
    return {
      version: Number(row.version),
      since: row.at.slice(0, 10),
      estimate: cost === null && ret === null ? null : { cost: mean(cost), return: mean(ret) },
    };
  });
}

/** A partner's estimates, oldest first (the review wizard prefills its plan with the one in force). */
export async function partnerEstimateHistory(
  db: Db,
  workspaceId: string,
  key: string,
): Promise<{ readonly partner: string; readonly estimates: DatedEstimate[] }> {
  return readTransaction(db, async (trx) => {
    const partner = await requirePartnerRow(trx, workspaceId, key);
    return { partner: key, estimates: await readEstimateHistory(trx, partner.id) };
  });
}
