import type { Issue } from '../util/issues.js';
import type { Message } from '../util/message.js';

export interface OptimizeInput {
  /** Weighted-sum score per partner, in partner order (computed by the caller). */
  readonly scores: ArrayLike<number>;
  /** Limit for each solver run, in seconds (the main solve, and each re-solve of `explain`). */
  readonly timeLimit?: number;
  /** Also compute each partner's regret (one extra solve per partner). */
  readonly explain?: boolean;
}

export type OptimizeStatus = 'optimal' | 'infeasible' | 'time-limit' | 'error';

export interface ResourceUse {
  readonly used: number;
  readonly capacity: number;
}

/** One constraint of a small conflicting set, named by its path in the spec. */
export interface Conflict {
  /** `resources.budget`, `constraints.minPerKind.government`, `constraints.exclusive[0]`, ... */
  readonly constraint: string;
  /** `because` in English. */
  readonly message: string;
  /** What the constraint says and what it clashes with, as a code with its values. */
  readonly because: Message;
}

export interface PartnerRegret {
  readonly id: string;
  readonly selected: boolean;
  /**
   * Selected: how much the objective drops if the partner is forced out. Not selected: how
   * much the objective drops if it is forced in, i.e. what it would need to gain to get in.
   * Null when forcing it out (in) leaves no feasible portfolio, or the re-solve found none.
   */
  readonly regret: number | null;
  /** `because` in English. */
  readonly message: string;
  /** What overturning the choice costs, or why it cannot be overturned, as a code. */
  readonly because: Message;
}

export interface OptimizeResult {
  readonly status: OptimizeStatus;
  /** Selected partner ids in spec order; empty when there is no solution. */
  readonly selected: string[];
  /** S of the selection (objective `net`) or its summed score (`score`); null without a solution. */
  readonly objective: number | null;
  /** Relative MIP gap: 0 when proven optimal, null without a solution. */
  readonly gap: number | null;
  /** Best proven bound on the objective (an upper bound), null when unknown. */
  readonly bound: number | null;
  /** Use and capacity of every resource in the spec, for the selection. */
  readonly resources: Record<string, ResourceUse>;
  /** When infeasible: a small set of constraints that cannot all hold. */
  readonly conflicts?: Conflict[];
  /** With `explain`, when there is a solution: one entry per partner, in spec order. */
  readonly regret?: PartnerRegret[];
  /** When `status` is `error`: what went wrong. */
  readonly issues?: Issue[];
  /** With a CVaR floor and a selection: the selection's scenario CVaR against the floor. */
  readonly cvar?: {
    readonly level: number;
    readonly floor: number;
    readonly scenarios: number;
    readonly value: number | null;
  };
  /** When reallocating (objective `net`, at least one incumbent): the portfolio we run. */
  readonly current?: CurrentPortfolio;
  /** When reallocating and there is a selection: how to get there from `current`. */
  readonly changes?: ChangePlan;
}

export interface CurrentPortfolio {
  /** The incumbents (`active`, `under-review`) in spec order. */
  readonly selected: string[];
  /** S of the incumbents; null when they alone break a constraint. */
  readonly objective: number | null;
}

export interface ChangePlan {
  readonly keep: string[];
  readonly add: string[];
  readonly exit: string[];
  /** Σ E[exitCost] of `exit`. */
  readonly exitCost: number;
  /** Σ E[onboardingCost] of `add`. */
  readonly onboardingCost: number;
  /** S(selected) − S(current), each less its risks' expected loss, before exit and onboarding costs. */
  readonly deltaS: number;
}
