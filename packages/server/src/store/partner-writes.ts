import type { Issue, SpecDistribution } from '@partnerfolio/core';
import { chunks } from './batch.js';
import { readCurrentCriteria } from './criteria.js';
import { StoreError } from './errors.js';
import { recordEstimateHistory } from './estimate-history.js';
import { refreshCombinedScores } from './partner-scores.js';
import { recordScoreHistory } from './score-history.js';
import { readSettings } from './settings.js';
import { newId, type Trx } from './tx.js';

/** The assessor under which a workspace's own scores are kept (from a spec, an import or the partner form). */
export const SPEC_ASSESSOR = 'spec';

/** Scores must name criteria of the current set, and uses the workspace's resources. */
export async function checkPartnerReferences(
  trx: Trx,
  workspaceId: string,
  fields: {
    readonly scores?: Readonly<Record<string, number>> | undefined;
    readonly uses?: Readonly<Record<string, number>> | undefined;
  },
): Promise<void> {
  const issues: Issue[] = [];
  if (fields.scores && Object.keys(fields.scores).length > 0) {
    const criteria = new Set(
      (await readCurrentCriteria(trx, workspaceId)).criteria.map((c) => c.id),
    );
    for (const key of Object.keys(fields.scores)) {
      if (criteria.has(key)) continue;
      issues.push({
        code: 'unknown_criterion',
        path: ['scores', key],
        message: `\`${key}\` is not a criterion of this workspace; add it to the criteria first or use one of: ${[...criteria].join(', ') || '(none yet)'}`,
      });
    }
  }
  if (fields.uses && Object.keys(fields.uses).length > 0) {
    const resources = (await readSettings(trx, workspaceId)).settings.resources;
    for (const key of Object.keys(fields.uses)) {
      if (Object.hasOwn(resources, key)) continue;
      issues.push({
        code: 'unknown_resource',
        path: ['uses', key],
        message: `\`${key}\` is not a resource of this workspace; add it to the resources first or use one of: ${Object.keys(resources).join(', ') || '(none yet)'}`,
      });
    }
  }
  if (issues.length > 0) {
    throw new StoreError('invalid', issues.map((i) => i.message).join('; '), { issues });
  }
}

type Estimate = {
  cost: SpecDistribution | null;
  return: SpecDistribution | null;
  exitCost: SpecDistribution | null;
  onboardingCost: SpecDistribution | null;
};

const jsonOrNull = (d: SpecDistribution | null): string | null =>
  d === null ? null : JSON.stringify(d);

/**
 * Sets a partner's cost, return, exit and onboarding costs (undefined keeps the stored
 * one, null clears it). Returns whether anything was written.
 */
export async function writeEstimate(
  trx: Trx,
  workspaceId: string,
  partnerRowId: string,
  change: {
    readonly cost?: SpecDistribution | null | undefined;
    readonly return?: SpecDistribution | null | undefined;
    readonly exitCost?: SpecDistribution | null | undefined;
    readonly onboardingCost?: SpecDistribution | null | undefined;
  },
  at: string,
): Promise<boolean> {
  const fields = ['cost', 'return', 'exitCost', 'onboardingCost'] as const;
  if (fields.every((f) => change[f] === undefined)) return false;
  const existing = await trx
    .selectFrom('estimates')
    .select(['cost', 'return', 'exit_cost', 'onboarding_cost', 'version'])
    .where('partner_id', '=', partnerRowId)
    .executeTakeFirst();
  const parse = (text: string | null): SpecDistribution | null =>
    text === null ? null : (JSON.parse(text) as SpecDistribution | null);
  const previous: Estimate = existing
    ? {
        cost: parse(existing.cost),
        return: parse(existing.return),
        exitCost: parse(existing.exit_cost),
        onboardingCost: parse(existing.onboarding_cost),
      }
    : { cost: null, return: null, exitCost: null, onboardingCost: null };
  const pick = (f: (typeof fields)[number]) => {
    const value = change[f];
    return value === undefined ? previous[f] : value;
  };
  const next: Estimate = {
    cost: pick('cost'),
    return: pick('return'),
    exitCost: pick('exitCost'),
    onboardingCost: pick('onboardingCost'),
  };
  const columns = {
    cost: JSON.stringify(next.cost),
    return: JSON.stringify(next.return),
    exit_cost: jsonOrNull(next.exitCost),
    onboarding_cost: jsonOrNull(next.onboardingCost),
    updated_at: at,
  };
  const version = existing ? Number(existing.version) + 1 : 1;
  if (existing) {
    await trx
      .updateTable('estimates')
      .set({ ...columns, version })
      .where('partner_id', '=', partnerRowId)
      .execute();
  } else {
    await trx
      .insertInto('estimates')
      .values({ ...columns, partner_id: partnerRowId, workspace_id: workspaceId, version })
      .execute();
  }
  await recordEstimateHistory(
    trx,
    workspaceId,
    [
      {
        partnerRowId,
        version,
        cost: columns.cost,
        return: columns.return,
        before: existing ? { cost: existing.cost, return: existing.return } : undefined,
      },
    ],
    at,
  );
  return true;
}

export interface ScoreRow {
  readonly partnerRowId: string;
  readonly criterion: string;
  readonly assessor: string;
  readonly score: number;
  /** `review:<id>` when a review re-scored it (null: typed or imported). */
  readonly source?: string;
  /** The date it speaks for (a review's period end). */
  readonly assessedOn?: string;
}

/**
 * Inserts or replaces scores, 500 per statement (the import path uses it for 10,000s),
 * then refreshes the combined scores of the partners written (partner-scores.ts), unless
 * the caller writes them itself (`refresh: false`, the spec replace).
 */
export async function upsertScores(
  trx: Trx,
  workspaceId: string,
  scores: readonly ScoreRow[],
  at: string,
  {
    refresh = true,
    history = true,
  }: { readonly refresh?: boolean; readonly history?: boolean } = {},
): Promise<void> {
  for (const batch of chunks(scores)) {
    await trx
      .insertInto('assessments')
      .values(
        batch.map((s) => ({
          id: newId(),
          workspace_id: workspaceId,
          partner_id: s.partnerRowId,
          criterion: s.criterion,
          assessor: s.assessor,
          score: s.score,
          version: 1,
          created_at: at,
          updated_at: at,
          source: s.source ?? null,
          assessed_on: s.assessedOn ?? null,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['partner_id', 'criterion', 'assessor']).doUpdateSet((eb) => ({
          score: eb.ref('excluded.score'),
          updated_at: eb.ref('excluded.updated_at'),
          source: eb.ref('excluded.source'),
          assessed_on: eb.ref('excluded.assessed_on'),
          version: eb('assessments.version', '+', 1),
        })),
      )
      .execute();
  }
  // The assessments' history (score-history.ts), unless the caller records the changes itself.
  if (history) await recordScoreHistory(trx, workspaceId, scores, at);
  if (refresh) {
    await refreshCombinedScores(
      trx,
      scores.map((s) => s.partnerRowId),
    );
  }
}
