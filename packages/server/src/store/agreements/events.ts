/**
 * Money events on the ledger (revenue, cost, usage, milestone met) and the settlement of a
 * period from them. The event is core's ledger event; the check that it fits the terms
 * (a known revenue source, cost pool, milestone, party) is core's too, run on the
 * agreement and the one new event before anything is written.
 */
import {
  checkEvents,
  type LedgerEvent,
  type SettleReport,
  settleAcrossVersions,
  validateLedgerEvent,
} from '@partnerfolio/core';
import type { Db } from '../../db/connect.js';
import { appendAudit } from '../audit.js';
import { StoreError } from '../errors.js';
import { appendLedger, type LedgerEntry, listLedger } from '../ledger.js';
import { now, writeTransaction } from '../tx.js';
import { termsVersions } from './amendments.js';
import { readAgreement } from './present.js';

/** Ledger kinds that carry money terms' inputs (the others, obligation outcomes, do not settle). */
export const MONEY_KINDS: ReadonlySet<string> = new Set(['revenue', 'cost', 'usage', 'milestone']);

export async function recordLedgerEvent(
  db: Db,
  workspaceId: string,
  agreementId: string,
  input: unknown,
  actor: string | null,
): Promise<LedgerEntry> {
  const parsed = validateLedgerEvent(input);
  if (!parsed.ok) {
    throw new StoreError('invalid', `the event is not valid: ${parsed.issues[0]?.message}`, {
      issues: parsed.issues,
    });
  }
  const event = parsed.value;
  return writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, agreementId);
    const { issues } = checkEvents(agreement.document, [event]);
    if (issues.length > 0) {
      throw new StoreError(
        'invalid',
        `the event does not fit agreement "${agreement.code}": ${issues[0]?.message}`,
        {
          issues: issues.map((i) => ({ ...i, path: i.path.slice(2) })),
        },
      );
    }
    const at = now(trx);
    const entry = await appendLedger(trx, {
      workspaceId,
      agreementId: agreement.id,
      kind: event.kind,
      eventDate: event.date,
      event: event as unknown as Record<string, unknown>,
      author: actor,
      at,
    });
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'ledger.append',
      entity: 'agreement',
      entityId: agreement.code,
      before: null,
      after: { seq: entry.seq, event: entry.event },
      at,
    });
    return entry;
  });
}

export interface Settlement extends SettleReport {
  /** The ledger entries the settlement read (money events of the agreement up to `to`). */
  readonly entries: number;
}

/**
 * Who owes whom for [from, to], from the ledger. Events before `from` are passed too so
 * that a milestone already paid in an earlier period is not paid again.
 */
export async function settleFromLedger(
  db: Db,
  workspaceId: string,
  agreementId: string,
  period: { readonly from: string; readonly to: string },
): Promise<Settlement> {
  const agreement = await readAgreement(db.kysely, workspaceId, agreementId);
  const entries = (
    await listLedger(db.kysely, workspaceId, { agreementId: agreement.id, to: period.to })
  ).filter((e) => MONEY_KINDS.has(e.kind));
  const events = entries.map((e) => e.event as unknown as LedgerEvent);
  // Each event under the terms in force on its date (amendments.ts).
  const versions = await termsVersions(db.kysely, agreement);
  const settled = settleAcrossVersions(versions, events, period);
  if (!settled.ok) {
    throw new StoreError('invalid', `cannot settle: ${settled.issues[0]?.message}`, {
      issues: settled.issues,
    });
  }
  const { versions: _used, ...result } = settled.value;
  return { ...result, entries: entries.length };
}
