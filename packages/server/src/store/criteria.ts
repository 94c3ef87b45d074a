import { type Normalization, type Spec, validateSpecDocument } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { appendAudit } from './audit.js';
import { parseJson } from './canonical-json.js';
import { isUniqueViolation, notFound, StoreError } from './errors.js';
import { newId, now, type Trx, writeTransaction } from './tx.js';

export type SpecCriterion = Spec['criteria'][number];
export type SpecWeighting = Spec['weighting'];

/**
 * One version of the selection standard. Versions are never edited: a save writes
 * version + 1, so a ranking or scenario that remembers its version can be reproduced.
 * Version 0 is the empty standard of a workspace that has saved none yet.
 */
export interface CriteriaSet {
  readonly version: number;
  readonly criteria: readonly SpecCriterion[];
  readonly weighting: SpecWeighting;
  readonly normalization: Normalization;
  readonly createdAt: string | null;
  readonly createdBy: string | null;
}

/** As a spec writes them: `weighting` and `normalization` default to direct and vector. */
export interface CriteriaInput {
  readonly criteria: unknown;
  readonly weighting?: unknown;
  readonly normalization?: unknown;
}

const EMPTY: CriteriaSet = {
  version: 0,
  criteria: [],
  weighting: { method: 'direct' },
  normalization: 'vector',
  createdAt: null,
  createdBy: null,
};

function presentCriteria(row: Row<'criteria_sets'>): CriteriaSet {
  return {
    version: Number(row.version),
    criteria: parseJson<SpecCriterion[]>(row.criteria),
    weighting: parseJson<SpecWeighting>(row.weighting),
    normalization: row.normalization as Normalization,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export async function readCurrentCriteria(q: Trx, workspaceId: string): Promise<CriteriaSet> {
  const row = await q
    .selectFrom('criteria_sets')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? presentCriteria(row) : EMPTY;
}

export function getCurrentCriteria(db: Db, workspaceId: string): Promise<CriteriaSet> {
  return readCurrentCriteria(db.kysely, workspaceId);
}

export async function getCriteriaVersion(
  db: Db,
  workspaceId: string,
  version: number,
): Promise<CriteriaSet> {
  if (version === 0) return EMPTY;
  const row = await db.kysely
    .selectFrom('criteria_sets')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw notFound(`criteria version ${version}`);
  return presentCriteria(row);
}

/** Every saved version, newest first, without their contents. */
export async function listCriteriaVersions(
  db: Db,
  workspaceId: string,
): Promise<{ version: number; createdAt: string; createdBy: string | null }[]> {
  const rows = await db.kysely
    .selectFrom('criteria_sets')
    .select(['version', 'created_at', 'created_by'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: Number(r.version),
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

/**
 * Checks criteria with the spec's own rules (ids, weights, AHP matrices that fit the
 * criteria and are reciprocal), by validating a spec that holds only them.
 */
export function validateCriteria(
  input: CriteriaInput,
): Pick<CriteriaSet, 'criteria' | 'weighting' | 'normalization'> {
  const document = {
    version: 1,
    criteria: input.criteria,
    ...(input.weighting === undefined ? {} : { weighting: input.weighting }),
    ...(input.normalization === undefined ? {} : { normalization: input.normalization }),
    partners: [],
  };
  const result = validateSpecDocument(document);
  if (!result.ok) {
    const first = result.issues[0];
    throw new StoreError('invalid', `the criteria are not valid: ${first?.message ?? ''}`, {
      issues: result.issues,
    });
  }
  const { criteria, weighting, normalization } = result.value.spec;
  return { criteria, weighting, normalization };
}

/** Saves a new version (current + 1); `expectedVersion` is the version the caller edited. */
export async function saveCriteria(
  db: Db,
  workspaceId: string,
  input: CriteriaInput,
  expectedVersion: number,
  actor: string | null,
): Promise<CriteriaSet> {
  const valid = validateCriteria(input);
  try {
    return await writeTransaction(db, async (trx) => {
      const current = await readCurrentCriteria(trx, workspaceId);
      if (current.version !== expectedVersion) throw staleCriteria(current, expectedVersion);
      return insertCriteriaVersion(trx, workspaceId, current, valid, actor);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another process saved the same version between our read and our insert.
    throw staleCriteria(await getCurrentCriteria(db, workspaceId), expectedVersion);
  }
}

const staleCriteria = (current: CriteriaSet, expected: number) =>
  new StoreError(
    'conflict',
    `the criteria changed since version ${expected} (now ${current.version}); reload and retry`,
    { current },
  );

export async function insertCriteriaVersion(
  trx: Trx,
  workspaceId: string,
  current: CriteriaSet,
  next: Pick<CriteriaSet, 'criteria' | 'weighting' | 'normalization'>,
  actor: string | null,
  /** False when the caller audits the change as part of a larger one. */
  audit = true,
): Promise<CriteriaSet> {
  const at = now(trx);
  const version = current.version + 1;
  await trx
    .insertInto('criteria_sets')
    .values({
      id: newId(),
      workspace_id: workspaceId,
      version,
      criteria: JSON.stringify(next.criteria),
      weighting: JSON.stringify(next.weighting),
      normalization: next.normalization,
      created_at: at,
      created_by: actor,
    })
    .execute();
  const saved: CriteriaSet = { ...next, version, createdAt: at, createdBy: actor };
  if (!audit) return saved;
  await appendAudit(trx, {
    workspaceId,
    actor,
    action: 'criteria.save',
    entity: 'criteria',
    entityId: String(version),
    before: current.version === 0 ? null : current,
    after: saved,
    at,
  });
  return saved;
}
