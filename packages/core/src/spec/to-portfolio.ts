import type { Constraints, Need, Partner, PartnerKind, Portfolio } from '../model/types.js';
import type { Spec } from './spec-schema.js';

/** A validated spec → the engine's model, with every default made explicit. */
export function toPortfolio(spec: Spec): Portfolio {
  return {
    organization: spec.organization,
    unit: spec.unit,
    netModel: spec.netModel,
    criteria: spec.criteria.map((c) => ({
      id: c.id,
      name: c.name ?? c.id,
      kind: c.kind,
      ...(c.weight === undefined ? {} : { weight: c.weight }),
    })),
    weighting:
      spec.weighting.method === 'direct'
        ? { method: 'direct' }
        : {
            method: 'ahp',
            matrices:
              spec.weighting.matrices ?? (spec.weighting.matrix ? [spec.weighting.matrix] : []),
          },
    normalization: spec.normalization,
    resources: { ...spec.resources },
    partners: spec.partners.map(toPartner),
    synergies: spec.synergies.map((s) => ({ between: s.between, value: s.value })),
    // Left out when empty, so that a spec without a graph reads as before.
    ...(spec.needs.length === 0 ? {} : { needs: spec.needs.map(toNeed) }),
    ...(spec.vocabulary.length === 0 ? {} : { vocabulary: spec.vocabulary }),
    constraints: toConstraints(spec.constraints),
    objective: spec.objective,
    coordinationCost: spec.coordinationCost,
  };
}

function toNeed(n: Spec['needs'][number]): Need {
  return {
    capability: n.capability,
    ...(n.domain === undefined ? {} : { domain: n.domain }),
    min: n.min,
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
    cost: p.cost,
    return: p.return,
    uses: { ...p.uses },
    ...(p.alpha === undefined ? {} : { alpha: p.alpha }),
    ...(p.beta === undefined ? {} : { beta: p.beta }),
    ...(p.status === undefined ? {} : { status: p.status }),
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
  };
}
