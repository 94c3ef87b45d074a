import type { CriterionKind, Normalization, Portfolio, Weighting } from '../../model/types.js';

export interface TableSpec {
  /** `[id, kind, weight?]` per criterion. */
  readonly criteria: readonly (readonly [string, CriterionKind, (number | undefined)?])[];
  /** Partner id → one raw score per criterion, in criteria order. */
  readonly partners: Readonly<Record<string, readonly number[]>>;
  readonly normalization?: Normalization;
  readonly weighting?: Weighting;
}

/** A portfolio that only carries what ranking reads; everything else is empty. */
export function tablePortfolio(spec: TableSpec): Portfolio {
  return {
    organization: 'Test',
    unit: 'points',
    netModel: 'net',
    criteria: spec.criteria.map(([id, kind, weight]) => ({
      id,
      name: id,
      kind,
      ...(weight === undefined ? {} : { weight }),
    })),
    weighting: spec.weighting ?? { method: 'direct' },
    normalization: spec.normalization ?? 'vector',
    resources: {},
    partners: Object.entries(spec.partners).map(([id, row]) => ({
      id,
      name: id,
      kind: 'other',
      domains: [],
      offers: [],
      scores: Object.fromEntries(spec.criteria.map(([c], k) => [c, row[k] ?? Number.NaN])),
      cost: { kind: 'fixed', value: 0 },
      return: { kind: 'fixed', value: 0 },
      uses: {},
    })),
    synergies: [],
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

/** The worked table used across the mcdm tests (tech and market are benefits, risk a cost). */
export const WORKED: TableSpec = {
  criteria: [
    ['tech', 'benefit', 0.5],
    ['market', 'benefit', 0.3],
    ['risk', 'cost', 0.2],
  ],
  partners: { a: [3, 1, 2], b: [4, 2, 4], c: [0, 2, 4] },
};
