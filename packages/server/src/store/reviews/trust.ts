import {
  type Obligation as CoreObligation,
  type ObligationTrust,
  trustFromObligations,
} from '@partnerfolio/core';
import type { Db } from '../../db/connect.js';
import {
  type Obligation,
  presentObligation,
  selectObligations,
} from '../agreements/obligations.js';
import { StoreError } from '../errors.js';
import { requirePartnerRow } from '../partner-present.js';
import { type Trx, today } from '../tx.js';

export const toCoreObligation = (o: Obligation): CoreObligation => ({
  id: o.id,
  title: o.title,
  kind: o.kind,
  owner: o.owner,
  dueDate: o.dueDate,
  state: o.state,
  ...(o.resolvedAt === null ? {} : { resolvedAt: o.resolvedAt }),
  ...(o.evidence === '' ? {} : { evidence: o.evidence }),
});

/**
 * A partner's trust from the obligations it owns under any agreement, kept or broken
 * (core's beta reputation with half-life decay), with its trend over the last year.
 * Outcomes recorded after `today` are left out: trust is what was known on that day.
 */
export async function partnerTrust(
  q: Db['kysely'] | Trx,
  workspaceId: string,
  key: string,
  today: string,
): Promise<ObligationTrust> {
  const rows = await selectObligations(q, workspaceId).where('o.owner', '=', key).execute();
  const obligations = rows
    .map(presentObligation)
    .filter((o) => o.resolvedAt === null || o.resolvedAt <= today)
    .map(toCoreObligation);
  const result = trustFromObligations(obligations, { today, party: key });
  if (!result.ok) {
    throw new StoreError('invalid', result.issues[0]?.message ?? 'cannot compute trust', {
      issues: result.issues,
    });
  }
  return result.value;
}

export interface PartnerTrustSummary {
  readonly partner: string;
  readonly score: number;
  readonly uncertainty: number;
  readonly counted: number;
  /** Decayed weights of the kept and broken obligations (the delivery model's record). */
  readonly kept: number;
  readonly broken: number;
  readonly direction: ObligationTrust['direction'];
}

/** The trust of every partner that owns obligations, for portfolio views and the dashboard. */
export async function workspaceTrust(
  db: Db,
  workspaceId: string,
  today: string,
): Promise<PartnerTrustSummary[]> {
  const owners = await db.kysely
    .selectFrom('obligations as o')
    .innerJoin('partners as p', (join) =>
      join.onRef('p.key', '=', 'o.owner').onRef('p.workspace_id', '=', 'o.workspace_id'),
    )
    .select('o.owner')
    .distinct()
    .where('o.workspace_id', '=', workspaceId)
    .orderBy('o.owner')
    .execute();
  const list: PartnerTrustSummary[] = [];
  for (const { owner } of owners) {
    const t = await partnerTrust(db.kysely, workspaceId, owner, today);
    list.push({
      partner: owner,
      score: t.score,
      uncertainty: t.uncertainty,
      counted: t.counted,
      kept: t.kept,
      broken: t.broken,
      direction: t.direction,
    });
  }
  return list;
}

/** A partner's trust as of today (the handle's clock); 404 for an unknown partner. */
export async function partnerTrustToday(
  db: Db,
  workspaceId: string,
  key: string,
): Promise<ObligationTrust> {
  await requirePartnerRow(db.kysely, workspaceId, key);
  return partnerTrust(db.kysely, workspaceId, key, today(db));
}

/** Every partner's trust as of today (the handle's clock). */
export const workspaceTrustToday = (db: Db, workspaceId: string) =>
  workspaceTrust(db, workspaceId, today(db));
