import { partnerCoordinationCost } from '../model/coordination.js';
import { expectedValue } from '../model/distributions.js';
import {
  expectedExitCost,
  expectedOnboardingCost,
  isIncumbent,
  isReallocation,
} from '../model/reallocation.js';
import type { Objective, Portfolio } from '../model/types.js';
import { netOf } from '../model/value.js';
import { expectedLossOf } from '../simulate/risk-plan.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import {
  coverGroups,
  maxPartnersGroups,
  minPerKindGroups,
  minScoreGroups,
  partnerGroupGroups,
  resourceGroups,
} from './capacity-groups.js';
import type { ConstraintGroup, GroupContext } from './constraint-group.js';
import type { CvarRows } from './cvar-types.js';
import { lifecycleGroups } from './lifecycle-groups.js';
import { excludeGroups, exclusiveGroups, includeGroups, requiresGroups } from './partner-groups.js';
import { riskColumns } from './risk-columns.js';
import { ruleGroups } from './rule-groups.js';
import { sampleScenarios } from './scenarios.js';

/** Synergies summed per unordered pair of partner columns (first < second), zeros dropped. */
export interface SynergyPairs {
  readonly first: Int32Array;
  readonly second: Int32Array;
  readonly value: Float64Array;
}

export interface SharedRiskTerm {
  readonly id: string;
  /** Partner columns, increasing. */
  readonly partners: Int32Array;
  /** p·E[L] (expectedLossOf). */
  readonly expectedLoss: number;
}

/** A portfolio turned into what the model builder needs; computed once per optimize. */
export interface PreparedPortfolio extends GroupContext {
  readonly objective: Objective;
  /** Objective coefficient of each partner's selection variable. */
  readonly linear: Float64Array;
  /** Synergy pairs (objective `net` only; `score` ignores synergies). */
  readonly pairs: SynergyPairs;
  /**
   * Constant of the objective: −Σ E[exitCost] over incumbents when reallocating (each
   * incumbent's coefficient then carries +E[exitCost], so dropping it costs its exit).
   */
  readonly offset: number;
  /**
   * Risks of the register on two or more partners (objective `net`): each takes its
   * expected loss p·E[L] off the objective once when any of them is chosen (a column, see
   * build-model.ts). A risk on one partner is in that partner's `linear` instead.
   */
  readonly risks: readonly SharedRiskTerm[];
  /** The CVaR floor with its sampled scenarios, when the spec sets one. */
  readonly cvar?: CvarRows;
  /** Convex overhead bands by count (objective `net` only). */
  readonly overhead: readonly { readonly upTo: number; readonly perPartner: number }[];
  /** Every constraint of the spec, in a fixed order (resources first, minScore then rules last). */
  readonly groups: readonly ConstraintGroup[];
}

export function preparePortfolio(
  portfolio: Portfolio,
  scores: ArrayLike<number>,
  options: { readonly keepZeroPairs?: boolean } = {},
): Result<PreparedPortfolio> {
  const cvar = portfolio.constraints.cvar;
  if (cvar !== undefined && portfolio.objective !== 'net') {
    return fail([
      {
        code: 'cvar_needs_net',
        path: ['constraints', 'cvar'],
        message: 'a CVaR floor constrains the portfolio value: it needs `objective: net`',
      },
    ]);
  }
  const n = portfolio.partners.length;
  const issues = checkScores(portfolio, scores);
  if (issues.length > 0) return fail(issues);
  const ids = portfolio.partners.map((p) => p.id);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const ctx: GroupContext = { portfolio, ids, index, scores };
  const linear = new Float64Array(n);
  let pairs: SynergyPairs = {
    first: new Int32Array(0),
    second: new Int32Array(0),
    value: new Float64Array(0),
  };
  let offset = 0;
  let risks: SharedRiskTerm[] = [];
  if (portfolio.objective === 'score') {
    for (let i = 0; i < n; i++) linear[i] = scores[i] as number;
  } else {
    const reallocating = isReallocation(portfolio);
    portfolio.partners.forEach((p, i) => {
      let c = netOf(p, portfolio.netModel).net - partnerCoordinationCost(portfolio, p);
      if (reallocating) {
        if (isIncumbent(p)) {
          const exit = expectedExitCost(p);
          c += exit;
          offset -= exit;
        } else {
          c -= expectedOnboardingCost(p);
        }
      }
      linear[i] = c;
    });
    risks = riskTerms(portfolio, index, linear);
    pairs = aggregateSynergies(
      portfolio,
      index,
      linear,
      options.keepZeroPairs === true || cvar !== undefined,
    );
  }
  const groups = [
    ...resourceGroups(ctx),
    ...minPerKindGroups(ctx),
    ...maxPartnersGroups(ctx),
    ...exclusiveGroups(ctx),
    ...requiresGroups(ctx),
    ...includeGroups(ctx),
    ...excludeGroups(ctx),
    ...lifecycleGroups(ctx),
    ...coverGroups(ctx),
    ...partnerGroupGroups(ctx),
    ...minScoreGroups(ctx),
    ...ruleGroups(ctx),
  ];
  const bands = portfolio.coordination?.overhead ?? [];
  // All-zero bands add nothing: leave the model as without them.
  const overhead =
    portfolio.objective === 'net' && bands.some((b) => b.perPartner > 0) ? bands : [];
  const prepared: PreparedPortfolio = {
    ...ctx,
    objective: portfolio.objective,
    linear,
    pairs,
    offset,
    risks,
    overhead,
    groups,
  };
  if (cvar === undefined) return ok(prepared);
  const scenarios = sampleScenarios(prepared, cvar.scenarios, cvar.seed);
  return ok({ ...prepared, cvar: { scenarios, level: cvar.level, floor: cvar.floor } });
}

