/**
 * Settlement statements: settling a period records it once, signed and tied to the
 * ledger's tree head; each party accepts or disputes it; a correction is a new statement
 * that supersedes a disputed one; once every party accepted it is final and its
 * transfers are marked paid. Nothing here updates or deletes a statement row.
 */
import {
  type LedgerEvent,
  type StatementDocument,
  settleAcrossVersions,
  statementMessage,
} from '@partnerfolio/core';
import type { Db } from '../../db/connect.js';
import { termsVersions } from '../agreements/amendments.js';
import { MONEY_KINDS } from '../agreements/events.js';
import { readAgreement } from '../agreements/present.js';
import { appendAudit } from '../audit.js';
import { canonicalJson } from '../canonical-json.js';
import { invalid, isUniqueViolation, notFound, StoreError } from '../errors.js';
import { listLedger } from '../ledger.js';
import { signingKey } from '../ledger-keys.js';
import { signLedgerCheckpoint } from '../ledger-tree.js';
import { newId, now, readTransaction, type Trx, writeTransaction } from '../tx.js';
import { presentStatements, type Statement } from './present.js';

export interface WorkspaceRef {
  readonly id: string;
  readonly slug: string;
}

const conflict = (message: string) => new StoreError('conflict', message);

export async function listStatements(
  q: Trx,
  workspaceId: string,
  agreementCode: string,
): Promise<Statement[]> {
  const agreement = await readAgreement(q, workspaceId, agreementCode);
  const rows = await q
    .selectFrom('statements')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('agreement_id', '=', agreement.id)
    .orderBy('number')
    .execute();
  return presentStatements(
    q,
    agreement.code,
    agreement.parties.map((p) => p.party),
    rows,
  );
}

export async function getStatement(
  q: Trx,
  workspaceId: string,
  agreementCode: string,
  number: number,
): Promise<Statement> {
  const found = (await listStatements(q, workspaceId, agreementCode)).find(
    (s) => s.number === number,
  );
  if (found === undefined) throw notFound(`statement ${number} of agreement "${agreementCode}"`);
  return found;
}

export interface StatementInput {
  readonly from: string;
  readonly to: string;
  /** The number of a disputed statement this one corrects. */
  readonly supersedes?: number | undefined;
}

