/**
 * A simulation plan: the portfolio value S for one selection, flattened into
 *   S = constant + Σ_t coefficient_t · X_t,  X_t independent draws of distribution_t.
 * It is plain data (structured-cloneable), so a CLI can post it to worker threads.
 *
 * Term order is fixed and independent of the order of `selected`: partners in portfolio
 * order (cost, then return), then synergies in portfolio order. The random stream is
 * consumed in that order, so the same (plan, seed, scenarios) gives the same samples.
 */
import { coordinationCostOf } from '../model/coordination.js';
import { expectedValue, variance } from '../model/distributions.js';
import type { BetaParameters, Distribution, NetModel, Portfolio } from '../model/types.js';
import { fail, type Issue, type IssuePath, ok, type Result } from '../util/issues.js';
import { compileRisks, type RiskPlan, riskMoments } from './risk-plan.js';

export type TermSource =
  | { readonly kind: 'cost' | 'return'; readonly partner: string }
  | { readonly kind: 'synergy'; readonly between: readonly [string, string] };

export interface SimulationTerm {
  readonly distribution: Distribution;
  readonly coefficient: number;
  readonly source: TermSource;
  /** A return's delivery probability, drawn from Beta(alpha, beta) per scenario. */
  readonly delivery?: BetaParameters;
}

export interface SimulationPlan {
  readonly netModel: NetModel;
  /** Selected partner ids, in portfolio order, without duplicates. */
  readonly selected: readonly string[];
  /** Fixed and degenerate parts, minus the overhead coordinationCost · |selected|. */
  readonly constant: number;
  /** The random terms, in the order the engine draws them. */
  readonly terms: readonly SimulationTerm[];
  /** The risk register's events on the selection (risk-plan.ts), drawn after the terms. */
  readonly risks?: RiskPlan;
}

/**
 * The plan of S for `selected` under the portfolio's netModel:
 * `net` N_i = R_i − C_i; `seed` N_i = (1 − β_i) R_i − α_i C_i (α, β default 0, as in
 * model/value.ts). Unknown ids and malformed distributions are issues; a repeated id is
 * a warning and counts once.
 */
export function compileSimulation(
  portfolio: Portfolio,
  selected: readonly string[],
): Result<SimulationPlan> {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const known = new Set(portfolio.partners.map((p) => p.id));
  const chosen = new Set<string>();
  selected.forEach((id, index) => {
    if (!known.has(id)) {
      issues.push({
        code: 'unknown_partner',
        path: ['selected', index],
        message: `Unknown partner id "${id}" in the selection: use one of the ids under \`partners\`.`,
      });
    } else if (chosen.has(id)) {
      warnings.push({
        code: 'duplicate_selection',
        path: ['selected', index],
        message: `Partner "${id}" is selected more than once; it counts once.`,
      });
    }
    chosen.add(id);
  });

  let constant = 0;
  const terms: SimulationTerm[] = [];
  const add = (
    d: Distribution,
    coefficient: number,
    source: TermSource,
    path: IssuePath,
    delivery?: BetaParameters,
  ) => {
    const problem = distributionProblem(d);
    if (problem !== undefined) {
      issues.push({ code: 'invalid_distribution', path, message: problem });
      return;
    }
    if (coefficient === 0) return;
    if (delivery !== undefined) {
      terms.push({ distribution: d, coefficient, source, delivery });
      return;
    }
    // Degenerate draws are constants: folding them keeps the hot loop for real randomness.
    if (isDegenerate(d)) constant += coefficient * expectedValue(d);
    else terms.push({ distribution: d, coefficient, source });
  };

  const order: string[] = [];
  portfolio.partners.forEach((p, i) => {
    if (!chosen.has(p.id)) return;
    order.push(p.id);
    let costCoefficient = -1;
    let returnCoefficient = 1;
    if (portfolio.netModel === 'seed') {
      const alpha = p.alpha ?? 0;
      const beta = p.beta ?? 0;
      for (const [name, v] of [['alpha', alpha] as const, ['beta', beta] as const]) {
        if (!Number.isFinite(v)) {
          issues.push({
            code: 'invalid_number',
            path: ['partners', i, name],
            message: `${name} of partner "${p.id}" must be a finite number.`,
          });
        }
      }
      costCoefficient = -alpha;
      returnCoefficient = 1 - beta;
    }
    add(p.cost, costCoefficient, { kind: 'cost', partner: p.id }, ['partners', i, 'cost']);
    const delivery = p.delivery;
    if (delivery !== undefined && !(delivery.alpha > 0 && delivery.beta > 0)) {
      issues.push({
        code: 'invalid_distribution',
        path: ['partners', i, 'delivery'],
        message: `the delivery Beta(${delivery.alpha}, ${delivery.beta}) of partner "${p.id}" needs two positive parameters.`,
      });
    }
    add(
      p.return,
      returnCoefficient,
      { kind: 'return', partner: p.id },
      ['partners', i, 'return'],
      delivery,
    );
  });
  portfolio.synergies.forEach((s, i) => {
    const [a, b] = s.between;
    if (chosen.has(a) && chosen.has(b)) {
      add(s.value, 1, { kind: 'synergy', between: [a, b] }, ['synergies', i, 'value']);
    }
  });
  if (!Number.isFinite(portfolio.coordinationCost)) {
    issues.push({
      code: 'invalid_number',
      path: ['coordinationCost'],
      message: 'coordinationCost must be a finite number.',
    });
  }
  constant -= coordinationCostOf(
    portfolio,
    portfolio.partners.filter((p) => chosen.has(p.id)),
  );

  if (issues.length > 0) return fail(issues);
  const risks = compileRisks(portfolio, chosen);
  return ok(
    {
      netModel: portfolio.netModel,
      selected: order,
      constant,
      terms,
      ...(risks.risks.length === 0 ? {} : { risks }),
    },
    warnings,
  );
}

