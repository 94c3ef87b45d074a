/**
 * Obligations and milestones of an agreement, with owners and due dates, moving
 * open → kept / broken / waived / disputed (core's rules). A kept or broken obligation is
 * also written to the ledger (trust is built from those outcomes), and a kept milestone
 * records the milestone's event that its payment term settles on.
 */
import { checkObligationTransition, type Issue } from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../../db/connect.js';
import type { ObligationState, Row } from '../../db/schema.js';
import { appendAudit } from '../audit.js';
import { invalid, notFound, StoreError } from '../errors.js';
import { appendLedger } from '../ledger.js';
import { dialectOf, newId, now, type Trx, writeTransaction } from '../tx.js';
import { parseOrThrow } from '../validation.js';
import { type Agreement, readAgreement } from './present.js';

export const OBLIGATION_STATES = ['open', 'kept', 'broken', 'waived', 'disputed'] as const;
const dateSchema = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

export const obligationInputSchema = z.strictObject({
  title: z.string().trim().min(1, { error: 'give the obligation a title' }).max(500),
  kind: z.enum(['obligation', 'milestone']).default('obligation'),
  owner: z.string().min(1),
  dueDate: dateSchema,
  milestoneId: z.string().min(1).optional(),
});
export const obligationChangeSchema = z.strictObject({
  state: z.enum(OBLIGATION_STATES),
  evidence: z.string().max(5000).optional(),
  /** The day it was kept, broken, waived or disputed (default: today). */
  resolvedAt: dateSchema.optional(),
});
export type ObligationInput = z.input<typeof obligationInputSchema>;
export type ObligationChange = z.input<typeof obligationChangeSchema>;

