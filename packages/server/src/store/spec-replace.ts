import type { Spec } from '@partnerfolio/core';
import { toSpecDistribution } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { appendAudit } from './audit.js';
import { chunks } from './batch.js';
import { canonicalJson } from './canonical-json.js';
import { insertCriteriaVersion, readCurrentCriteria } from './criteria.js';
import { recordEstimateHistory } from './estimate-history.js';
import { refuseIfHistory } from './partner-history.js';
import { combinedScoresJson, combineScores } from './partner-scores.js';
import { upsertPartnerRows } from './partner-upsert.js';
import { SPEC_ASSESSOR, upsertScores } from './partner-writes.js';
import { replaceRisksFromSpec } from './risks.js';
import { recordScoreHistory, type ScoreChange } from './score-history.js';
import { readSettings, writeSettings } from './settings.js';
import { PARTNER_TABLES, refreshStatistics } from './statistics.js';
import { dialectOf, newId, now, type Trx, writeTransaction } from './tx.js';
import { settingsSchema } from './validation.js';

export interface SpecReplaceSummary {
  readonly partners: {
    readonly created: number;
    readonly updated: number;
    readonly deleted: number;
  };
  readonly assessments: number;
  readonly synergies: number;
  /** The criteria version now current (new only if the criteria changed). */
  readonly criteriaVersion: number;
  readonly criteriaChanged: boolean;
  readonly settingsVersion: number;
}

/**
 * Makes the workspace hold exactly `spec` (validated by core), all or nothing, in one
 * write transaction. The rule, chosen to keep the round trip lossless and simple:
 *
 * - partners are matched by id: a partner still in the spec keeps its record (row id,
 *   status, contacts, notes, creation time) and gets the spec's fields; partners not in
 *   the spec are deleted, new ones are added with the spec's status (default candidate;
 *   later moves go along the lifecycle, partner-status.ts);
 *   the spec's order is kept;
 * - every assessment is replaced by the spec's scores, recorded under assessor `spec`
 *   (other assessors' individual scores are dropped: the spec's score *is* the combined
 *   score, and keeping them would change it), and so are estimates and synergies;
 * - settings take the spec's values; a new criteria version is written only if the
 *   criteria, weighting or normalization differ from the current version.
 *
 * One audit entry `spec.replace` records the counts and the settings and criteria
 * before and after, rather than one entry per row of a 10,000-partner spec.
 */
export async function replaceWorkspaceFromSpec(
  db: Db,
  workspaceId: string,
  spec: Spec,
  actor: string | null,
): Promise<SpecReplaceSummary> {
  const summary = await writeTransaction(db, async (trx) => {
    const at = now(trx);
    const settingsBefore = await readSettings(trx, workspaceId);
    const settings = settingsSchema.parse({
      organization: spec.organization,
      unit: spec.unit,
      netModel: spec.netModel,
      objective: spec.objective,
      coordinationCost: spec.coordinationCost,
      resources: spec.resources,
      constraints: spec.constraints,
      needs: spec.needs,
      vocabulary: spec.vocabulary,
      rules: spec.rules,
    });
    const settingsAfter =
      canonicalJson(settings) === canonicalJson(settingsBefore.settings)
        ? settingsBefore
        : await writeSettings(trx, workspaceId, settingsBefore, settings, actor, undefined);

    const criteriaBefore = await readCurrentCriteria(trx, workspaceId);
    const wanted = {
      criteria: spec.criteria,
      weighting: spec.weighting,
      normalization: spec.normalization,
    };
    const { criteria, weighting, normalization } = criteriaBefore;
    const criteriaChanged =
      canonicalJson(wanted) !== canonicalJson({ criteria, weighting, normalization });
    const criteriaAfter = criteriaChanged
      ? await insertCriteriaVersion(trx, workspaceId, criteriaBefore, wanted, actor, false)
      : criteriaBefore;

    const counts = await replaceRows(trx, workspaceId, spec, at);
    const summary: SpecReplaceSummary = {
      ...counts,
      criteriaVersion: criteriaAfter.version,
      criteriaChanged,
      settingsVersion: settingsAfter.version,
    };
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'spec.replace',
      entity: 'workspace',
      entityId: workspaceId,
      before: { settings: settingsBefore, criteria: criteriaBefore, ...counts.before },
      after: { settings: settingsAfter, criteria: criteriaAfter, summary },
      at,
    });
    return summary;
  });
  await refreshStatistics(db, spec.partners.length + summary.assessments, PARTNER_TABLES);
  return summary;
}