/**
 * The risk register in the objective, by the rule `evaluate` and `simulate` count it
 * (risk-plan.ts): a risk costs p·E[L] once when any of its partners is chosen. On one
 * partner of the spec it joins that partner's coefficient; on several it is a term of its
 * own. Risks with likelihood 0 and links to no partner of the spec are left out, as
 * `compileRisks` leaves them out; the rest keep the register's order.
 */
function riskTerms(
  portfolio: Portfolio,
  index: ReadonlyMap<string, number>,
  linear: Float64Array,
): SharedRiskTerm[] {
  const out: SharedRiskTerm[] = [];
  for (const risk of portfolio.risks ?? []) {
    const columns = riskColumns(risk.partners, index);
    if (risk.likelihood <= 0 || columns.length === 0) continue;
    const expectedLoss = expectedLossOf(risk);
    if (columns.length === 1) {
      const c = columns[0] as number;
      linear[c] = (linear[c] as number) - expectedLoss;
    } else {
      out.push({ id: risk.id, partners: columns, expectedLoss });
    }
  }
  return out;
}

/**
 * Several synergy entries between the same two partners add up (as in S). A synergy of a
 * partner with itself counts once it is chosen, so it joins that partner's own coefficient.
 */
function aggregateSynergies(
  portfolio: Portfolio,
  index: ReadonlyMap<string, number>,
  linear: Float64Array,
  keepZeroPairs: boolean,
): SynergyPairs {
  const n = portfolio.partners.length;
  const sums = new Map<number, number>();
  for (const syn of portfolio.synergies) {
    const a = index.get(syn.between[0]);
    const b = index.get(syn.between[1]);
    if (a === undefined || b === undefined) continue;
    const s = expectedValue(syn.value);
    if (a === b) {
      linear[a] = (linear[a] as number) + s;
      continue;
    }
    const key = Math.min(a, b) * n + Math.max(a, b);
    sums.set(key, (sums.get(key) ?? 0) + s);
  }
  // A zero pair adds nothing to the expected objective, but its spread matters to CVaR.
  const kept = [...sums].filter(([, s]) => keepZeroPairs || s !== 0);
  return {
    first: Int32Array.from(kept, ([key]) => Math.floor(key / n)),
    second: Int32Array.from(kept, ([key]) => key % n),
    value: Float64Array.from(kept, ([, s]) => s),
  };
}

function checkScores(portfolio: Portfolio, scores: ArrayLike<number>): Issue[] {
  const n = portfolio.partners.length;
  if (scores.length !== n) {
    return [
      {
        code: 'scores_length',
        path: ['scores'],
        message: `expected one score per partner (${n}), got ${scores.length}`,
      },
    ];
  }
  const used = portfolio.objective === 'score' || portfolio.constraints.minScore !== undefined;
  if (!used) return [];
  const bad = Array.from(scores).findIndex((s) => !Number.isFinite(s));
  if (bad < 0) return [];
  return [
    {
      code: 'score_not_finite',
      path: ['scores', bad],
      message: `the score of partner ${portfolio.partners[bad]?.id} is ${scores[bad]}; scores must be finite numbers`,
    },
  ];
}
