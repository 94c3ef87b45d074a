/**
 * The engine's internal model of a portfolio: what every analysis consumes.
 * `spec/` turns a validated spec file into a `Portfolio`; nothing else reads raw files.
 */
import type { Rule } from '../graph/rules-schema.js';
import type { VocabularyEntry } from '../graph/vocabulary.js';
import type { PartnerStatus } from '../workspace/lifecycle.js';

/** A probability distribution for a cost, return or synergy (spec forms in docs/spec.md). */
export type Distribution =
  | { readonly kind: 'fixed'; readonly value: number }
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | {
      readonly kind: 'triangular';
      readonly min: number;
      readonly mode: number;
      readonly max: number;
    }
  | { readonly kind: 'pert'; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number }
  /** Parameters of the underlying normal: X = exp(N(mu, sigma)). */
  | { readonly kind: 'lognormal'; readonly mu: number; readonly sigma: number };

import type { PartnerKind } from './kinds.js';

export { kindParam, PARTNER_KINDS, type PartnerKind } from './kinds.js';

export const NORMALIZATIONS = ['vector', 'minmax', 'max', 'sum', 'none'] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

export type CriterionKind = 'benefit' | 'cost';

/** PROMETHEE preference functions (DESIGN.md "More methods"; docs/model.md). */
export const PREFERENCE_TYPES = [
  'usual',
  'ushape',
  'vshape',
  'level',
  'linear',
  'gaussian',
] as const;
export type PreferenceType = (typeof PREFERENCE_TYPES)[number];

/** A criterion's preference function with its thresholds: q indifference, p preference, s Gaussian. */
export interface PreferenceFunction {
  readonly type: PreferenceType;
  readonly q?: number;
  readonly p?: number;
  readonly s?: number;
}

export interface Criterion {
  readonly id: string;
  readonly name: string;
  readonly kind: CriterionKind;
  /** Direct weight as written in the spec (not yet normalised); absent when AHP is used. */
  readonly weight?: number;
  /** PROMETHEE's preference function; absent means `usual`. */
  readonly preference?: PreferenceFunction;
}

/** How criterion weights are obtained. AHP matrices follow the order of `criteria`. */
export type Weighting =
  /**
   * With `assessors` (criterion id → weight, one record per person), each criterion's
   * `weight` is the group's: the mean of the assessors' weights, each set scaled to sum 1.
   */
  | {
      readonly method: 'direct';
      readonly assessors?: readonly Readonly<Record<string, number>>[];
    }
  | { readonly method: 'ahp'; readonly matrices: readonly (readonly (readonly number[])[])[] }
  /**
   * SMAA samples weights (within `order`, most important first, and `ranges`); every other
   * command uses the criteria's direct weights, or equal weights when none are written.
   */
  | {
      readonly method: 'smaa';
      readonly order?: readonly string[];
      readonly ranges?: Readonly<Record<string, readonly [number, number]>>;
    };

export interface Partner {
  readonly id: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly domains: readonly string[];
  readonly offers: readonly string[];
  /** One raw score per criterion id. */
  readonly scores: Readonly<Record<string, number>>;
  /**
   * How uncertain some of those scores are (a stated range or distribution, or the spread
   * between assessors): SMAA draws them per sample; every other method uses `scores`.
   */
  readonly scoreDistributions?: Readonly<Record<string, Distribution>>;
  readonly cost: Distribution;
  readonly return: Distribution;
  /** Resource consumption, by resource id (missing = 0). */
  readonly uses: Readonly<Record<string, number>>;
  /** Only used with netModel `seed`. */
  readonly alpha?: number;
  readonly beta?: number;
  /** Lifecycle status; absent means `candidate`. */
  readonly status?: PartnerStatus;
  /** What dropping this partner costs when it is an incumbent (absent: 0). */
  readonly exitCost?: Distribution;
  /** One-off cost of starting the partnership when it is not an incumbent (absent: 0). */
  readonly onboardingCost?: Distribution;
  /**
   * Probability of delivery, Beta(alpha, beta) (trust/delivery.ts): the return counts
   * times it (its mean in expected values, a draw per scenario in the Monte Carlo).
   */
  readonly delivery?: BetaParameters;
}

