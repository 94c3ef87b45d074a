import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { canonicalJson } from './canonical-json.js';
import { GENESIS_HASH } from './chain-genesis.js';
import { dialectOf, type Trx } from './tx.js';

export { GENESIS_HASH };

export interface AuditInput {
  readonly workspaceId: string;
  readonly actor: string | null;
  /** `partner.update`, `spec.replace`, ... */
  readonly action: string;
  /** `partner`, `criteria`, `workspace`, ... */
  readonly entity: string;
  readonly entityId: string;
  /** The presented record before and after the change (null when created / deleted). */
  readonly before: unknown;
  readonly after: unknown;
  readonly at: string;
}

export interface AuditEntry extends AuditInput {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** The text that is hashed: every field of the entry, in canonical JSON. */
export function auditHash(prevHash: string, entry: Omit<AuditEntry, 'prevHash' | 'hash'>): string {
  const body = canonicalJson({
    workspaceId: entry.workspaceId,
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

/** Stored as canonical JSON so that what is hashed is exactly what can be read back. */
const toColumn = (value: unknown): string | null =>
  value === undefined || value === null ? null : canonicalJson(value);

export const fromColumn = (text: string | null): unknown =>
  text === null ? null : (JSON.parse(text) as unknown);

/**
 * Appends one entry to the workspace's chain, inside the caller's write transaction.
 * Appends to one workspace are serialised: on SQLite by `BEGIN IMMEDIATE` (one writer
 * at a time), on PostgreSQL by a transaction-scoped advisory lock on the workspace, so
 * two transactions never read the same last entry and both claim seq + 1.
 */
export async function appendAudit(trx: Trx, input: AuditInput): Promise<AuditEntry> {
  if (dialectOf(trx) === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext(${input.workspaceId}))`.execute(trx);
  }
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('workspace_id', '=', input.workspaceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const before = fromColumn(toColumn(input.before));
  const after = fromColumn(toColumn(input.after));
  const entry = { ...input, before, after, seq: (last?.seq ?? 0) + 1 };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = auditHash(prevHash, entry);
  await trx
    .insertInto('audit_log')
    .values({
      workspace_id: entry.workspaceId,
      seq: entry.seq,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: toColumn(before),
      after: toColumn(after),
      prev_hash: prevHash,
      hash,
    })
    .execute();
  return { ...entry, prevHash, hash };
}

export function presentAudit(row: Row<'audit_log'>): AuditEntry {
  return {
    workspaceId: row.workspace_id,
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: fromColumn(row.before),
    after: fromColumn(row.after),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface AuditQuery {
  readonly entity?: string;
  readonly entityId?: string;
  /** 1..500 */
  readonly limit: number;
  /** Only entries with a smaller seq: the cursor of the next page (newest first). */
  readonly before?: number;
}

/** A workspace's audit log, newest first. */
export async function listAudit(
  db: Db,
  workspaceId: string,
  query: AuditQuery,
): Promise<AuditEntry[]> {
  let q = db.kysely.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
  if (query.entity !== undefined) q = q.where('entity', '=', query.entity);
  if (query.entityId !== undefined) q = q.where('entity_id', '=', query.entityId);
  if (query.before !== undefined) q = q.where('seq', '<', query.before);
  const limit = Math.min(500, Math.max(1, Math.trunc(query.limit)));
  const rows = await q.orderBy('seq', 'desc').limit(limit).execute();
  return rows.map(presentAudit);
}
