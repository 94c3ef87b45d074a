import type {
  Constraints,
  Distribution,
  Partner,
  PartnerKind,
  Portfolio,
  Synergy,
} from '../../model/types.js';

const fixed = (value: number): Distribution => ({ kind: 'fixed', value });
const dist = (v: number | Distribution): Distribution => (typeof v === 'number' ? fixed(v) : v);

export interface PartnerSketch {
  readonly kind?: PartnerKind;
  readonly cost?: number | Distribution;
  readonly return?: number | Distribution;
  readonly uses?: Record<string, number>;
  readonly offers?: readonly string[];
  readonly alpha?: number;
  readonly beta?: number;
}

export function partner(id: string, sketch: PartnerSketch = {}): Partner {
  return {
    id,
    name: id.toUpperCase(),
    kind: sketch.kind ?? 'other',
    domains: [],
    offers: sketch.offers ?? [],
    scores: {},
    cost: dist(sketch.cost ?? 0),
    return: dist(sketch.return ?? 0),
    uses: sketch.uses ?? {},
    ...(sketch.alpha === undefined ? {} : { alpha: sketch.alpha }),
    ...(sketch.beta === undefined ? {} : { beta: sketch.beta }),
  };
}

export interface PortfolioSketch {
  readonly partners: readonly Partner[];
  readonly resources?: Record<string, number>;
  readonly synergies?: readonly (readonly [string, string, number | Distribution])[];
  readonly constraints?: Partial<Constraints>;
  readonly objective?: Portfolio['objective'];
  readonly netModel?: Portfolio['netModel'];
  readonly coordinationCost?: number;
}

export const NO_CONSTRAINTS: Constraints = {
  minPerKind: {},
  exclusive: [],
  requires: [],
  include: [],
  exclude: [],
  cover: [],
  groups: [],
};

export function portfolio(sketch: PortfolioSketch): Portfolio {
  const synergies: Synergy[] = (sketch.synergies ?? []).map(([a, b, v]) => ({
    between: [a, b],
    value: dist(v),
  }));
  return {
    organization: 'Test AI',
    unit: 'USD',
    netModel: sketch.netModel ?? 'net',
    criteria: [],
    weighting: { method: 'direct' },
    normalization: 'none',
    resources: sketch.resources ?? {},
    partners: sketch.partners,
    synergies,
    constraints: { ...NO_CONSTRAINTS, ...sketch.constraints },
    objective: sketch.objective ?? 'net',
    coordinationCost: sketch.coordinationCost ?? 0,
  };
}

/**
 * Five partners with distinct nets 5, 4, 3, 2, −3 (cost 0, so net = return), budget uses
 * 4, 3, 2, 3, 1 (total 13) and scores 0.9, 0.2, 0.8, 0.5, 0.1. Unconstrained optimum:
 * p1–p4, S = 14. Chosen so that every constraint type moves the optimum to a unique answer.
 */
export function five(extra: Omit<PortfolioSketch, 'partners'> = {}): {
  portfolio: Portfolio;
  scores: number[];
} {
  const partners = [
    partner('p1', { kind: 'enterprise', return: 5, uses: { budget: 4 }, offers: ['data'] }),
    partner('p2', { kind: 'academic', return: 4, uses: { budget: 3 }, offers: ['talent'] }),
    partner('p3', { kind: 'government', return: 3, uses: { budget: 2 }, offers: ['policy'] }),
    partner('p4', { kind: 'academic', return: 2, uses: { budget: 3 }, offers: ['compute'] }),
    partner('p5', { kind: 'government', return: -3, uses: { budget: 1 }, offers: ['compute'] }),
  ];
  return {
    portfolio: portfolio({ resources: { budget: 100 }, ...extra, partners }),
    scores: [0.9, 0.2, 0.8, 0.5, 0.1],
  };
}
