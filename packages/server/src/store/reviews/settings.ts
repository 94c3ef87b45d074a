/**
 * A workspace's review settings: the default cadence (annual), per-partner cadences and
 * the rules that suggest a decision (core's rule documents, DEFAULT_REVIEW_RULES until
 * the workspace writes its own).
 */
import {
  DEFAULT_REVIEW_CADENCE,
  DEFAULT_REVIEW_RULES,
  type ReviewCadence,
  type ReviewRule,
  reviewRuleSchema,
  validateReviewRules,
} from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../../db/connect.js';
import { appendAudit } from '../audit.js';
import { StoreError } from '../errors.js';
import { now, type Trx, writeTransaction } from '../tx.js';
import { keySchema, parseOrThrow } from '../validation.js';

export const cadenceSchema = z.strictObject({
  every: z.int().min(1, { error: 'a cadence is a whole number ≥ 1' }).max(3650),
  unit: z.enum(['months', 'days']),
});

export const reviewSettingsInputSchema = z.strictObject({
  cadence: cadenceSchema,
  overrides: z.record(keySchema, cadenceSchema).default({}),
  rules: z.array(reviewRuleSchema),
});
export type ReviewSettingsInput = z.input<typeof reviewSettingsInputSchema>;

export interface ReviewSettings {
  readonly cadence: ReviewCadence;
  readonly overrides: Readonly<Record<string, ReviewCadence>>;
  readonly rules: readonly ReviewRule[];
  /** 0 while the workspace uses the defaults. */
  readonly version: number;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  cadence: DEFAULT_REVIEW_CADENCE,
  overrides: {},
  rules: DEFAULT_REVIEW_RULES,
  version: 0,
};

export async function getReviewSettings(
  q: Db['kysely'] | Trx,
  workspaceId: string,
): Promise<ReviewSettings> {
  const row = await q
    .selectFrom('review_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) return DEFAULT_REVIEW_SETTINGS;
  return {
    cadence: JSON.parse(row.cadence) as ReviewCadence,
    overrides: JSON.parse(row.overrides) as Record<string, ReviewCadence>,
    rules: JSON.parse(row.rules) as ReviewRule[],
    version: Number(row.version),
  };
}

export async function saveReviewSettings(
  db: Db,
  workspaceId: string,
  input: ReviewSettingsInput,
  expectedVersion: number,
  actor: string | null,
): Promise<ReviewSettings> {
  const valid = parseOrThrow(reviewSettingsInputSchema, input, 'the review settings');
  const rules = validateReviewRules(valid.rules);
  if (!rules.ok) {
    throw new StoreError('invalid', `the review rules are not valid: ${rules.issues[0]?.message}`, {
      issues: rules.issues,
    });
  }
  return writeTransaction(db, async (trx) => {
    const before = await getReviewSettings(trx, workspaceId);
    if (before.version !== expectedVersion) {
      throw new StoreError(
        'conflict',
        `the review settings changed since version ${expectedVersion} (now ${before.version}); reload and retry`,
        { current: before },
      );
    }
    const at = now(trx);
    const values = {
      cadence: JSON.stringify(valid.cadence),
      overrides: JSON.stringify(valid.overrides),
      rules: JSON.stringify(rules.value),
      version: before.version + 1,
      updated_at: at,
    };
    if (before.version === 0) {
      await trx
        .insertInto('review_settings')
        .values({ workspace_id: workspaceId, ...values })
        .execute();
    } else {
      await trx
        .updateTable('review_settings')
        .set(values)
        .where('workspace_id', '=', workspaceId)
        .execute();
    }
    const after = await getReviewSettings(trx, workspaceId);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'review-settings.update',
      entity: 'review-settings',
      entityId: workspaceId,
      before,
      after,
      at,
    });
    return after;
  });
}

/** The review settings, read on the handle (the routes' read). */
export const readReviewSettings = (db: Db, workspaceId: string): Promise<ReviewSettings> =>
  getReviewSettings(db.kysely, workspaceId);