export interface Obligation {
  readonly id: string;
  readonly agreementId: string;
  readonly agreement: string;
  readonly kind: 'obligation' | 'milestone';
  readonly title: string;
  readonly owner: string;
  readonly dueDate: string;
  readonly state: ObligationState;
  readonly evidence: string;
  readonly resolvedAt: string | null;
  readonly milestoneId: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

type ObligationRow = Row<'obligations'> & { code: string };

export const presentObligation = (row: ObligationRow): Obligation => ({
  id: row.id,
  agreementId: row.agreement_id,
  agreement: row.code,
  kind: row.kind === 'milestone' ? 'milestone' : 'obligation',
  title: row.title,
  owner: row.owner,
  dueDate: row.due_date,
  state: row.state,
  evidence: row.evidence,
  resolvedAt: row.resolved_at,
  milestoneId: row.milestone_id,
  version: Number(row.version),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const selectObligations = (q: Trx, workspaceId: string) =>
  q
    .selectFrom('obligations as o')
    .innerJoin('agreements as a', 'a.id', 'o.agreement_id')
    .selectAll('o')
    .select('a.code')
    .where('o.workspace_id', '=', workspaceId);

async function readObligation(q: Trx, workspaceId: string, id: string, lock = false) {
  let query = selectObligations(q, workspaceId).where('o.id', '=', id);
  if (lock && dialectOf(q) === 'postgres') query = query.forUpdate(['o']);
  const row = await query.executeTakeFirst();
  if (!row) throw notFound(`obligation ${id}`);
  return presentObligation(row);
}

function milestoneIds(agreement: Agreement): string[] {
  return agreement.document.terms.flatMap((t) => ('milestone' in t ? [t.milestone.id] : []));
}

export async function createObligation(
  db: Db,
  workspaceId: string,
  agreementId: string,
  input: ObligationInput,
  actor: string | null,
): Promise<Obligation> {
  const valid = parseOrThrow(obligationInputSchema, input, 'the obligation');
  return writeTransaction(db, async (trx) => {
    const agreement = await readAgreement(trx, workspaceId, agreementId, true);
    if (!agreement.document.parties.includes(valid.owner)) {
      throw invalid(
        ['owner'],
        `"${valid.owner}" is not a party of agreement "${agreement.code}" (parties: ${agreement.document.parties.join(', ')})`,
        'unknown_party',
      );
    }
    if (valid.milestoneId !== undefined && !milestoneIds(agreement).includes(valid.milestoneId)) {
      throw invalid(
        ['milestoneId'],
        `agreement "${agreement.code}" has no milestone term "${valid.milestoneId}"`,
        'unknown_milestone',
      );
    }
    const at = now(trx);
    const id = newId();
    await trx
      .insertInto('obligations')
      .values({
        id,
        workspace_id: workspaceId,
        agreement_id: agreement.id,
        kind: valid.kind,
        title: valid.title,
        owner: valid.owner,
        due_date: valid.dueDate,
        state: 'open',
        evidence: '',
        resolved_at: null,
        milestone_id: valid.milestoneId ?? null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const after = await readObligation(trx, workspaceId, id);
    await auditObligation(trx, workspaceId, actor, 'obligation.create', null, after, at);
    return after;
  });
}

export async function changeObligationState(
  db: Db,
  workspaceId: string,
  id: string,
  change: ObligationChange,
  expectedVersion: number,
  actor: string | null,
): Promise<Obligation> {
  const valid = parseOrThrow(obligationChangeSchema, change, 'the change');
  return writeTransaction(db, async (trx) => {
    const before = await readObligation(trx, workspaceId, id, true);
    if (before.version !== expectedVersion) {
      throw new StoreError(
        'conflict',
        `obligation "${before.title}" changed since version ${expectedVersion} (now ${before.version}); reload and retry`,
        { current: before },
      );
    }
    const evidence = valid.evidence ?? '';
    const allowed = checkObligationTransition(before.state, valid.state, { evidence });
    if (!allowed.ok) {
      throw new StoreError('invalid_transition', allowed.issues[0]?.message ?? 'not allowed', {
        issues: allowed.issues as Issue[],
      });
    }
    const at = now(trx);
    const resolvedAt = valid.state === 'open' ? null : (valid.resolvedAt ?? at.slice(0, 10));
    await trx
      .updateTable('obligations')
      .set({
        state: valid.state,
        evidence,
        resolved_at: resolvedAt,
        version: before.version + 1,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    const after = await readObligation(trx, workspaceId, id);
    if ((valid.state === 'kept' || valid.state === 'broken') && resolvedAt !== null) {
      await recordOutcome(trx, workspaceId, after, resolvedAt, actor, at);
    }
    await auditObligation(trx, workspaceId, actor, 'obligation.update', before, after, at);
    return after;
  });
}

/** The outcome on the ledger; a kept milestone also records the milestone's event. */
async function recordOutcome(
  trx: Trx,
  workspaceId: string,
  o: Obligation,
  date: string,
  author: string | null,
  at: string,
) {
  const base = { workspaceId, agreementId: o.agreementId, eventDate: date, author, at };
  await appendLedger(trx, {
    ...base,
    kind: 'obligation',
    event: {
      date,
      kind: 'obligation',
      obligation: o.id,
      title: o.title,
      owner: o.owner,
      outcome: o.state,
    },
  });
  if (o.state === 'kept' && o.milestoneId !== null) {
    await appendLedger(trx, {
      ...base,
      kind: 'milestone',
      event: { date, kind: 'milestone', id: o.milestoneId, note: `obligation "${o.title}" kept` },
    });
  }
}

function auditObligation(
  trx: Trx,
  workspaceId: string,
  actor: string | null,
  action: string,
  before: Obligation | null,
  after: Obligation | null,
  at: string,
) {
  return appendAudit(trx, {
    workspaceId,
    actor,
    action,
    entity: 'obligation',
    entityId: (after ?? before)?.id ?? '',
    before,
    after,
    at,
  });
}

export interface ObligationFilter {
  readonly agreement?: string;
  readonly owner?: string;
  readonly state?: ObligationState;
}

export async function listObligations(
  db: Db,
  workspaceId: string,
  filter: ObligationFilter = {},
): Promise<Obligation[]> {
  let query = selectObligations(db.kysely, workspaceId);
  if (filter.agreement !== undefined) {
    const a = filter.agreement;
    query = query.where((eb) => eb.or([eb('a.id', '=', a), eb('a.code', '=', a)]));
  }
  if (filter.owner !== undefined) query = query.where('o.owner', '=', filter.owner);
  if (filter.state !== undefined) query = query.where('o.state', '=', filter.state);
  const rows = await query.orderBy('o.due_date').orderBy('o.created_at').execute();
  return rows.map(presentObligation);
}
