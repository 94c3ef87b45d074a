/**
 * What needs attention in running partnerships, for the dashboard: obligations overdue
 * and falling due, reviews due, partners whose trust or net is falling, what the final
 * statements still owe (and what is overdue: core's `paymentsOwed`), and whether the
 * ledger's chain is intact.
 */
import {
  type ObligationReminders,
  obligationReminders,
  type PaymentsOwed,
  paymentsOwed,
  type ReviewDue,
  reviewsDue,
} from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { listObligations, type Obligation } from './agreements/obligations.js';
import { StoreError } from './errors.js';
import type { LedgerVerification } from './ledger-verify.js';
import { HeadKeyedCache, type LedgerHead, ledgerHead } from './operations-cache.js';
import { auditHead } from './partner-list-cache.js';
import { getReviewSettings } from './reviews/settings.js';
import { partnerTrust, toCoreObligation } from './reviews/trust.js';
import { listStatements } from './statements/statements.js';
import { today } from './tx.js';

export interface PartnerSignal {
  readonly partner: string;
  readonly name: string;
  readonly detail: string;
  readonly value: number;
}

export interface OperationsSummary {
  readonly today: string;
  readonly obligations: {
    readonly overdue: readonly (Obligation & { readonly daysOverdue: number })[];
    readonly dueSoon: readonly (Obligation & { readonly daysLeft: number })[];
  };
  readonly reviewsDue: readonly (ReviewDue & { readonly name: string })[];
  /** Unpaid transfers of statements every party accepted; overdue 30 days after. */
  readonly payments: PaymentsOwed;
  readonly trustFalling: readonly PartnerSignal[];
  readonly netFalling: readonly PartnerSignal[];
  readonly ledger: LedgerVerification & { readonly lastRecordedAt: string | null };
  readonly agreements: Readonly<Record<string, number>>;
}

const unwrap = <T>(
  r: { ok: true; value: T } | { ok: false; issues: readonly { message: string }[] },
): T => {
  if (!r.ok) throw new StoreError('invalid', r.issues[0]?.message ?? 'invalid');
  return r.value;
};

const cache = new HeadKeyedCache<OperationsSummary>();

/**
 * The summary for today, computed once per state of the workspace (operations-cache.ts):
 * a page view costs two head lookups, whatever the size of the ledger.
 */
export async function operationsSummary(db: Db, workspaceId: string): Promise<OperationsSummary> {
  const day = today(db);
  const [audit, ledger] = await Promise.all([
    auditHead(db, workspaceId),
    ledgerHead(db, workspaceId),
  ]);
  const key = `${day}|${audit}|${ledger?.seq ?? 0}|${ledger?.hash ?? ''}`;
  return cache.get(db, workspaceId, key, () => computeSummary(db, workspaceId, day, ledger));
}

async function computeSummary(
  db: Db,
  workspaceId: string,
  today: string,
  head: LedgerHead | null,
): Promise<OperationsSummary> {
  const q = db.kysely;
  const obligations = await listObligations(db, workspaceId);
  const byId = new Map(obligations.map((o) => [o.id, o]));
  const reminders: ObligationReminders = unwrap(
    obligationReminders(obligations.map(toCoreObligation), { today }),
  );
  const running = await q
    .selectFrom('partners as p')
    .innerJoin('agreement_parties as ap', 'ap.partner_id', 'p.id')
    .innerJoin('agreements as a', 'a.id', 'ap.agreement_id')
    .select(['p.id', 'p.key', 'p.name', 'p.status'])
    .select((eb) => eb.fn.min('a.start_date').as('since'))
    .where('p.workspace_id', '=', workspaceId)
    .where('p.status', 'in', ['active', 'under-review'])
    .groupBy(['p.id', 'p.key', 'p.name', 'p.status'])
    .execute();
  const reviews = await q
    .selectFrom('reviews')
    .select(['partner_id', 'period_end', 'body'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('period_end')
    .execute();
  const { cadence, overrides } = await getReviewSettings(q, workspaceId);
  const last = new Map<string, string>();
  const nets = new Map<string, number[]>();
  for (const r of reviews) {
    last.set(r.partner_id, r.period_end);
    const body = JSON.parse(r.body) as { actual: { cost: number; return: number } };
    nets.set(r.partner_id, [
      ...(nets.get(r.partner_id) ?? []),
      body.actual.return - body.actual.cost,
    ]);
  }
  const due = unwrap(
    reviewsDue(
      running.map((p) => ({
        id: p.key,
        since: String(p.since),
        cadence: overrides[p.key] ?? cadence,
        ...(last.has(p.id) ? { lastReviewDate: last.get(p.id) as string } : {}),
      })),
      today,
    ),
  );
  const names = new Map(running.map((p) => [p.key, p.name]));
  const trustFalling: PartnerSignal[] = [];
  const netFalling: PartnerSignal[] = [];
  for (const p of running) {
    const trust = await partnerTrust(q, workspaceId, p.key, today);
    if (trust.counted > 0 && trust.direction === 'falling') {
      const first = trust.trend[0]?.score ?? trust.score;
      trustFalling.push({
        partner: p.key,
        name: p.name,
        value: trust.score,
        detail: `${first.toFixed(2)} → ${trust.score.toFixed(2)}`,
      });
    }
    const series = nets.get(p.id) ?? [];
    const [prev, cur] = series.slice(-2);
    if (prev !== undefined && cur !== undefined && cur < prev) {
      netFalling.push({ partner: p.key, name: p.name, value: cur, detail: `${prev} → ${cur}` });
    }
  }
  const payments = await owedOnStatements(db, workspaceId, today);
  const ledger = await cache.verifyLedger(db, workspaceId, head);
  const counts = await q
    .selectFrom('agreements')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('status')
    .execute();
  const withRecord = <T extends { id: string }>(o: T) => ({
    ...(byId.get(o.id) as Obligation),
    ...o,
  });
  return {
    today,
    obligations: {
      overdue: reminders.overdue.map((o) => ({ ...withRecord(o), daysOverdue: o.daysOverdue })),
      dueSoon: reminders.dueSoon.map((o) => ({ ...withRecord(o), daysLeft: o.daysLeft })),
    },
    reviewsDue: due.map((d) => ({ ...d, name: names.get(d.id) ?? d.id })),
    payments,
    trustFalling,
    netFalling,
    ledger: { ...ledger, lastRecordedAt: head?.at ?? null },
    agreements: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
  };
}

/** The final statements' unpaid transfers: a statement is final on its last acceptance. */
async function owedOnStatements(db: Db, workspaceId: string, today: string): Promise<PaymentsOwed> {
  const q = db.kysely;
  const agreements = await q
    .selectFrom('statements as s')
    .innerJoin('agreements as a', 'a.id', 's.agreement_id')
    .select('a.code')
    .distinct()
    .where('s.workspace_id', '=', workspaceId)
    .orderBy('a.code')
    .execute();
  const statements = [];
  for (const { code } of agreements)
    statements.push(...(await listStatements(q, workspaceId, code)));
  return paymentsOwed(
    statements.map((s) => ({
      agreement: s.agreement,
      number: s.number,
      status: s.status,
      // Final on its last acceptance (ISO times sort as text).
      finalOn:
        s.status === 'final'
          ? (s.responses
              .map((r) => r.at)
              .sort()
              .at(-1) ?? null)
          : null,
      transfers: s.document.transfers,
      paid: s.payments.map((p) => p.transfer),
    })),
    { today },
  );
}
