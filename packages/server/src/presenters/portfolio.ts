/**
 * How the portfolio's records appear in answers. The store already hands out presented
 * records (never rows); these presenters fix the public shape field by field, so that a
 * field added to the store is published only on purpose, and copy read-only arrays.
 */

import type { SpecDistribution } from '@partnerfolio/core';
import type { Assessment } from '../store/assessments.js';
import type { AuditEntry } from '../store/audit.js';
import type { CriteriaSet } from '../store/criteria.js';
import type { Estimate } from '../store/estimates.js';
import type { Partner } from '../store/partner-present.js';
import type { Scenario, ScenarioSummary } from '../store/scenarios.js';
import type { ScoreDistributions } from '../store/stated-score-distributions.js';
import type { Synergy } from '../store/synergy-writes.js';

/** The store's distributions are read-only tuples; answers are plain JSON of the same shape. */
const distribution = (d: SpecDistribution) => d as SpecDistributionOut;
type SpecDistributionOut =
  | number
  | { uniform: [number, number] }
  | { triangular: [number, number, number] }
  | { pert: [number, number, number] }
  | { normal: [number, number] }
  | { lognormal: [number, number] };

export const presentPartner = (p: Partner) => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  status: p.status,
  domains: [...p.domains],
  offers: [...p.offers],
  contacts: p.contacts.map((c) => ({ ...c })),
  uses: { ...p.uses },
  ...(p.alpha === undefined ? {} : { alpha: p.alpha }),
  ...(p.beta === undefined ? {} : { beta: p.beta }),
  notes: p.notes,
  cost: p.cost === null ? null : distribution(p.cost),
  return: p.return === null ? null : distribution(p.return),
  scores: { ...p.scores },
  version: p.version,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

export const presentEstimate = (e: Estimate) => ({
  partner: e.partner,
  cost: e.cost === null ? null : distribution(e.cost),
  return: e.return === null ? null : distribution(e.return),
  exitCost: e.exitCost === null ? null : distribution(e.exitCost),
  onboardingCost: e.onboardingCost === null ? null : distribution(e.onboardingCost),
  version: e.version,
  updatedAt: e.updatedAt,
});

export const presentScoreDistributions = (s: ScoreDistributions) => ({
  partner: s.partner,
  distributions: Object.fromEntries(
    Object.entries(s.distributions).map(([criterion, d]) => [criterion, distribution(d)]),
  ),
  version: s.version,
  updatedAt: s.updatedAt,
});

export const presentAssessment = (a: Assessment) => ({
  id: a.id,
  partner: a.partner,
  criterion: a.criterion,
  assessor: a.assessor,
  score: a.score,
  version: a.version,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
  source: a.source,
  assessedOn: a.assessedOn,
});

export const presentSynergy = (s: Synergy) => ({
  id: s.id,
  between: [s.between[0], s.between[1]] as [string, string],
  value: distribution(s.value),
  note: s.note,
  version: s.version,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

export const presentCriteria = (c: CriteriaSet) => ({
  version: c.version,
  criteria: c.criteria.map((k) => ({ ...k })),
  weighting: c.weighting,
  normalization: c.normalization,
  createdAt: c.createdAt,
  createdBy: c.createdBy,
});

export const presentScenarioSummary = (s: ScenarioSummary) => ({
  id: s.id,
  name: s.name,
  kind: s.kind,
  criteriaVersion: s.criteriaVersion,
  inputs: s.inputs,
  createdAt: s.createdAt,
  createdBy: s.createdBy,
});

export const presentScenario = (s: Scenario) => ({
  ...presentScenarioSummary(s),
  result: s.result,
});

export const presentAuditEntry = (e: AuditEntry) => ({
  seq: e.seq,
  at: e.at,
  actor: e.actor,
  action: e.action,
  entity: e.entity,
  entityId: e.entityId,
  before: e.before,
  after: e.after,
  hash: e.hash,
  prevHash: e.prevHash,
});
