import type { Issue } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { appendAudit } from './audit.js';
import { readCurrentCriteria } from './criteria.js';
import { invalid, notFound, StoreError } from './errors.js';
import { lockPartnerRow } from './partner-present.js';
import { refreshCombinedScores } from './partner-scores.js';
import { upsertScores } from './partner-writes.js';
import { recordScoreHistory } from './score-history.js';
import { refreshStatistics } from './statistics.js';
import { now, type Trx, writeTransaction } from './tx.js';

/** One assessor's score of one partner on one criterion. */
export interface Assessment {
  readonly id: string;
  /** The partner's id (spec key). */
  readonly partner: string;
  readonly criterion: string;
  readonly assessor: string;
  readonly score: number;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** `review:<id>` when a review re-scored the criterion; null when typed or imported. */
  readonly source: string | null;
  /** The date the score speaks for (the review's period end); null: `updatedAt`. */
  readonly assessedOn: string | null;
}

export interface AssessmentFilter {
  readonly partner?: string;
  readonly criterion?: string;
  readonly assessor?: string;
}

function selectAssessments(q: Trx, workspaceId: string) {
  return q
    .selectFrom('assessments as s')
    .innerJoin('partners as p', 'p.id', 's.partner_id')
    .selectAll('s')
    .select('p.key')
    .where('s.workspace_id', '=', workspaceId);
}

type AssessmentRow = Awaited<
  ReturnType<ReturnType<typeof selectAssessments>['executeTakeFirstOrThrow']>
>;

const present = (row: AssessmentRow): Assessment => ({
  id: row.id,
  partner: row.key,
  criterion: row.criterion,
  assessor: row.assessor,
  score: row.score,
  version: Number(row.version),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  source: row.source ?? null,
  assessedOn: row.assessed_on ?? null,
});

export async function listAssessments(
  db: Db,
  workspaceId: string,
  filter: AssessmentFilter = {},
): Promise<Assessment[]> {
  let query = selectAssessments(db.kysely, workspaceId);
  if (filter.partner !== undefined) query = query.where('p.key', '=', filter.partner);
  if (filter.criterion !== undefined) query = query.where('s.criterion', '=', filter.criterion);
  if (filter.assessor !== undefined) query = query.where('s.assessor', '=', filter.assessor);
  const rows = await query.orderBy('p.key').orderBy('s.criterion').orderBy('s.assessor').execute();
  return rows.map(present);
}

export interface ScoreEntry {
  /** Partner id (spec key). */
  readonly partner: string;
  readonly criterion: string;
  readonly assessor: string;
  readonly score: number;
}

async function checkEntries(trx: Trx, workspaceId: string, entries: readonly ScoreEntry[]) {
  const criteria = new Set((await readCurrentCriteria(trx, workspaceId)).criteria.map((c) => c.id));
  const partners = new Map(
    (
      await trx
        .selectFrom('partners')
        .select(['id', 'key'])
        .where('workspace_id', '=', workspaceId)
        .execute()
    ).map((p) => [p.key, p.id]),
  );
  const issues: Issue[] = [];
  const rows = entries.map((entry, i) => {
    const at = entries.length === 1 ? [] : [i];
    if (!partners.has(entry.partner)) {
      issues.push({
        code: 'unknown_partner',
        path: [...at, 'partner'],
        message: `"${entry.partner}" is not a partner of this workspace`,
      });
    }
    if (!criteria.has(entry.criterion)) {
      issues.push({
        code: 'unknown_criterion',
        path: [...at, 'criterion'],
        message: `"${entry.criterion}" is not a criterion of this workspace`,
      });
    }
    if (entry.assessor.trim() === '') {
      issues.push({
        code: 'missing_field',
        path: [...at, 'assessor'],
        message: 'an assessment names its assessor',
      });
    }
    if (typeof entry.score !== 'number' || !Number.isFinite(entry.score)) {
      issues.push({
        code: 'not_finite',
        path: [...at, 'score'],
        message: 'a score is a finite number',
      });
    }
    return {
      partnerRowId: partners.get(entry.partner) ?? '',
      criterion: entry.criterion,
      assessor: entry.assessor,
      score: entry.score,
    };
  });
  if (issues.length > 0) {
    throw new StoreError('invalid', issues.map((i) => i.message).join('; '), { issues });
  }
  return rows;
}