async function replaceRows(trx: Trx, workspaceId: string, spec: Spec, at: string) {
  let existingQuery = trx
    .selectFrom('partners')
    .select(['id', 'key'])
    .where('workspace_id', '=', workspaceId);
  if (dialectOf(trx) === 'postgres') existingQuery = existingQuery.forUpdate();
  const existing = new Map((await existingQuery.execute()).map((r) => [r.key, r.id]));
  const storedEstimates = new Map(
    (
      await trx
        .selectFrom('estimates')
        .select(['partner_id', 'version', 'cost', 'return'])
        .where('workspace_id', '=', workspaceId)
        .execute()
    ).map((r) => [r.partner_id, r]),
  );
  const before = await countRows(trx, workspaceId);

  // Rows that depend on partners go first; they are all rewritten below.
  await trx.deleteFrom('synergies').where('workspace_id', '=', workspaceId).execute();
  // What the scores were, so that the assessments' history records only what changes.
  const previousScores = await trx
    .selectFrom('assessments')
    .select(['partner_id', 'criterion', 'assessor', 'score'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  await trx.deleteFrom('assessments').where('workspace_id', '=', workspaceId).execute();
  await trx.deleteFrom('estimates').where('workspace_id', '=', workspaceId).execute();
  const keep = new Set(spec.partners.map((p) => p.id));
  const removedPairs = [...existing].filter(([key]) => !keep.has(key));
  await refuseIfHistory(trx, workspaceId, new Map(removedPairs.map(([key, id]) => [id, key])));
  const removed = removedPairs.map(([, id]) => id);
  for (const ids of chunks(removed))
    await trx.deleteFrom('partners').where('id', 'in', ids).execute();

  const rowIds = new Map(spec.partners.map((p) => [p.id, existing.get(p.id) ?? newId()]));
  const rows = spec.partners.map((p, position) => ({
    id: rowIds.get(p.id) ?? '',
    workspace_id: workspaceId,
    key: p.id,
    name: p.name ?? p.id,
    kind: p.kind,
    // A new partner takes the spec's status (so the workspace answers what the file
    // answers); one already stored keeps its own: every later move goes along the
    // lifecycle, with its rules and its audit entry (partner-status.ts).
    status: p.status,
    domains: JSON.stringify(p.domains),
    offers: JSON.stringify(p.offers),
    contacts: '[]',
    uses: JSON.stringify(p.uses),
    alpha: p.alpha ?? null,
    beta: p.beta ?? null,
    notes: '',
    position,
    version: 1,
    created_at: at,
    updated_at: at,
    // The spec's scores are the only assessments left (one per criterion, assessor `spec`),
    // so they are the combined scores (partner-scores.ts); upsertScores need not refresh.
    combined_scores: combinedScoresJson(
      combineScores(
        Object.entries(p.scores).map(([criterion, score]) => ({
          criterion,
          assessor: SPEC_ASSESSOR,
          score,
        })),
      ),
    ),
    // Stated uncertain scores, stored as written (the export gives them back unchanged).
    score_distributions: scoreDistributionsJson(p.scoreDistributions),
  }));
  await upsertPartnerRows(trx, rows, ['position', 'combined_scores', 'score_distributions']);

  const estimates = spec.partners.map((p) => {
    const id = rowIds.get(p.id) ?? '';
    return {
      partner_id: id,
      workspace_id: workspaceId,
      cost: JSON.stringify(toSpecDistribution(p.cost)),
      return: JSON.stringify(toSpecDistribution(p.return)),
      exit_cost: p.exitCost === undefined ? null : JSON.stringify(toSpecDistribution(p.exitCost)),
      onboarding_cost:
        p.onboardingCost === undefined
          ? null
          : JSON.stringify(toSpecDistribution(p.onboardingCost)),
      version: Number(storedEstimates.get(id)?.version ?? 0) + 1,
      updated_at: at,
    };
  });
  for (const batch of chunks(estimates)) await trx.insertInto('estimates').values(batch).execute();
  await recordEstimateHistory(
    trx,
    workspaceId,
    estimates.map((e) => {
      const old = storedEstimates.get(e.partner_id);
      return {
        partnerRowId: e.partner_id,
        version: e.version,
        cost: e.cost,
        return: e.return,
        before: old === undefined ? undefined : { cost: old.cost, return: old.return },
      };
    }),
    at,
  );

  const scores = spec.partners.flatMap((p) =>
    Object.entries(p.scores).map(([criterion, score]) => ({
      partnerRowId: rowIds.get(p.id) ?? '',
      criterion,
      assessor: SPEC_ASSESSOR,
      score,
    })),
  );
  await upsertScores(trx, workspaceId, scores, at, { refresh: false, history: false });
  await recordScoreHistory(trx, workspaceId, scoreChanges(previousScores, scores, removed), at);

  const synergies = spec.synergies.map((s, position) => ({
    id: newId(),
    workspace_id: workspaceId,
    partner_a: rowIds.get(s.between[0]) ?? '',
    partner_b: rowIds.get(s.between[1]) ?? '',
    value: JSON.stringify(toSpecDistribution(s.value)),
    note: '',
    position,
    version: 1,
    created_at: at,
    updated_at: at,
  }));
  for (const batch of chunks(synergies)) await trx.insertInto('synergies').values(batch).execute();
  await replaceRisksFromSpec(
    trx,
    workspaceId,
    spec.risks.map((r) => ({ ...r, impact: toSpecDistribution(r.impact) })),
    at,
  );

  const updated = spec.partners.filter((p) => existing.has(p.id)).length;
  return {
    before,
    partners: { created: spec.partners.length - updated, updated, deleted: removed.length },
    assessments: scores.length,
    synergies: synergies.length,
  };
}

/** The spec's `scoreDistributions` in its written form, or null when none is stated. */
function scoreDistributionsJson(stated: Spec['partners'][number]['scoreDistributions']) {
  if (stated === undefined || Object.keys(stated).length === 0) return null;
  const written = Object.fromEntries(
    Object.entries(stated).map(([criterion, d]) => [criterion, toSpecDistribution(d)]),
  );
  return JSON.stringify(written);
}

async function countRows(trx: Trx, workspaceId: string) {
  const count = async (table: 'partners' | 'assessments' | 'synergies') => {
    const row = await trx
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  return {
    partners: await count('partners'),
    assessments: await count('assessments'),
    synergies: await count('synergies'),
  };
}

const scoreKey = (s: { partnerRowId: string; criterion: string; assessor: string }) =>
  JSON.stringify([s.partnerRowId, s.criterion, s.assessor]);

/** Scores new or changed, and (as null) scores gone, except of partners deleted. */
function scoreChanges(
  previous: readonly { partner_id: string; criterion: string; assessor: string; score: number }[],
  next: readonly ScoreChange[],
  deletedPartners: readonly string[],
): ScoreChange[] {
  const before = new Map(
    previous.map((p) => [
      scoreKey({ partnerRowId: p.partner_id, criterion: p.criterion, assessor: p.assessor }),
      Number(p.score),
    ]),
  );
  const gone = new Set(deletedPartners);
  const changed = next.filter((s) => before.get(scoreKey(s)) !== s.score);
  const kept = new Set(next.map(scoreKey));
  const removed = previous
    .filter((p) => !gone.has(p.partner_id))
    .map((p) => ({
      partnerRowId: p.partner_id,
      criterion: p.criterion,
      assessor: p.assessor,
      score: null,
    }))
    .filter((p) => !kept.has(scoreKey(p)));
  return [...changed, ...removed];
}
