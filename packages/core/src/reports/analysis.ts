/**
 * The answers of the analysis commands, as the CLI prints them under `--json` and the
 * server returns them: one function per command, so both give the same document.
 * Pure: the solver and (for Monte Carlo) the sample runner are handed in.
 */

import { EVALUATE_SCENARIOS } from '../commands/engine-options.js';
import type { WeightsMethod } from '../commands/methods.js';
import { analyzeGame } from '../games/analyze-game.js';
import type { GameAnalysis } from '../games/game-analysis.js';
import { lpSolveFrom } from '../games/lp-over-milp.js';
import type { GameDefinition } from '../games/types.js';
import type { PrometheeRanking, VikorRanking } from '../mcdm/outranking-rank.js';
import { partnerScores } from '../mcdm/partner-scores.js';
import { type Ranking, rank } from '../mcdm/rank.js';
import { type ResolvedWeights, resolveWeights } from '../mcdm/resolve-weights.js';
import { sensitivity, type WeightSensitivity } from '../mcdm/sensitivity.js';
import { expectedValue } from '../model/distributions.js';
import { type Exclusion, lifecycleScope, type StatusOverride } from '../model/reallocation.js';
import type { Portfolio } from '../model/types.js';
import { netOf, type PartnerValue, partnerValues, portfolioValue } from '../model/value.js';
import { type Frontier, frontier } from '../optimize/frontier.js';
import { optimize } from '../optimize/optimize.js';
import type { OptimizeResult } from '../optimize/types.js';
import { simulate } from '../simulate/engine.js';
import { compileSimulation, type SimulationPlan } from '../simulate/plan.js';
import { createRng } from '../simulate/prng.js';
import { riskMoments } from '../simulate/risk-plan.js';
import { type SimulationSummary, summarize } from '../simulate/summary.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { fail, ok, type Result } from '../util/issues.js';
import { objectiveWeightsReport, outrankingReport, type RankCommandMethod } from './methods.js';

/** The Monte Carlo figures of S that `evaluate` adds (DESIGN.md's fields stay as they were). */
export interface EvaluateFigures {
  /** P(S < 0) over the scenarios. */
  readonly probLoss: number;
  /** Mean of the worst 5% of the scenarios. */
  readonly cvar5: number;
}

export interface EvaluateReport extends EvaluateFigures {
  readonly netModel: Portfolio['netModel'];
  readonly unit: string;
  readonly partners: (PartnerValue & { readonly score: number })[];
  /** Expected S over all partners, the risk register's expected loss subtracted. */
  readonly S: number;
  /** Scenarios and seed of `probLoss` and `cvar5` (and of `risks.without`). */
  readonly scenarios: number;
  readonly seed: number;
  /**
   * With risks on the partners: what they cost, S and its figures with them (above)
   * against without them, on the same draws of costs, returns and synergies.
   */
  readonly risks?: {
    readonly count: number;
    /** Exact Σ p_r E[L_r] over the events: S without risks − S. */
    readonly expectedLoss: number;
    readonly without: EvaluateFigures & { readonly S: number };
  };
}

/**
 * C, R, N and score of every partner, and S over all of them with its P(loss) and 5% CVaR
 * from a seeded Monte Carlo (simulate's engine). The risk register counts as in
 * simulate: S subtracts the events' exact expected loss, and `risks` says what they cost
 * by running the same scenarios without them (risk draws come after the terms' in each
 * block, so the two runs share every cost, return and synergy draw).
 */
export function evaluateReport(
  portfolio: Portfolio,
  options: { readonly scenarios?: number; readonly seed?: number } = {},
): Result<EvaluateReport> {
  const scores = partnerScores(portfolio);
  if (!scores.ok) return scores;
  const partners = partnerValues(portfolio).map((v, i) => ({ ...v, score: scores.value[i] ?? 0 }));
  const scenarios = options.scenarios ?? EVALUATE_SCENARIOS.default;
  const seed = options.seed ?? 1;
  const plan = compileSimulation(
    portfolio,
    portfolio.partners.map((p) => p.id),
  );
  if (!plan.ok) return plan;
  const figures = (p: SimulationPlan): EvaluateFigures => {
    const { probLoss, cvar5 } = summarize(simulate(p, { scenarios, seed }));
    return { probLoss, cvar5 };
  };
  const expected = portfolioValue(portfolio);
  const risks = plan.value.risks;
  if (risks === undefined) {
    return ok({
      netModel: portfolio.netModel,
      unit: portfolio.unit,
      partners,
      S: expected,
      ...figures(plan.value),
      scenarios,
      seed,
    });
  }
  const expectedLoss = -riskMoments(risks).mean;
  const { risks: _drawn, ...bare } = plan.value;
  return ok({
    netModel: portfolio.netModel,
    unit: portfolio.unit,
    partners,
    S: expected - expectedLoss,
    ...figures(plan.value),
    scenarios,
    seed,
    risks: {
      count: risks.risks.length,
      expectedLoss,
      without: { S: expected, ...figures(bare) },
    },
  });
}