/** Exact mean and variance of S under the plan (terms are independent of each other and of the risks). */
export function planMoments(plan: SimulationPlan): { mean: number; variance: number } {
  const losses = plan.risks === undefined ? { mean: 0, variance: 0 } : riskMoments(plan.risks);
  let mean = plan.constant + losses.mean;
  let v = losses.variance;
  for (const t of plan.terms) {
    const m = expectedValue(t.distribution);
    const vx = variance(t.distribution);
    if (t.delivery === undefined) {
      mean += t.coefficient * m;
      v += t.coefficient * t.coefficient * vx;
      continue;
    }
    // X·P with X, P independent: E = E[X]E[P], Var = E[X²]E[P²] − E[X]²E[P]².
    const { alpha: a, beta: b } = t.delivery;
    const ep = a / (a + b);
    const ep2 = (a * (a + 1)) / ((a + b) * (a + b + 1));
    mean += t.coefficient * m * ep;
    v += t.coefficient * t.coefficient * ((vx + m * m) * ep2 - m * m * ep * ep);
  }
  return { mean, variance: v };
}

/** A distribution with a single possible value (tested on parameters, not on a rounded variance). */
function isDegenerate(d: Distribution): boolean {
  switch (d.kind) {
    case 'fixed':
      return true;
    case 'uniform':
    case 'triangular':
    case 'pert':
      return d.min === d.max;
    case 'normal':
      return d.sd === 0;
    case 'lognormal':
      return d.sigma === 0;
  }
}

/** Why a distribution cannot be sampled, or undefined when it can. */
function distributionProblem(d: Distribution): string | undefined {
  const params = Object.entries(d).filter(([key]) => key !== 'kind');
  for (const [key, value] of params) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return `${d.kind} distribution: ${key} must be a finite number.`;
    }
  }
  switch (d.kind) {
    case 'uniform':
      return d.min <= d.max ? undefined : 'uniform distribution: min must not exceed max.';
    case 'triangular':
    case 'pert':
      return d.min <= d.mode && d.mode <= d.max
        ? undefined
        : `${d.kind} distribution: need min ≤ mode ≤ max.`;
    case 'normal':
      return d.sd >= 0 ? undefined : 'normal distribution: sd must be ≥ 0.';
    case 'lognormal':
      return d.sigma >= 0 ? undefined : 'lognormal distribution: sigma must be ≥ 0.';
    case 'fixed':
      return undefined;
  }
}
