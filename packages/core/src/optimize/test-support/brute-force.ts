import { buildPartnerGraph } from '../../graph/build-graph.js';
import { evaluateRules } from '../../graph/rules.js';
import { expectedValue } from '../../model/distributions.js';
import type { Partner, Portfolio } from '../../model/types.js';
import { portfolioValue } from '../../model/value.js';
import { cvarOfChoice } from '../cvar-value.js';
import { preparePortfolio } from '../prepare.js';

const INCUMBENT = new Set(['active', 'under-review']);
const OUT = new Set(['exiting', 'exited', 'rejected']);

/**
 * The optimizer's reference: enumerate every subset (n ≤ ~16) and check the constraints
 * straight from their meaning in the spec, sharing no code with the model builder.
 */
export function isFeasibleChoice(
  portfolio: Portfolio,
  scores: readonly number[],
  chosen: ReadonlySet<string>,
): boolean {
  const { partners, constraints: c } = portfolio;
  const picked = partners.filter((p) => chosen.has(p.id));
  for (const [r, capacity] of Object.entries(portfolio.resources)) {
    if (picked.reduce((s, p) => s + (p.uses[r] ?? 0), 0) > capacity + 1e-9) return false;
  }
  for (const [kind, min] of Object.entries(c.minPerKind)) {
    if (picked.filter((p) => p.kind === kind).length < (min ?? 0)) return false;
  }
  if (c.maxPartners !== undefined && picked.length > c.maxPartners) return false;
  if (c.exclusive.some(([a, b]) => chosen.has(a) && chosen.has(b))) return false;
  if (c.requires.some(([a, b]) => chosen.has(a) && !chosen.has(b))) return false;
  if (c.include.some((id) => !chosen.has(id))) return false;
  if (picked.some((p) => OUT.has(p.status ?? 'candidate') && !c.include.includes(p.id))) {
    return false;
  }
  if (c.exclude.some((id) => chosen.has(id))) return false;
  if (c.cover.some((o) => !picked.some((p) => p.offers.includes(o)))) return false;
  for (const g of c.groups) {
    const n = new Set(g.members.filter((id) => chosen.has(id))).size;
    if ((g.min !== undefined && n < g.min) || (g.max !== undefined && n > g.max)) return false;
  }
  if (c.minScore !== undefined) {
    const min = c.minScore;
    if (partners.some((p, i) => chosen.has(p.id) && (scores[i] as number) < min)) return false;
  }
  // Rules through the review check (evaluateRules), not through the optimiser's rows.
  const rules = portfolio.rules ?? [];
  if (rules.length > 0) {
    if (evaluateRules(buildPartnerGraph(portfolio), rules, [...chosen]).blocked) return false;
  }
  return true;
}

export function valueOfChoice(
  portfolio: Portfolio,
  scores: readonly number[],
  chosen: ReadonlySet<string>,
): number {
  if (portfolio.objective === 'net') {
    return referenceValue(portfolio, chosen) - referenceRiskLoss(portfolio, chosen);
  }
  return portfolio.partners.reduce(
    (s, p, i) => s + (chosen.has(p.id) ? (scores[i] as number) : 0),
    0,
  );
}

/**
 * The risk register's expected loss from its definition (docs/spec.md "risks"): each risk
 * costs likelihood × mean impact, once, when any partner it hangs on is chosen.
 */
function referenceRiskLoss(portfolio: Portfolio, chosen: ReadonlySet<string>): number {
  let loss = 0;
  for (const risk of portfolio.risks ?? []) {
    if (risk.partners.some((id) => chosen.has(id))) {
      loss += risk.likelihood * expectedValue(risk.impact);
    }
  }
  return loss;
}

/**
 * The `net` objective from its definition, apart from the engine's code: Σ N_i, synergies,
 * the coordination cost (flat, by kind, and the m-th partner's band rate, one by one), and
 * with incumbents the exit costs of those dropped and onboarding costs of newcomers.
 */
