import {
  assessorSpread,
  type Issue,
  type Portfolio,
  type SpecDistribution,
  type SpecInput,
} from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { validateSpecOffloaded } from '../offload/pool.js';
import { readCurrentCriteria } from './criteria.js';
import { StoreError } from './errors.js';
import { type LifecycleCosts, readLifecycleCosts } from './lifecycle-costs.js';
import { readAllPartners } from './partner-present.js';
import { risksForSpec } from './risks.js';
import { readSettings, type WorkspaceSettings } from './settings.js';
import { readStatedScoreDistributions, uncertainScores } from './stated-score-distributions.js';
import { presentSynergy, selectSynergies } from './synergy-writes.js';
import { readTransaction, type Trx } from './tx.js';

export { replaceWorkspaceFromSpec, type SpecReplaceSummary } from './spec-replace.js';

/**
 * A workspace as a portfolio spec (DESIGN.md "The portfolio spec"): what `GET .../spec`
 * answers and what the engine is run on. Optional parts that are empty or at their
 * default are left out, so the document reads like a hand-written file. Partners keep
 * the order of the spec they came from; scores are the combined (mean) scores of the
 * current criteria; `uses` of resources no longer declared are left out. A partner not
 * yet estimated has no `cost`/`return`, which validation then reports by path.
 */
export async function exportWorkspaceSpec(db: Db, workspaceId: string): Promise<SpecInput> {
  return (await readTransaction(db, (trx) => buildSpec(trx, workspaceId))).spec;
}

export interface WorkspacePortfolio {
  readonly portfolio: Portfolio;
  /** The spec the portfolio was built from (as `exportWorkspaceSpec` gives it). */
  readonly spec: SpecInput;
  readonly criteriaVersion: number;
  readonly warnings: readonly Issue[];
}

/**
 * The workspace's current data as the engine's `Portfolio`, validated by core exactly
 * like a spec file. A workspace that does not make a valid spec yet (a partner without
 * a score or an estimate, a constraint naming a deleted partner) → `invalid` with the
 * issues, their paths pointing into the exported spec.
 */
export async function loadWorkspacePortfolio(
  db: Db,
  workspaceId: string,
): Promise<WorkspacePortfolio> {
  const { spec, criteriaVersion } = await readTransaction(db, (trx) => buildSpec(trx, workspaceId));
  // Hundreds of partners take tens of milliseconds to validate: a worker does it then.
  const result = await validateSpecOffloaded(spec, estimatedBytes(spec));
  if (!result.ok) {
    const first = result.issues[0];
    throw new StoreError(
      'invalid',
      `the workspace does not make a valid portfolio yet: ${first?.message ?? ''}`,
      { issues: result.issues },
    );
  }
  return { portfolio: result.value.portfolio, spec, criteriaVersion, warnings: result.warnings };
}

/** About the JSON size of a workspace's spec, without writing it: what decides a worker. */
const estimatedBytes = (spec: SpecInput): number =>
  spec.partners.length * 256 + (spec.synergies?.length ?? 0) * 64;

/**
 * Where a partner's assessors disagree on a criterion, the spread of their scores as the
 * uncertain score SMAA draws (`assessorSpread`: uniform from the lowest to the highest);
 * the mean stays the partner's score for every other method.
 */
async function readAssessorSpreads(
  trx: Trx,
  workspaceId: string,
  criteria: ReadonlySet<string>,
): Promise<Map<string, Record<string, SpecDistribution>>> {
  // Only the cells where the assessors differ: one grouped row each, whatever the count.
  const rows = await trx
    .selectFrom('assessments as s')
    .innerJoin('partners as p', 'p.id', 's.partner_id')
    .select((eb) => [
      'p.key',
      's.criterion',
      eb.fn.min<number>('s.score').as('low'),
      eb.fn.max<number>('s.score').as('high'),
    ])
    .where('s.workspace_id', '=', workspaceId)
    .groupBy(['p.key', 's.criterion'])
    .having((eb) => eb(eb.fn.min('s.score'), '<', eb.fn.max('s.score')))
    .orderBy('p.key')
    .orderBy('s.criterion')
    .execute();
  const out = new Map<string, Record<string, SpecDistribution>>();
  for (const row of rows) {
    if (!criteria.has(row.criterion)) continue;
    const d = assessorSpread([Number(row.low), Number(row.high)]);
    if (d?.kind !== 'uniform') continue;
    const spread = out.get(row.key) ?? {};
    spread[row.criterion] = { uniform: [d.min, d.max] };
    out.set(row.key, spread);
  }
  return out;
}