/** Records (or replaces) one assessor's score; the partner's combined score is the mean over assessors. */
export async function upsertAssessment(
  db: Db,
  workspaceId: string,
  partnerKey: string,
  criterion: string,
  assessor: string,
  score: number,
  actor: string | null,
): Promise<Assessment> {
  return writeTransaction(db, async (trx) => {
    await lockPartnerRow(trx, workspaceId, partnerKey);
    const entry = { partner: partnerKey, criterion, assessor, score };
    const [row] = await checkEntries(trx, workspaceId, [entry]);
    if (!row) throw invalid([], 'nothing to record');
    const find = () =>
      selectAssessments(trx, workspaceId)
        .where('s.partner_id', '=', row.partnerRowId)
        .where('s.criterion', '=', criterion)
        .where('s.assessor', '=', assessor)
        .executeTakeFirst();
    const previous = await find();
    const at = now(trx);
    await upsertScores(trx, workspaceId, [row], at);
    const saved = await find();
    if (!saved) throw notFound('the assessment just written');
    const after = present(saved);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'assessment.upsert',
      entity: 'assessment',
      entityId: after.id,
      before: previous ? present(previous) : null,
      after,
      at,
    });
    return after;
  });
}

export async function deleteAssessment(
  db: Db,
  workspaceId: string,
  id: string,
  actor: string | null,
): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const row = await selectAssessments(trx, workspaceId).where('s.id', '=', id).executeTakeFirst();
    if (!row) throw notFound(`assessment ${id}`);
    // The partner first, as every assessment write does (its combined scores change).
    await lockPartnerRow(trx, workspaceId, row.key);
    await trx.deleteFrom('assessments').where('id', '=', id).execute();
    const at = now(trx);
    await recordScoreHistory(
      trx,
      workspaceId,
      [
        {
          partnerRowId: row.partner_id,
          criterion: row.criterion,
          assessor: row.assessor,
          score: null,
        },
      ],
      at,
    );
    await refreshCombinedScores(trx, [row.partner_id]);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'assessment.delete',
      entity: 'assessment',
      entityId: id,
      before: present(row),
      after: null,
      at,
    });
  });
}

/**
 * The bulk path (imports, tools): all entries in one transaction, 500 rows per
 * statement, one audit entry with the count. Any bad entry → `invalid`, nothing written.
 */
export async function importAssessments(
  db: Db,
  workspaceId: string,
  entries: readonly ScoreEntry[],
  actor: string | null,
): Promise<{ written: number }> {
  const result = await writeTransaction(db, async (trx) => {
    const rows = await checkEntries(trx, workspaceId, entries);
    const at = now(trx);
    await upsertScores(trx, workspaceId, rows, at);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'assessments.import',
      entity: 'assessment',
      entityId: workspaceId,
      before: null,
      after: {
        written: rows.length,
        assessors: [...new Set(entries.map((e) => e.assessor))].sort(),
      },
      at,
    });
    return { written: rows.length };
  });
  // The partners too: their combined scores were rewritten (partner-scores.ts).
  await refreshStatistics(db, result.written, ['assessments', 'partners']);
  return result;
}

/**
 * Criteria re-scored in a review become the reviewer's assessments (so the ranking and
 * the optimisation use them at once), citing the review and dated by its period's end.
 * Inside the review's transaction; one audit entry per score.
 */
export async function recordReviewAssessments(
  trx: Trx,
  workspaceId: string,
  partnerKey: string,
  scores: Readonly<Record<string, number>>,
  review: { readonly id: string; readonly reviewer: string; readonly date: string },
): Promise<Assessment[]> {
  const entries = Object.entries(scores).map(([criterion, score]) => ({
    partner: partnerKey,
    criterion,
    assessor: review.reviewer,
    score,
  }));
  if (entries.length === 0) return [];
  let rows: Awaited<ReturnType<typeof checkEntries>>;
  try {
    rows = await checkEntries(trx, workspaceId, entries);
  } catch (error) {
    // Say it in the review's terms: `scores.<criterion>`.
    if (error instanceof StoreError) {
      const issues = ((error.details as { issues?: Issue[] } | undefined)?.issues ?? []).map(
        (i) => ({ ...i, path: ['scores', entries[Number(i.path[0] ?? 0)]?.criterion ?? ''] }),
      );
      throw new StoreError('invalid', `a re-scored criterion: ${error.message}`, { issues });
    }
    throw error;
  }
  const at = now(trx);
  const source = `review:${review.id}`;
  await upsertScores(
    trx,
    workspaceId,
    rows.map((r) => ({ ...r, source, assessedOn: review.date })),
    at,
  );
  const saved = (
    await selectAssessments(trx, workspaceId)
      .where('s.partner_id', '=', rows[0]?.partnerRowId ?? '')
      .where('s.assessor', '=', review.reviewer)
      .where('s.source', '=', source)
      .execute()
  ).map(present);
  for (const after of saved) {
    await appendAudit(trx, {
      workspaceId,
      actor: review.reviewer,
      action: 'assessment.upsert',
      entity: 'assessment',
      entityId: after.id,
      before: null,
      after,
      at,
    });
  }
  return saved;
}
