import type { Need, Partner, PartnerKind, Portfolio, Synergy } from '../../model/types.js';
import type { PartnerStatus } from '../../workspace/lifecycle.js';

export interface OrgSketch {
  readonly kind?: PartnerKind;
  readonly status?: PartnerStatus;
  readonly domains?: readonly string[];
  readonly offers?: readonly string[];
  /** One criterion, `tech` (benefit). */
  readonly tech?: number;
}

/** A hand-built portfolio: organisations by id, synergies as [a, b, value], needs. */
export function graphPortfolio(
  orgs: Record<string, OrgSketch>,
  options: {
    readonly synergies?: readonly (readonly [string, string, number])[];
    readonly needs?: readonly Need[];
  } = {},
): Portfolio {
  const partners: Partner[] = Object.entries(orgs).map(([id, o]) => ({
    id,
    name: id.toUpperCase(),
    kind: o.kind ?? 'enterprise',
    domains: o.domains ?? [],
    offers: o.offers ?? [],
    scores: { tech: o.tech ?? 5 },
    cost: { kind: 'fixed', value: 1 },
    return: { kind: 'fixed', value: 2 },
    uses: {},
    ...(o.status ? { status: o.status } : {}),
  }));
  const synergies: Synergy[] = (options.synergies ?? []).map(([a, b, v]) => ({
    between: [a, b],
    value: { kind: 'fixed', value: v },
  }));
  return {
    organization: 'Us',
    unit: 'USD',
    netModel: 'net',
    criteria: [{ id: 'tech', name: 'Tech', kind: 'benefit', weight: 1 }],
    weighting: { method: 'direct' },
    normalization: 'max',
    resources: {},
    partners,
    synergies,
    needs: options.needs ?? [],
    constraints: {
      minPerKind: {},
      exclusive: [],
      requires: [],
      include: [],
      exclude: [],
      cover: [],
      groups: [],
    },
    objective: 'net',
    coordinationCost: 0,
  };
}