/** Settles [from, to] from the ledger and records the result as the agreement's next statement. */
export async function recordStatement(
  db: Db,
  workspace: WorkspaceRef,
  agreementCode: string,
  input: StatementInput,
  actor: string | null,
): Promise<Statement> {
  const agreement = await readAgreement(db.kysely, workspace.id, agreementCode);
  const entries = (
    await listLedger(db.kysely, workspace.id, { agreementId: agreement.id, to: input.to })
  ).filter((e) => MONEY_KINDS.has(e.kind));
  const versions = await termsVersions(db.kysely, agreement);
  const settled = settleAcrossVersions(
    versions,
    entries.map((e) => e.event as unknown as LedgerEvent),
    { from: input.from, to: input.to },
  );
  if (!settled.ok) {
    throw new StoreError('invalid', `cannot settle: ${settled.issues[0]?.message}`, {
      issues: settled.issues,
    });
  }
  // Taken after the entries were read, so it covers every one of them.
  const treeHead = await signLedgerCheckpoint(db, workspace);
  const key = await signingKey(db, workspace.id);
  if (key.keyId !== treeHead.keyId)
    throw conflict('the ledger key was rotated meanwhile: try again');
  const report = settled.value;
  const used = versions.filter((v) => report.versions.some((u) => u.version === v.version));
  const latest = used[used.length - 1] ?? versions[0];
  try {
    return await writeTransaction(db, async (trx) => {
      const existing = await listStatements(trx, workspace.id, agreement.code);
      if (input.supersedes !== undefined) {
        const old = existing.find((s) => s.number === input.supersedes);
        if (old === undefined)
          throw notFound(`statement ${input.supersedes} of agreement "${agreement.code}"`);
        if (old.status !== 'disputed' && old.status !== 'open') {
          throw conflict(
            `statement ${old.number} is ${old.status}: only an open or disputed statement can be superseded`,
          );
        }
      }
      const number = existing.reduce((n, s) => Math.max(n, s.number), 0) + 1;
      const at = now(trx);
      const document: StatementDocument = {
        workspace: workspace.slug,
        agreement: agreement.code,
        number,
        period: { from: input.from, to: input.to },
        termsVersion: latest?.version ?? 1,
        terms: latest?.agreement ?? agreement.document,
        ...(used.length > 1
          ? {
              termsVersions: used.map((v) => ({
                version: v.version,
                effectiveFrom: v.effectiveFrom,
                terms: v.agreement,
              })),
            }
          : {}),
        ...(report.currency === undefined ? {} : { currency: report.currency }),
        balances: report.balances,
        transfers: report.transfers.map((t) => ({ from: t.from, to: t.to, amount: t.amount })),
        lines: [...report.lines],
        entries: entries.map((e) => e.seq),
        treeHead,
        supersedes: input.supersedes ?? null,
        createdAt: at,
      };
      const id = newId();
      await trx
        .insertInto('statements')
        .values({
          id,
          workspace_id: workspace.id,
          agreement_id: agreement.id,
          number,
          period_from: input.from,
          period_to: input.to,
          document: canonicalJson(document),
          signature: key.sign(statementMessage(document)),
          supersedes: input.supersedes ?? null,
          created_by: actor,
          created_at: at,
        })
        .execute();
      await appendAudit(trx, {
        workspaceId: workspace.id,
        actor,
        action: 'statement.record',
        entity: 'agreement',
        entityId: agreement.code,
        before: null,
        after: {
          number,
          period: document.period,
          balances: document.balances,
          treeSize: treeHead.size,
        },
        at,
      });
      return getStatement(trx, workspace.id, agreement.code, number);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('another statement was recorded at the same time: try again');
    throw error;
  }
}

export interface ResponseInput {
  readonly party: string;
  readonly decision: 'accept' | 'dispute';
  readonly lines?: readonly number[] | undefined;
  readonly reason?: string | undefined;
}

/** A party's answer to a statement; one per party, and never changed. */
export async function respondToStatement(
  db: Db,
  workspaceId: string,
  agreementCode: string,
  number: number,
  input: ResponseInput,
  actor: string | null,
): Promise<Statement> {
  return writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, agreementCode, true);
    const statement = await getStatement(trx, workspaceId, agreement.code, number);
    if (!agreement.parties.some((p) => p.party === input.party)) {
      throw invalid(
        ['party'],
        `"${input.party}" is not a party to agreement "${agreement.code}"`,
        'unknown_party',
      );
    }
    if (statement.status === 'superseded' || statement.status === 'final') {
      throw conflict(`statement ${number} is ${statement.status}: it takes no more answers`);
    }
    if (statement.responses.some((r) => r.party === input.party)) {
      throw conflict(`${input.party} has already answered statement ${number}`);
    }
    const lines = [...new Set(input.lines ?? [])].sort((a, b) => a - b);
    const reason = (input.reason ?? '').trim();
    if (input.decision === 'dispute') {
      if (lines.length === 0)
        throw invalid(['lines'], 'a dispute names the lines it disputes', 'missing_field');
      const bad = lines.find((l) => l < 0 || l >= statement.document.lines.length);
      if (bad !== undefined) {
        throw invalid(
          ['lines'],
          `statement ${number} has no line ${bad} (it has ${statement.document.lines.length})`,
          'unknown_line',
        );
      }
      if (reason === '') throw invalid(['reason'], 'a dispute says why', 'missing_field');
    }
    const at = now(trx);
    await trx
      .insertInto('statement_responses')
      .values({
        statement_id: statement.id,
        party: input.party,
        decision: input.decision,
        lines: canonicalJson(input.decision === 'dispute' ? lines : []),
        reason,
        responded_by: actor,
        at,
      })
      .execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: `statement.${input.decision}`,
      entity: 'agreement',
      entityId: agreement.code,
      before: null,
      after: { number, party: input.party, lines, reason },
      at,
    });
    return getStatement(trx, workspaceId, agreement.code, number);
  });
}

export interface PaymentInput {
  readonly transfer: number;
  readonly date: string;
  readonly reference: string;
}

/** Marks one transfer of a final statement paid, with its evidence (date, reference). */
export async function markTransferPaid(
  db: Db,
  workspaceId: string,
  agreementCode: string,
  number: number,
  input: PaymentInput,
  actor: string | null,
): Promise<Statement> {
  return writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, agreementCode, true);
    const statement = await getStatement(trx, workspaceId, agreement.code, number);
    if (statement.status !== 'final') {
      throw conflict(
        `statement ${number} is ${statement.status}: transfers are paid once every party accepted it`,
      );
    }
    if (input.transfer < 0 || input.transfer >= statement.document.transfers.length) {
      throw invalid(
        ['transfer'],
        `statement ${number} has no transfer ${input.transfer}`,
        'unknown_transfer',
      );
    }
    if (statement.payments.some((p) => p.transfer === input.transfer)) {
      throw conflict(`transfer ${input.transfer} of statement ${number} is already marked paid`);
    }
    const at = now(trx);
    await trx
      .insertInto('statement_payments')
      .values({
        statement_id: statement.id,
        transfer: input.transfer,
        paid_on: input.date,
        reference: input.reference,
        recorded_by: actor,
        at,
      })
      .execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'statement.paid',
      entity: 'agreement',
      entityId: agreement.code,
      before: null,
      after: { number, ...input },
      at,
    });
    return getStatement(trx, workspaceId, agreement.code, number);
  });
}

/** An agreement's statements, oldest first, on one snapshot (the routes' read). */
export const agreementStatements = (db: Db, workspaceId: string, agreement: string) =>
  readTransaction(db, (trx) => listStatements(trx, workspaceId, agreement));

/** One statement of an agreement by its number, on one snapshot (the routes' read). */
export const readStatement = (db: Db, workspaceId: string, agreement: string, number: number) =>
  readTransaction(db, (trx) => getStatement(trx, workspaceId, agreement, number));
