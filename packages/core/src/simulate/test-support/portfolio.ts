/** Small portfolios for the simulation tests: only the fields the simulation reads matter. */
import type { Distribution, Partner, Portfolio, Synergy } from '../../model/types.js';

export interface PartnerInput {
  readonly id: string;
  readonly cost: Distribution | number;
  readonly return: Distribution | number;
  readonly alpha?: number;
  readonly beta?: number;
}

const dist = (d: Distribution | number): Distribution =>
  typeof d === 'number' ? { kind: 'fixed', value: d } : d;

export function makePartner(input: PartnerInput): Partner {
  return {
    id: input.id,
    name: input.id,
    kind: 'other',
    domains: [],
    offers: [],
    scores: {},
    uses: {},
    cost: dist(input.cost),
    return: dist(input.return),
    ...(input.alpha === undefined ? {} : { alpha: input.alpha }),
    ...(input.beta === undefined ? {} : { beta: input.beta }),
  };
}

export function makePortfolio(
  partners: readonly PartnerInput[],
  options: {
    readonly netModel?: Portfolio['netModel'];
    readonly synergies?: readonly Synergy[];
    readonly coordinationCost?: number;
  } = {},
): Portfolio {
  return {
    organization: 'Test AI',
    unit: 'points',
    netModel: options.netModel ?? 'net',
    criteria: [],
    weighting: { method: 'direct' },
    normalization: 'none',
    resources: {},
    partners: partners.map(makePartner),
    synergies: options.synergies ?? [],
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
    coordinationCost: options.coordinationCost ?? 0,
  };
}

export const triangular = (min: number, mode: number, max: number): Distribution => ({
  kind: 'triangular',
  min,
  mode,
  max,
});

/** The source document's example (§4.3): A, B, C with α = β = 0.5. */
export const seedExample = (): Portfolio =>
  makePortfolio(
    [
      { id: 'A', cost: 0.8, return: 1.2, alpha: 0.5, beta: 0.5 },
      { id: 'B', cost: 0.7, return: 1.5, alpha: 0.5, beta: 0.5 },
      { id: 'C', cost: 0.6, return: 1.0, alpha: 0.5, beta: 0.5 },
    ],
    { netModel: 'seed' },
  );

/** Sample moments: mean, variance (n − 1) and the 4th central moment, for CLT tolerances. */
export function moments(x: Float64Array): { mean: number; variance: number; m4: number } {
  const n = x.length;
  let sum = 0;
  for (const v of x) sum += v;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (const v of x) {
    const d = (v - mean) ** 2;
    m2 += d;
    m4 += d * d;
  }
  return { mean, variance: m2 / (n - 1), m4: m4 / n };
}

/**
 * CLT tolerances (z standard errors) for a sample mean and a sample variance of n
 * draws with variance v and fourth central moment m4: sd/√n and √((m4 − v²)/n).
 */
export function cltTolerance(
  n: number,
  variance: number,
  m4: number,
  z = 5,
): { mean: number; variance: number } {
  return {
    mean: z * Math.sqrt(variance / n),
    variance: z * Math.sqrt(Math.max(m4 - variance * variance, 0) / n),
  };
}
