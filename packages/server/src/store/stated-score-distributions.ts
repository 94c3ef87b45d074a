import { formatPath, type Issue, type SpecDistribution } from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { appendAudit } from './audit.js';
import { parseJson } from './canonical-json.js';
import { readCurrentCriteria } from './criteria.js';
import { notFound, StoreError } from './errors.js';
import { lockCurrent } from './partner-lock.js';
import { now, readTransaction, type Trx, writeTransaction } from './tx.js';
import { keySchema, parseOrThrow, storedDistributionSchema } from './validation.js';

type Cells = Record<string, SpecDistribution>;

/**
 * The uncertain scores stated in the spec (`scoreDistributions`, stored as written by
 * `PUT .../spec`), by partner key, only on the current criteria (a criterion since
 * removed is left out, as its score is).
 */
export async function readStatedScoreDistributions(
  trx: Trx,
  workspaceId: string,
  criteria: ReadonlySet<string>,
): Promise<Map<string, Cells>> {
  const rows = await trx
    .selectFrom('partners')
    .select(['key', 'score_distributions'])
    .where('workspace_id', '=', workspaceId)
    .where('score_distributions', 'is not', null)
    .execute();
  const out = new Map<string, Cells>();
  for (const row of rows) {
    if (row.score_distributions === null) continue;
    const stated = parseJson<Cells>(row.score_distributions);
    const kept = Object.fromEntries(Object.entries(stated).filter(([c]) => criteria.has(c)));
    if (Object.keys(kept).length > 0) out.set(row.key, kept);
  }
  return out;
}

/**
 * A partner's uncertain scores for SMAA: the assessors' spread where they disagree, and
 * a stated distribution wins over it on the same criterion (the person who stated it
 * said what the uncertainty is; the spread only guesses it from disagreement).
 */
export function uncertainScores(
  spread: Cells | undefined,
  stated: Cells | undefined,
): Cells | undefined {
  if (spread === undefined && stated === undefined) return undefined;
  return { ...spread, ...stated };
}

/**
 * A partner's stated uncertain scores as the app edits them: `{ criterion: distribution }`
 * on the current criteria, under the partner's version (a change bumps it, as any other
 * edit of the partner does).
 */
export interface ScoreDistributions {
  /** The partner's id (spec key). */
  readonly partner: string;
  readonly distributions: Readonly<Cells>;
  readonly version: number;
  readonly updatedAt: string;
}

/** How many criteria one request may state: more than any workspace has, bounded. */
export const MAX_STATED_CRITERIA = 1_000;

/**
 * The rules of a stated distribution are core's (`distributionSchema`: min ≤ max, min ≤
 * mode ≤ max, sd ≥ 0, within ±1e12, one form), stored in the spec's written form.
 */
export const scoreDistributionsInputSchema = z.strictObject({
  distributions: z
    .record(keySchema, storedDistributionSchema)
    .refine((cells) => Object.keys(cells).length <= MAX_STATED_CRITERIA, {
      error: `at most ${MAX_STATED_CRITERIA} criteria`,
    }),
});
export type ScoreDistributionsInput = z.input<typeof scoreDistributionsInputSchema>;

function present(row: Row<'partners'>, criteria: ReadonlySet<string>): ScoreDistributions {
  const stated = row.score_distributions === null ? {} : parseJson<Cells>(row.score_distributions);
  return {
    partner: row.key,
    distributions: Object.fromEntries(Object.entries(stated).filter(([c]) => criteria.has(c))),
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

async function currentCriteria(trx: Trx, workspaceId: string): Promise<Set<string>> {
  return new Set((await readCurrentCriteria(trx, workspaceId)).criteria.map((c) => c.id));
}

export async function getScoreDistributions(
  db: Db,
  workspaceId: string,
  partnerKey: string,
): Promise<ScoreDistributions> {
  return readTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('partners')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('key', '=', partnerKey)
      .executeTakeFirst();
    if (!row) throw notFound(`partner "${partnerKey}"`);
    return present(row, await currentCriteria(trx, workspaceId));
  });
}

/**
 * Replaces a partner's stated uncertain scores (an empty record clears them). Each key
 * must be a current criterion; `expectedVersion` is the partner's version the caller read.
 * Audited as `partner.score_distributions` with the records before and after.
 */
export async function setScoreDistributions(
  db: Db,
  workspaceId: string,
  partnerKey: string,
  input: ScoreDistributionsInput,
  expectedVersion: number,
  actor: string | null,
): Promise<ScoreDistributions> {
  const valid = parseOrThrow(scoreDistributionsInputSchema, input, 'the uncertain scores');
  return writeTransaction(db, async (trx) => {
    const row = await lockCurrent(trx, workspaceId, partnerKey, expectedVersion);
    const criteria = await currentCriteria(trx, workspaceId);
    const issues: Issue[] = Object.keys(valid.distributions)
      .filter((c) => !criteria.has(c))
      .map((c) => ({
        code: 'unknown_criterion',
        path: ['distributions', c],
        message: `"${c}" is not a criterion of this workspace`,
      }));
    if (issues.length > 0) {
      throw new StoreError(
        'invalid',
        `the uncertain scores are not valid at ${formatPath(issues[0]?.path ?? [])}: ${issues[0]?.message}`,
        { issues },
      );
    }
    const before = present(row, criteria);
    const at = now(trx);
    const cells = Object.entries(valid.distributions);
    await trx
      .updateTable('partners')
      .set({
        score_distributions: cells.length === 0 ? null : JSON.stringify(valid.distributions),
        version: expectedVersion + 1,
        updated_at: at,
      })
      .where('id', '=', row.id)
      .where('version', '=', expectedVersion)
      .execute();
    const after: ScoreDistributions = {
      partner: partnerKey,
      distributions: valid.distributions,
      version: expectedVersion + 1,
      updatedAt: at,
    };
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'partner.score_distributions',
      entity: 'partner',
      entityId: partnerKey,
      before,
      after,
      at,
    });
    return after;
  });
}
