import type { PartnerKind, SpecDistribution } from '@partnerfolio/core';
import type { PartnerStatus, Row } from '../db/schema.js';
import { parseJson } from './canonical-json.js';
import { notFound } from './errors.js';
import { parseCombinedScores } from './partner-scores.js';
import { dialectOf, type Trx } from './tx.js';

export interface PartnerContact {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  readonly role?: string;
}

/** A partner as the store presents it: never a raw row. `id` is the key used in the spec. */
export interface Partner {
  readonly id: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly status: PartnerStatus;
  readonly domains: readonly string[];
  readonly offers: readonly string[];
  readonly contacts: readonly PartnerContact[];
  readonly uses: Readonly<Record<string, number>>;
  readonly alpha?: number;
  readonly beta?: number;
  readonly notes: string;
  /** Null until estimated. */
  readonly cost: SpecDistribution | null;
  readonly return: SpecDistribution | null;
  /** Combined score per criterion: the mean over every assessor's score. */
  readonly scores: Readonly<Record<string, number>>;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type PartnerRow = Row<'partners'> & {
  est_cost: string | null;
  est_return: string | null;
};

/** The partner columns with its estimate alongside (one row per partner). */
export function selectPartnerRows(q: Trx) {
  return q
    .selectFrom('partners as p')
    .leftJoin('estimates as e', 'e.partner_id', 'p.id')
    .selectAll('p')
    .select(['e.cost as est_cost', 'e.return as est_return']);
}

const distributionColumn = (text: string | null): SpecDistribution | null =>
  text === null ? null : parseJson<SpecDistribution | null>(text);

/** A partner from its row; the combined scores come from the row's kept column (partner-scores.ts). */
export function presentPartner(row: PartnerRow): Partner {
  return {
    id: row.key,
    name: row.name,
    kind: row.kind as PartnerKind,
    status: row.status,
    domains: parseJson<string[]>(row.domains),
    offers: parseJson<string[]>(row.offers),
    contacts: parseJson<PartnerContact[]>(row.contacts),
    uses: parseJson<Record<string, number>>(row.uses),
    ...(row.alpha === null ? {} : { alpha: row.alpha }),
    ...(row.beta === null ? {} : { beta: row.beta }),
    notes: row.notes,
    cost: distributionColumn(row.est_cost),
    return: distributionColumn(row.est_return),
    scores: parseCombinedScores(row.combined_scores),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentPartnerRows(rows: readonly PartnerRow[]): Partner[] {
  return rows.map(presentPartner);
}

export function findPartnerRow(
  q: Trx,
  workspaceId: string,
  key: string,
): Promise<PartnerRow | undefined> {
  return selectPartnerRows(q)
    .where('p.workspace_id', '=', workspaceId)
    .where('p.key', '=', key)
    .executeTakeFirst();
}

/** The partner row, or `not_found`. */
export async function requirePartnerRow(
  q: Trx,
  workspaceId: string,
  key: string,
): Promise<PartnerRow> {
  const row = await findPartnerRow(q, workspaceId, key);
  if (!row) throw notFound(`partner "${key}"`);
  return row;
}

export async function readPartner(q: Trx, workspaceId: string, key: string): Promise<Partner> {
  const row = await requirePartnerRow(q, workspaceId, key);
  return presentPartner(row);
}

/**
 * Reads the partner's row for a write. On PostgreSQL the row is locked (`for update`) so
 * that a concurrent writer waits and then sees the new version instead of the old one;
 * on SQLite `BEGIN IMMEDIATE` already lets only one writer in.
 */
export async function lockPartnerRow(
  trx: Trx,
  workspaceId: string,
  key: string,
): Promise<Row<'partners'>> {
  const row = await lockPartnerRowIfAny(trx, workspaceId, key);
  if (!row) throw notFound(`partner "${key}"`);
  return row;
}

export function lockPartnerRowIfAny(
  trx: Trx,
  workspaceId: string,
  key: string,
): Promise<Row<'partners'> | undefined> {
  let query = trx
    .selectFrom('partners')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key);
  if (dialectOf(trx) === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Every partner of the workspace in spec order, for exports. */
export async function readAllPartners(q: Trx, workspaceId: string): Promise<Partner[]> {
  const rows = await selectPartnerRows(q)
    .where('p.workspace_id', '=', workspaceId)
    .orderBy('p.position')
    .orderBy('p.key')
    .execute();
  return presentPartnerRows(rows);
}
