/**
 * The exit cost a partner's running agreements propose (core's `proposeExitCost`: the
 * milestones we still owe it up to the end of the notice period, the exit clause's
 * write-off and data-return cost) beside the one a user gave, and which one analyses use:
 * the user's when given (an override), else the agreements' when they propose more than 0.
 */
import {
  centsInUnit,
  type ExitCostProposal,
  ledgerConversion,
  type Message,
  parseValueUnit,
  proposeExitCost,
  type SpecDistribution,
  type ValueUnit,
} from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import {
  moneyEvents,
  partnerAgreements,
  partyOf,
  termsOn,
} from './agreements/partner-agreements.js';
import { StoreError } from './errors.js';
import { readLifecycleCosts } from './lifecycle-costs.js';
import { requirePartnerRow } from './partner-present.js';
import { readSettings } from './settings.js';
import { readTransaction, type Trx, today } from './tx.js';

export type ExitCostSource = 'estimate' | 'agreements' | 'none';

export interface PartnerExitCost {
  readonly partner: string;
  /** What analyses use for this partner (null: none, i.e. 0). */
  readonly exitCost: SpecDistribution | null;
  readonly source: ExitCostSource;
  /** What the agreements propose if notice were given on `noticeDate` (in the ledger's currency). */
  readonly proposal: ExitCostProposal;
  /** The proposal's total in the workspace's value unit; null when it cannot be compared. */
  readonly proposedInUnit: number | null;
  /** Why the agreements' proposal cannot be read in the unit (core's `ledgerConversion`). */
  readonly incomparable?: Message;
  /** The exit cost given by a user (the spec's or the partner's estimate), if any. */
  readonly given: SpecDistribution | null;
}

/** The agreements' proposal for one partner, notice given on `noticeDate`. */
export async function proposalFor(
  q: Trx,
  workspaceId: string,
  partnerKey: string,
  noticeDate: string,
  unit: ValueUnit,
): Promise<{
  proposal: ExitCostProposal;
  inUnit: { ok: true; value: number } | { ok: false; because: Message };
}> {
  const agreements = await partnerAgreements(q, workspaceId, partnerKey, ['active']);
  const views = [];
  let party = partnerKey;
  let scale = 1;
  let because: Message | undefined;
  for (const agreement of agreements) {
    const conversion = ledgerConversion(unit, agreement.document.currency);
    if (conversion.ok) scale = conversion.scale;
    else because ??= conversion.because;
    party = partyOf(agreement, partnerKey);
    views.push({
      agreement: await termsOn(q, agreement, noticeDate),
      events: await moneyEvents(q, workspaceId, agreement),
    });
  }
  const result = proposeExitCost(party, noticeDate, views);
  if (!result.ok) {
    throw new StoreError('invalid', result.issues[0]?.message ?? 'invalid notice date', {
      issues: result.issues,
    });
  }
  const proposal = { ...result.value, partner: partnerKey };
  return {
    proposal,
    inUnit:
      because === undefined || proposal.total === 0
        ? { ok: true, value: centsInUnit(Math.round(proposal.total * 100), scale) }
        : { ok: false, because },
  };
}

/** Exit costs of the given partners (by key), notice given on `noticeDate`. */
export async function partnerExitCosts(
  q: Trx,
  workspaceId: string,
  keys: readonly string[],
  noticeDate: string,
): Promise<PartnerExitCost[]> {
  const given = await readLifecycleCosts(q, workspaceId);
  const unit = parseValueUnit((await readSettings(q, workspaceId)).settings.unit);
  const out: PartnerExitCost[] = [];
  for (const key of keys) {
    const { proposal, inUnit } = await proposalFor(q, workspaceId, key, noticeDate, unit);
    const own = given.get(key)?.exitCost ?? null;
    // The agreements propose in their currency; the spec's exit cost is in its unit.
    const proposed = inUnit.ok && inUnit.value > 0 ? inUnit.value : null;
    const source: ExitCostSource =
      own !== null ? 'estimate' : proposed !== null ? 'agreements' : 'none';
    out.push({
      partner: key,
      exitCost: own ?? proposed,
      source,
      proposal,
      proposedInUnit: inUnit.ok ? inUnit.value : null,
      ...(inUnit.ok ? {} : { incomparable: inUnit.because }),
      given: own,
    });
  }
  return out;
}

/**
 * One partner's exit cost with notice given on `noticeDate` (default: today by the
 * database's clock); an unknown partner is `not_found`.
 */
export function partnerExitCost(
  db: Db,
  workspaceId: string,
  key: string,
  noticeDate?: string,
): Promise<PartnerExitCost> {
  return readTransaction(db, async (trx) => {
    await requirePartnerRow(trx, workspaceId, key);
    const [cost] = await partnerExitCosts(trx, workspaceId, [key], noticeDate ?? today(trx));
    if (cost === undefined) throw new StoreError('not_found', `partner "${key}" not found`);
    return cost;
  });
}