async function buildSpec(
  trx: Trx,
  workspaceId: string,
): Promise<{ spec: SpecInput; criteriaVersion: number }> {
  const { settings } = await readSettings(trx, workspaceId);
  const criteria = await readCurrentCriteria(trx, workspaceId);
  const criterionIds = criteria.criteria.map((c) => c.id);
  const all = await readAllPartners(trx, workspaceId);
  const synergies = (await selectSynergies(trx, workspaceId).execute()).map(presentSynergy);
  const lifecycleCosts = await readLifecycleCosts(trx, workspaceId);
  const spreads = await readAssessorSpreads(trx, workspaceId, new Set(criterionIds));
  const stated = await readStatedScoreDistributions(trx, workspaceId, new Set(criterionIds));
  const risks = await risksForSpec(trx, workspaceId);
  const resources = settings.resources;

  const partners: SpecInput['partners'] = all.map((p) => {
    const scores: Record<string, number> = {};
    for (const id of criterionIds) {
      const score = p.scores[id];
      if (score !== undefined) scores[id] = score;
    }
    const uses = Object.fromEntries(
      Object.entries(p.uses).filter(([r]) => Object.hasOwn(resources, r)),
    );
    const scoreDistributions = uncertainScores(spreads.get(p.id), stated.get(p.id));
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      ...(p.domains.length > 0 ? { domains: [...p.domains] } : {}),
      ...(p.offers.length > 0 ? { offers: [...p.offers] } : {}),
      scores,
      ...(scoreDistributions === undefined ? {} : { scoreDistributions }),
      // Left out when not estimated: validation then names the partner and the field.
      ...(p.cost === null ? {} : { cost: mutable(p.cost) }),
      ...(p.return === null ? {} : { return: mutable(p.return) }),
      ...(Object.keys(uses).length > 0 ? { uses } : {}),
      ...(p.alpha === undefined ? {} : { alpha: p.alpha }),
      ...(p.beta === undefined ? {} : { beta: p.beta }),
      // The stored lifecycle (DESIGN.md "Lifecycle in the spec"); defaults left out.
      ...(p.status === 'candidate' ? {} : { status: p.status }),
      ...lifecycleOf(lifecycleCosts.get(p.id)),
    } as SpecInput['partners'][number];
  });

  const constraints = tidyConstraints(settings.constraints);
  const spec: SpecInput = {
    version: 1,
    organization: settings.organization,
    unit: settings.unit,
    netModel: settings.netModel,
    ...(criteria.criteria.length > 0 ? { criteria: criteria.criteria.map((c) => ({ ...c })) } : {}),
    ...(criteria.weighting.method === 'direct' && criteria.weighting.assessors === undefined
      ? {}
      : { weighting: criteria.weighting }),
    normalization: criteria.normalization,
    ...(Object.keys(resources).length > 0 ? { resources: { ...resources } } : {}),
    partners,
    ...(synergies.length > 0
      ? {
          synergies: synergies.map((s) => ({
            between: [s.between[0], s.between[1]] as [string, string],
            value: mutable(s.value),
          })),
        }
      : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    ...(risks.length > 0 ? { risks } : {}),
    ...(settings.needs.length > 0 ? { needs: settings.needs.map((n) => ({ ...n })) } : {}),
    ...(settings.vocabulary.length > 0
      ? { vocabulary: settings.vocabulary.map((v) => ({ ...v })) }
      : {}),
    ...(settings.rules.length > 0 ? { rules: settings.rules.map((r) => ({ ...r })) } : {}),
    objective: settings.objective,
    ...(settings.coordinationCost === 0 ? {} : { coordinationCost: settings.coordinationCost }),
  };
  return { spec, criteriaVersion: criteria.version };
}

function lifecycleOf(costs: LifecycleCosts | undefined) {
  if (costs === undefined) return {};
  return {
    ...(costs.exitCost === undefined ? {} : { exitCost: mutable(costs.exitCost) }),
    ...(costs.onboardingCost === undefined
      ? {}
      : { onboardingCost: mutable(costs.onboardingCost) }),
  };
}

/** A stored distribution is plain JSON already; the cast only drops `readonly`. */
const mutable = (d: SpecDistribution) =>
  d as Exclude<SpecInput['partners'][number]['cost'], undefined>;

type SpecConstraintsInput = NonNullable<SpecInput['constraints']>;

/** The constraints without their empty parts (the schema fills them in again). */
function tidyConstraints(c: WorkspaceSettings['constraints']): SpecConstraintsInput {
  const minPerKind = Object.fromEntries(
    Object.entries(c.minPerKind).filter(([, v]) => v !== undefined),
  );
  return {
    ...(Object.keys(minPerKind).length > 0 ? { minPerKind } : {}),
    ...(c.maxPartners === undefined ? {} : { maxPartners: c.maxPartners }),
    ...(c.exclusive.length > 0 ? { exclusive: c.exclusive } : {}),
    ...(c.requires.length > 0 ? { requires: c.requires } : {}),
    ...(c.include.length > 0 ? { include: c.include } : {}),
    ...(c.exclude.length > 0 ? { exclude: c.exclude } : {}),
    ...(c.cover.length > 0 ? { cover: c.cover } : {}),
    ...(c.groups.length > 0
      ? {
          groups: c.groups.map((g) => ({
            members: g.members,
            ...(g.name === undefined ? {} : { name: g.name }),
            ...(g.min === undefined ? {} : { min: g.min }),
            ...(g.max === undefined ? {} : { max: g.max }),
          })),
        }
      : {}),
    ...(c.minScore === undefined ? {} : { minScore: c.minScore }),
  };
}