export interface WeightsReport {
  readonly weights: Record<string, number>;
  /** Present when the weights come from the scores (`--method entropy|critic`). */
  readonly method?: WeightsMethod;
  readonly ahp?: {
    readonly lambdaMax: number;
    readonly ci: number;
    readonly cr: number;
    readonly consistent: boolean;
  };
}

export function weightsReport(
  portfolio: Portfolio,
  options: { method?: WeightsMethod } = {},
): Result<WeightsReport> {
  if (options.method !== undefined) return objectiveWeightsReport(portfolio, options.method);
  const w: Result<ResolvedWeights> = resolveWeights(portfolio);
  if (!w.ok) return w;
  const { weights, ahp } = w.value;
  if (!ahp) return ok({ weights }, w.warnings);
  const { lambdaMax, ci, cr, consistent } = ahp;
  return ok({ weights, ahp: { lambdaMax, ci, cr, consistent } }, w.warnings);
}

/**
 * What every analysis says about the lifecycle: partners left out because of their status
 * (`exiting`, `exited`, `rejected`), and those considered anyway because
 * `constraints.include` names them (only when there are any).
 */
export interface LifecycleNote {
  readonly excluded: Exclusion[];
  readonly includedDespiteStatus?: StatusOverride[];
}

export function lifecycleNote(portfolio: Portfolio): LifecycleNote {
  const { excluded, includedDespiteStatus } = lifecycleScope(portfolio);
  return includedDespiteStatus.length === 0 ? { excluded } : { excluded, includedDespiteStatus };
}

/** The portfolio without the partners its lifecycle leaves out (for ranking and scores). */
export function inScope(portfolio: Portfolio): Portfolio {
  const out = new Set(lifecycleScope(portfolio).excluded.map((e) => e.id));
  if (out.size === 0) return portfolio;
  return { ...portfolio, partners: portfolio.partners.filter((p) => !out.has(p.id)) };
}

/**
 * Scores in partner order, normalised over the partners in scope only (as `rank` gives
 * them); a partner out of scope, which the optimizer never chooses, scores 0.
 */
export function scopedScores(portfolio: Portfolio): Result<ArrayLike<number>> {
  const scoped = inScope(portfolio);
  const scores = partnerScores(scoped);
  if (!scores.ok || scoped === portfolio) return scores;
  const byId = new Map(scoped.partners.map((p, i) => [p.id, scores.value[i] ?? 0]));
  return ok(
    Float64Array.from(portfolio.partners, (p) => byId.get(p.id) ?? 0),
    scores.warnings,
  );
}

export type RankReport = LifecycleNote &
  (
    | (Ranking & { readonly sensitivity?: WeightSensitivity[] })
    | (PrometheeRanking & { readonly sensitivity?: undefined })
    | (VikorRanking & { readonly sensitivity?: undefined })
  );

/** Ranks the partners in scope: excluded ones neither appear nor move the normalisation. */
export function rankReport(
  portfolio: Portfolio,
  options: { method: RankCommandMethod; sensitivity?: boolean; v?: number },
): Result<RankReport> {
  const note = lifecycleNote(portfolio);
  const scoped = inScope(portfolio);
  if (options.method === 'promethee' || options.method === 'vikor') {
    const outranked = outrankingReport(scoped, { ...options, method: options.method });
    return outranked.ok ? ok({ ...outranked.value, ...note }, outranked.warnings) : outranked;
  }
  const ranked = rank(scoped, { method: options.method });
  if (!ranked.ok) return ranked;
  if (!options.sensitivity) return ok({ ...ranked.value, ...note }, ranked.warnings);
  const s = sensitivity(scoped, { method: options.method });
  if (!s.ok) return s;
  return ok({ ...ranked.value, ...note, sensitivity: s.value }, [
    ...ranked.warnings,
    ...s.warnings,
  ]);
}

export interface OptimizeOptions {
  readonly timeLimit?: number;
  readonly explain?: boolean;
}

/** The optimal portfolio; a solver failure is an issue, infeasibility is an answer. */
export function optimizeReport(
  portfolio: Portfolio,
  solver: MilpSolver,
  options: OptimizeOptions = {},
): Result<OptimizeResult & LifecycleNote> {
  const scores = scopedScores(portfolio);
  if (!scores.ok) return scores;
  const result = optimize(portfolio, solver, { scores: scores.value, ...options });
  if (result.status === 'error') return fail(result.issues ?? []);
  return ok({ ...result, ...lifecycleNote(portfolio) });
}