export interface BetaParameters {
  readonly alpha: number;
  readonly beta: number;
}

/** A required capability (in one domain, or any when absent) and its minimum providers. */
export interface Need {
  readonly capability: string;
  readonly domain?: string;
  readonly min: number;
}

export interface Synergy {
  readonly between: readonly [string, string];
  readonly value: Distribution;
}

export const RISK_CATEGORIES = [
  'coordination',
  'culture',
  'ip',
  'dependency',
  'regulatory',
  'other',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/**
 * An event of the risk register: with probability `likelihood` it costs `impact`, once,
 * when any of `partners` is selected. `factors` are loadings on shared standard normal
 * factors (squares adding up to at most 1): the event happens when
 * Σ a_f F_f + √(1 − Σ a_f²) ε falls below Φ⁻¹(likelihood).
 */
export interface Risk {
  readonly id: string;
  readonly title?: string;
  readonly category: RiskCategory;
  readonly partners: readonly string[];
  readonly likelihood: number;
  readonly impact: Distribution;
  readonly factors: Readonly<Record<string, number>>;
}

export interface PartnerGroup {
  readonly name?: string;
  readonly members: readonly string[];
  readonly min?: number;
  readonly max?: number;
}

export interface Constraints {
  readonly minPerKind: Readonly<Partial<Record<PartnerKind, number>>>;
  readonly maxPartners?: number;
  readonly exclusive: readonly (readonly [string, string])[];
  /** `[a, b]`: selecting a requires b. */
  readonly requires: readonly (readonly [string, string])[];
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Offers that at least one selected partner must provide. */
  readonly cover: readonly string[];
  readonly groups: readonly PartnerGroup[];
  /** Every selected partner's weighted-sum score must reach this. */
  readonly minScore?: number;
  /** The scenario CVaR of the objective must stay ≥ `floor` (objective `net`). */
  readonly cvar?: CvarConstraint;
}

export interface CvarConstraint {
  readonly floor: number;
  /** Tail share (default 0.05: the worst 5% of scenarios). */
  readonly level: number;
  /** Sampled scenarios (default 1000) and their seed (default 1). */
  readonly scenarios: number;
  readonly seed: number;
}

export type NetModel = 'net' | 'seed';
export type Objective = 'net' | 'score';

export interface Portfolio {
  readonly organization: string;
  readonly unit: string;
  readonly netModel: NetModel;
  readonly criteria: readonly Criterion[];
  readonly weighting: Weighting;
  readonly normalization: Normalization;
  /** Capacities by resource id. */
  readonly resources: Readonly<Record<string, number>>;
  readonly partners: readonly Partner[];
  readonly synergies: readonly Synergy[];
  /** The risk register (absent means none); only the Monte Carlo draws it. */
  readonly risks?: readonly Risk[];
  /** Capabilities the portfolio needs (DESIGN.md "Graph needs"); absent means none. */
  readonly needs?: readonly Need[];
  /** Terms and synonyms added to the default capability vocabulary. */
  readonly vocabulary?: readonly VocabularyEntry[];
  /** Rules as data (graph/rules-schema.ts): gates bind the optimiser and the running portfolio's check. */
  readonly rules?: readonly Rule[];
  readonly constraints: Constraints;
  readonly objective: Objective;
  /** Overhead subtracted once per selected partner. */
  readonly coordinationCost: number;
  /** Coordination cost by kind and the convex overhead by count (added to `coordinationCost`). */
  readonly coordination?: Coordination;
}

/** From `upTo`-th partner back to the previous band's end, each partner adds `perPartner`. */
export interface OverheadBand {
  readonly upTo: number;
  readonly perPartner: number;
}

export interface Coordination {
  readonly perKind: Readonly<Partial<Record<PartnerKind, number>>>;
  /** Increasing `upTo`, non-decreasing `perPartner`; beyond the last band its rate goes on. */
  readonly overhead: readonly OverheadBand[];
}
