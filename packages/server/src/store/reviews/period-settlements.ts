/**
 * The settlement of a period under each of a partner's agreements that ran in it: what a
 * review's actuals are read from (core's `reviewActuals`), and the plan-against-actual
 * series per quarter (plan-actual.ts). Each agreement's money events and terms are read
 * once, up to the last day asked for; a period then settles the events dated up to its
 * end, exactly those `moneyEvents(…, periodEnd)` returns.
 */
import {
  type LedgerEvent,
  type Period,
  type SettleReport,
  settleAcrossVersions,
} from '@partnerfolio/core';
import { termsVersions } from '../agreements/amendments.js';
import { moneyEvents, partnerAgreements } from '../agreements/partner-agreements.js';
import type { Agreement } from '../agreements/present.js';
import { StoreError } from '../errors.js';
import type { Trx } from '../tx.js';

export type PeriodSettler = (period: Period) => SettleReport[];

/** Reads what settling the partner's periods up to `lastDay` needs; settles without I/O. */
export async function partnerSettler(
  q: Trx,
  workspaceId: string,
  key: string,
  lastDay: string,
): Promise<PeriodSettler> {
  return agreementsSettler(q, workspaceId, await settledAgreements(q, workspaceId, key), lastDay);
}

/** The partner's agreements a settlement reads: running, ended or terminated. */
export const settledAgreements = (q: Trx, workspaceId: string, key: string) =>
  partnerAgreements(q, workspaceId, key, ['active', 'ended', 'terminated']);

/** The same for a set of agreements (each settled once per period). */
export async function agreementsSettler(
  q: Trx,
  workspaceId: string,
  agreements: readonly Agreement[],
  lastDay: string,
): Promise<PeriodSettler> {
  const loaded: {
    agreement: Agreement;
    events: LedgerEvent[];
    versions: Awaited<ReturnType<typeof termsVersions>>;
  }[] = [];
  for (const agreement of agreements) {
    if (agreement.start > lastDay) continue;
    const events: LedgerEvent[] = await moneyEvents(q, workspaceId, agreement, lastDay);
    loaded.push({ agreement, events, versions: await termsVersions(q, agreement) });
  }
  return (period) => {
    const reports: SettleReport[] = [];
    for (const { agreement, events, versions } of loaded) {
      if (agreement.start > period.to) continue;
      if (agreement.end !== null && agreement.end < period.from) continue;
      const settled = settleAcrossVersions(
        versions,
        events.filter((e) => e.date <= period.to),
        { from: period.from, to: period.to },
      );
      if (!settled.ok) {
        throw new StoreError(
          'invalid',
          `cannot settle agreement "${agreement.code}" for the period: ${settled.issues[0]?.message}`,
          { issues: settled.issues },
        );
      }
      reports.push(settled.value);
    }
    return reports;
  };
}
