/**
 * The source document's worked example (§4.3) as a Portfolio built in code, and its figures
 * computed by the engine (`netOf`, `portfolioValue`) with the document's own formula
 * (netModel `seed`: N = R − αC − βR), next to the figures the document printed.
 */
import { netOf, type PartnerValue, type Portfolio, portfolioValue } from '../../engine';

export const SEED_ALPHA = 0.5;
export const SEED_BETA = 0.5;

/** The three partners as the document gives them: C (贡献, what it costs us) and R (return). */
export const SEED_PARTNERS = [
  { id: 'A', cost: 0.8, return: 1.2 },
  { id: 'B', cost: 0.7, return: 1.5 },
  { id: 'C', cost: 0.6, return: 1.0 },
] as const;

/** What the document printed for N_A, N_B, N_C and S. */
export const PRINTED = { net: { A: 0.4, B: 0.3, C: 0.2 }, S: 0.9 } as const;

export function seedPortfolio(alpha = SEED_ALPHA, beta = SEED_BETA): Portfolio {
  return {
    organization: 'seed',
    unit: '',
    netModel: 'seed',
    criteria: [],
    weighting: { method: 'direct' },
    normalization: 'vector',
    resources: {},
    partners: SEED_PARTNERS.map((p) => ({
      id: p.id,
      name: p.id,
      kind: 'other',
      domains: [],
      offers: [],
      scores: {},
      cost: { kind: 'fixed', value: p.cost },
      return: { kind: 'fixed', value: p.return },
      uses: {},
      alpha,
      beta,
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

export interface SeedFigures {
  readonly partners: readonly PartnerValue[];
  /** S over A, B and C. */
  readonly S: number;
  /** S over A and B only: what the document's code listing really prints. */
  readonly listingS: number;
  /** S with α = β = 0 (= Σ R): where "argmax over α, β" ends up. */
  readonly zeroWeightsS: number;
}

export function seedFigures(): SeedFigures {
  const portfolio = seedPortfolio();
  return {
    partners: portfolio.partners.map((p) => netOf(p, portfolio.netModel)),
    S: portfolioValue(portfolio),
    listingS: portfolioValue(portfolio, ['A', 'B']),
    zeroWeightsS: portfolioValue(seedPortfolio(0, 0)),
  };
}
