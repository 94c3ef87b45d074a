import { groupDirectWeights } from '../mcdm/group-direct-weights.js';
import type {
  Constraints,
  Coordination,
  CvarConstraint,
  Need,
  Partner,
  PartnerKind,
  Portfolio,
  PreferenceFunction,
  Risk,
  Weighting,
} from '../model/types.js';
import type { Spec } from './spec-schema.js';

/** A validated spec → the engine's model, with every default made explicit. */
export function toPortfolio(spec: Spec): Portfolio {
  const { weighting } = spec;
  // Direct weights of several assessors: each criterion's weight is the group's.
  const group =
    weighting.method === 'direct' && weighting.assessors !== undefined
      ? groupDirectWeights(
          spec.criteria.map((c) => c.id),
          weighting.assessors,
        )
      : undefined;
  return {
    organization: spec.organization,
    unit: spec.unit,
    netModel: spec.netModel,
    criteria: spec.criteria.map((c, k) => ({
      id: c.id,
      name: c.name ?? c.id,
      kind: c.kind,
      ...weightOf(c.weight, group?.[k]),
      ...(c.preference === undefined ? {} : { preference: toPreference(c.preference) }),
    })),
    weighting: toWeighting(spec.weighting),
    normalization: spec.normalization,
    resources: { ...spec.resources },
    partners: spec.partners.map(toPartner),
    synergies: spec.synergies.map((s) => ({ between: s.between, value: s.value })),
    ...(spec.risks.length === 0 ? {} : { risks: spec.risks.map(toRisk) }),
    // Left out when empty, so that a spec without a graph reads as before.
    ...(spec.needs.length === 0 ? {} : { needs: spec.needs.map(toNeed) }),
    ...(spec.vocabulary.length === 0 ? {} : { vocabulary: spec.vocabulary }),
    ...(spec.rules.length === 0 ? {} : { rules: spec.rules }),
    constraints: toConstraints(spec.constraints),
    objective: spec.objective,
    ...toCoordination(spec.coordinationCost),
  };
}

function weightOf(own: number | undefined, group: number | undefined): { weight?: number } {
  const weight = group ?? own;
  return weight === undefined ? {} : { weight };
}

function toWeighting(w: Spec['weighting']): Weighting {
  if (w.method === 'direct') {
    return w.assessors === undefined
      ? { method: 'direct' }
      : { method: 'direct', assessors: w.assessors.map((a) => ({ ...a })) };
  }
  if (w.method === 'smaa') {
    return {
      method: 'smaa',
      ...(w.order === undefined ? {} : { order: w.order }),
      ...(w.ranges === undefined ? {} : { ranges: w.ranges }),
    };
  }
  return { method: 'ahp', matrices: w.matrices ?? (w.matrix ? [w.matrix] : []) };
}

function toPreference(f: NonNullable<Spec['criteria'][number]['preference']>): PreferenceFunction {
  return {
    type: f.type,
    ...(f.q === undefined ? {} : { q: f.q }),
    ...(f.p === undefined ? {} : { p: f.p }),
    ...(f.s === undefined ? {} : { s: f.s }),
  };
}

function toNeed(n: Spec['needs'][number]): Need {
  return {
    capability: n.capability,
    ...(n.domain === undefined ? {} : { domain: n.domain }),
    min: n.min,
  };
}

function toRisk(r: Spec['risks'][number]): Risk {
  return {
    id: r.id,
    ...(r.title === undefined ? {} : { title: r.title }),
    category: r.category,
    partners: r.partners,
    likelihood: r.likelihood,
    impact: r.impact,
    factors: { ...r.factors },
  };
}

function toPartner(p: Spec['partners'][number]): Partner {
  return {
    id: p.id,
    name: p.name ?? p.id,
    kind: p.kind,
    domains: p.domains,
    offers: p.offers,
    scores: { ...p.scores },
    ...(p.scoreDistributions === undefined || Object.keys(p.scoreDistributions).length === 0
      ? {}
      : { scoreDistributions: { ...p.scoreDistributions } }),
    cost: p.cost,
    return: p.return,
    uses: { ...p.uses },
    ...(p.alpha === undefined ? {} : { alpha: p.alpha }),
    ...(p.beta === undefined ? {} : { beta: p.beta }),
    ...(p.status === 'candidate' ? {} : { status: p.status }),
    ...(p.exitCost === undefined ? {} : { exitCost: p.exitCost }),
    ...(p.onboardingCost === undefined ? {} : { onboardingCost: p.onboardingCost }),
    ...(p.delivery === undefined
      ? {}
      : { delivery: { alpha: p.delivery.beta[0], beta: p.delivery.beta[1] } }),
  };
}

function toConstraints(c: Spec['constraints']): Constraints {
  const minPerKind: Partial<Record<PartnerKind, number>> = {};
  for (const [kind, min] of Object.entries(c.minPerKind) as [PartnerKind, number | undefined][]) {
    if (min !== undefined) minPerKind[kind] = min;
  }
  return {
    minPerKind,
    ...(c.maxPartners === undefined ? {} : { maxPartners: c.maxPartners }),
    exclusive: c.exclusive,
    requires: c.requires,
    include: c.include,
    exclude: c.exclude,
    cover: c.cover,
    groups: c.groups.map((g) => ({
      members: g.members,
      ...(g.name === undefined ? {} : { name: g.name }),
      ...(g.min === undefined ? {} : { min: g.min }),
      ...(g.max === undefined ? {} : { max: g.max }),
    })),
    ...(c.minScore === undefined ? {} : { minScore: c.minScore }),
    ...(c.cvar === undefined ? {} : { cvar: toCvar(c.cvar) }),
  };
}

/** Defaults of a CVaR floor written as a plain number. */
export const CVAR_DEFAULTS = { level: 0.05, scenarios: 1000, seed: 1 } as const;

function toCvar(c: NonNullable<Spec['constraints']['cvar']>): CvarConstraint {
  return typeof c === 'number' ? { floor: c, ...CVAR_DEFAULTS } : c;
}

function toCoordination(c: Spec['coordinationCost']): {
  coordinationCost: number;
  coordination?: Coordination;
} {
  if (typeof c === 'number') return { coordinationCost: c };
  const perKind: Partial<Record<PartnerKind, number>> = {};
  for (const [kind, cost] of Object.entries(c.perPartner) as [PartnerKind, number | undefined][]) {
    if (cost !== undefined) perKind[kind] = cost;
  }
  return { coordinationCost: 0, coordination: { perKind, overhead: c.overhead } };
}