function referenceValue(portfolio: Portfolio, chosen: ReadonlySet<string>): number {
  const isIncumbent = (p: Partner): boolean => INCUMBENT.has(p.status ?? 'candidate');
  // Without the lifecycle and bands, S itself (bit for bit, as the optimizer reports it).
  if (portfolio.coordination === undefined && !portfolio.partners.some(isIncumbent)) {
    return portfolioValue(portfolio, [...chosen]);
  }
  const { coordination, ...rest } = portfolio;
  let s = portfolioValue({ ...rest, coordinationCost: 0 }, [...chosen]);
  const picked = portfolio.partners.filter((p) => chosen.has(p.id));
  for (const p of picked) {
    s -= portfolio.coordinationCost + (coordination?.perKind[p.kind] ?? 0);
  }
  const bands = coordination?.overhead ?? [];
  for (let m = 1; m <= picked.length; m++) {
    const band = bands.find((b) => m <= b.upTo) ?? bands.at(-1);
    s -= band?.perPartner ?? 0;
  }
  if (!portfolio.partners.some(isIncumbent)) return s;
  for (const p of portfolio.partners) {
    if (isIncumbent(p) && !chosen.has(p.id) && p.exitCost) s -= expectedValue(p.exitCost);
    if (!isIncumbent(p) && chosen.has(p.id) && p.onboardingCost) {
      s -= expectedValue(p.onboardingCost);
    }
  }
  return s;
}

export interface BruteForceResult {
  readonly feasible: boolean;
  /** Best objective; −Infinity when infeasible. */
  readonly best: number;
}

/** `forced`: partner id → must be chosen (true) or left out (false). */
export function bruteForce(
  portfolio: Portfolio,
  scores: readonly number[],
  forced: ReadonlyMap<string, boolean> = new Map(),
): BruteForceResult {
  const ids = portfolio.partners.map((p) => p.id);
  let best = Number.NEGATIVE_INFINITY;
  for (let mask = 0; mask < 1 << ids.length; mask++) {
    const chosen = new Set(ids.filter((_, i) => mask & (1 << i)));
    if ([...forced].some(([id, on]) => chosen.has(id) !== on)) continue;
    if (!isFeasibleChoice(portfolio, scores, chosen)) continue;
    best = Math.max(best, valueOfChoice(portfolio, scores, chosen));
  }
  return { feasible: best > Number.NEGATIVE_INFINITY, best };
}

/** The portfolio with only the constraints named by spec paths (as in a conflict set). */
export function keepOnlyConstraints(portfolio: Portfolio, paths: readonly string[]): Portfolio {
  const c = portfolio.constraints;
  const has = (path: string): boolean => paths.includes(path);
  const indexed = <T>(list: readonly T[], name: string): T[] =>
    list.filter((_, k) => has(`constraints.${name}[${k}]`));
  return {
    ...portfolio,
    // A status that keeps a partner out is a constraint too (`partners[i].status`).
    partners: portfolio.partners.map((p, i) =>
      OUT.has(p.status ?? 'candidate') && !has(`partners[${i}].status`)
        ? { ...p, status: 'candidate' }
        : p,
    ),
    resources: Object.fromEntries(
      Object.entries(portfolio.resources).filter(([r]) => has(`resources.${r}`)),
    ),
    rules: (portfolio.rules ?? []).filter((_, k) => has(`rules[${k}]`)),
    constraints: {
      minPerKind: Object.fromEntries(
        Object.entries(c.minPerKind).filter(([k]) => has(`constraints.minPerKind.${k}`)),
      ),
      ...(has('constraints.maxPartners') && c.maxPartners !== undefined
        ? { maxPartners: c.maxPartners }
        : {}),
      exclusive: indexed(c.exclusive, 'exclusive'),
      requires: indexed(c.requires, 'requires'),
      include: indexed(c.include, 'include'),
      exclude: indexed(c.exclude, 'exclude'),
      cover: indexed(c.cover, 'cover'),
      groups: indexed(c.groups, 'groups'),
      ...(has('constraints.minScore') && c.minScore !== undefined ? { minScore: c.minScore } : {}),
    },
  };
}

/**
 * Every feasible subset with its value and its scenario CVaR on `portfolio`'s own CVaR
 * scenarios (the reference the CVaR tests check the MILP against). `extra` adds a field
 * per subset from its 0/1 choice vector.
 */
export function enumerateCvarChoices<T extends object = object>(
  portfolio: Portfolio,
  scores: number[],
  extra: (bits: Uint8Array) => T = () => ({}) as T,
): ({ value: number; cvar: number } & T)[] {
  const prepared = preparePortfolio(portfolio, scores);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues));
  const ids = portfolio.partners.map((p) => p.id);
  const out: ({ value: number; cvar: number } & T)[] = [];
  for (let mask = 0; mask < 1 << ids.length; mask++) {
    const chosen = new Set(ids.filter((_, i) => mask & (1 << i)));
    if (!isFeasibleChoice(portfolio, scores, chosen)) continue;
    const bits = Uint8Array.from(ids, (id) => (chosen.has(id) ? 1 : 0));
    out.push({
      value: valueOfChoice(portfolio, scores, chosen),
      cvar: cvarOfChoice(prepared.value, bits) ?? Number.NaN,
      ...extra(bits),
    });
  }
  return out;
}
