/**
 * Settlement under amended terms: each event is settled under the terms in force on its
 * date. The period is cut at each version's effective date and each piece settled with
 * its own terms (earlier events still tell whether a milestone was paid before); lines
 * are kept, balances added in exact cents, and transfers worked out once for the total.
 * Revenue tiers and caps therefore apply per piece: an amendment starts its tiers afresh.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import type { Agreement } from './agreement-schema.js';
import type { LedgerEvent } from './event-schema.js';
import { toNumber } from './money.js';
import type { SettleLine, SettleOptions, SettleReport } from './report.js';
import { settleAgreement } from './settle.js';
import { settleTransfers } from './transfers.js';

export interface TermsVersion {
  readonly version: number;
  /** First day (YYYY-MM-DD) the version's terms apply to. */
  readonly effectiveFrom: string;
  readonly agreement: Agreement;
}

export interface VersionedSettleReport extends SettleReport {
  /** The versions that applied, each with the part of the period it covered. */
  readonly versions: readonly {
    readonly version: number;
    readonly from: string;
    readonly to: string;
  }[];
}

const dayBefore = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

export function settleAcrossVersions(
  versions: readonly TermsVersion[],
  events: readonly LedgerEvent[],
  period: SettleOptions,
): Result<VersionedSettleReport> {
  const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  if (sorted.length === 0) {
    return fail([{ code: 'no_terms', path: ['versions'], message: 'the agreement has no terms' }]);
  }
  const pieces: { version: TermsVersion; from: string; to: string }[] = [];
  sorted.forEach((version, k) => {
    const next = sorted[k + 1];
    const from =
      k === 0 || version.effectiveFrom < period.from ? period.from : version.effectiveFrom;
    const to =
      next === undefined || next.effectiveFrom > period.to
        ? period.to
        : dayBefore(next.effectiveFrom);
    if (from <= to) pieces.push({ version, from, to });
  });
  const lastPiece = pieces[pieces.length - 1];
  if (pieces.length === 1 && lastPiece !== undefined) {
    const only = settleAgreement(lastPiece.version.agreement, events, period);
    if (!only.ok) return only;
    return ok(
      {
        ...only.value,
        versions: [{ version: lastPiece.version.version, from: period.from, to: period.to }],
      },
      only.warnings,
    );
  }
  const lines: SettleLine[] = [];
  const cents = new Map<string, bigint>();
  const warnings: Issue[] = [];
  let counted = 0;
  for (const piece of pieces) {
    const { agreement, version } = piece.version;
    const settled = settleAgreement(
      agreement,
      events.filter((e) => e.date <= piece.to),
      { from: piece.from, to: piece.to },
    );
    if (!settled.ok) {
      return fail(
        settled.issues.map((i) => ({ ...i, message: `terms version ${version}: ${i.message}` })),
      );
    }
    warnings.push(...settled.warnings);
    counted += settled.value.events;
    for (const party of agreement.parties) if (!cents.has(party)) cents.set(party, 0n);
    for (const line of settled.value.lines) {
      lines.push({
        ...line,
        term: `v${version}.${line.term}`,
        explain: `(terms v${version}, ${piece.from} – ${piece.to}) ${line.explain}`,
      });
      cents.set(line.party, (cents.get(line.party) ?? 0n) + BigInt(Math.round(line.amount * 100)));
    }
  }
  const last = pieces[pieces.length - 1]?.version.agreement ?? sorted[0]?.agreement;
  const transfers = settleTransfers([...cents]);
  return ok(
    {
      agreement: last?.id ?? '',
      ...(last?.currency === undefined ? {} : { currency: last.currency }),
      period: { from: period.from, to: period.to },
      events: counted,
      balances: Object.fromEntries([...cents].map(([p, c]) => [p, toNumber(c)])),
      transfers: transfers.map((t) => ({ from: t.from, to: t.to, amount: toNumber(t.cents) })),
      lines,
      versions: pieces.map((p) => ({ version: p.version.version, from: p.from, to: p.to })),
    },
    warnings,
  );
}