export function frontierReport(
  portfolio: Portfolio,
  solver: MilpSolver,
  options: { resource: string; points?: number; timeLimit?: number },
): Result<Frontier & LifecycleNote> {
  const scores = scopedScores(portfolio);
  if (!scores.ok) return scores;
  const f = frontier(portfolio, solver, { ...options, scores: scores.value });
  return f.ok ? ok({ ...f.value, ...lifecycleNote(portfolio) }, f.warnings) : f;
}

/** Fills the samples of a plan: in this thread, on worker threads, in a job runner... */
export type SampleRunner = (
  plan: SimulationPlan,
  options: {
    readonly scenarios: number;
    readonly seed: number;
    readonly onProgress?: (done: number) => void;
  },
) => Promise<Float64Array>;

export interface SimulateReport extends SimulationSummary, LifecycleNote {
  readonly seed: number;
  readonly selected: string[];
  /** S of the selection from expected values, for comparison with the simulated mean. */
  readonly expected: number;
  /**
   * With a risk register: the expected loss of the selection's risk events, exactly
   * (`expected − expectedRiskLoss` is what the simulated mean estimates).
   */
  readonly expectedRiskLoss?: number;
}

/** Chooses the players or the simulated selection: the given one, or the optimal portfolio. */
export function selectionFor(
  portfolio: Portfolio,
  solver: MilpSolver,
  selected?: readonly string[],
): Result<string[]> {
  if (selected !== undefined) return ok([...selected]);
  const best = optimizeReport(portfolio, solver);
  if (!best.ok) return best;
  if (best.value.status === 'infeasible') {
    return fail([
      {
        code: 'infeasible',
        path: ['constraints'],
        message:
          'no portfolio satisfies the constraints, so there is no selection to use; choose partners explicitly (`selected`) or relax the constraints (see `optimize`)',
      },
    ]);
  }
  return ok(best.value.selected);
}

export async function simulateReport(
  portfolio: Portfolio,
  options: {
    readonly scenarios: number;
    readonly seed: number;
    readonly selected?: readonly string[];
    readonly onProgress?: (done: number) => void;
  },
  deps: { readonly solver: MilpSolver; readonly run: SampleRunner },
): Promise<Result<SimulateReport>> {
  const selection = selectionFor(portfolio, deps.solver, options.selected);
  if (!selection.ok) return selection;
  const plan = compileSimulation(portfolio, selection.value);
  if (!plan.ok) return plan;
  const samples = await deps.run(plan.value, {
    scenarios: options.scenarios,
    seed: options.seed,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return ok(
    {
      ...summarize(samples),
      seed: options.seed,
      selected: selection.value,
      expected: portfolioValue(portfolio, selection.value),
      ...(plan.value.risks === undefined
        ? {}
        : { expectedRiskLoss: -riskMoments(plan.value.risks).mean }),
      ...lifecycleNote(portfolio),
    },
    plan.warnings,
  );
}

/** The synergy game of a portfolio's partners: v(T) = Σ_{i∈T} N_i + Σ_{i<j∈T} s_ij. */
export function portfolioGame(
  portfolio: Portfolio,
  players: readonly string[],
): Result<GameDefinition> {
  const byId = new Map(portfolio.partners.map((p) => [p.id, p]));
  const unknown = players.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    return fail(
      unknown.map((id) => ({
        code: 'unknown_partner',
        path: ['selected', players.indexOf(id)],
        message: `there is no partner "${id}"`,
      })),
    );
  }
  const index = new Map(players.map((id, i) => [id, i]));
  const net = players.map((id) => {
    const partner = byId.get(id);
    return partner ? netOf(partner, portfolio.netModel).net : 0;
  });
  const synergies = portfolio.synergies.flatMap((s) => {
    const i = index.get(s.between[0]);
    const j = index.get(s.between[1]);
    return i === undefined || j === undefined ? [] : [{ i, j, value: expectedValue(s.value) }];
  });
  return ok({ kind: 'synergy', players: [...players], net, synergies });
}

export interface ShapleyReport extends GameAnalysis {
  readonly players: string[];
}

export async function shapleyReport(
  game: GameDefinition,
  options: { readonly samples?: number; readonly seed: number },
  deps: { readonly solver: MilpSolver },
): Promise<Result<ShapleyReport>> {
  const analysis = await analyzeGame(game, {
    lp: lpSolveFrom(deps.solver),
    rng: createRng(options.seed),
    ...(options.samples === undefined ? {} : { samples: options.samples }),
  });
  if (!analysis.ok) return analysis;
  return ok({ players: [...game.players], ...analysis.value }, analysis.warnings);
}
