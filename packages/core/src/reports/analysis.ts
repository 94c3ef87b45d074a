/**
 * The answers of the analysis commands, as the CLI prints them under `--json` and the
 * server returns them: one function per command, so both give the same document.
 * Pure: the solver and (for Monte Carlo) the sample runner are handed in.
 */

import { analyzeGame } from '../games/analyze-game.js';
import type { GameAnalysis } from '../games/game-analysis.js';
import { lpSolveFrom } from '../games/lp-over-milp.js';
import type { GameDefinition } from '../games/types.js';
import { expectedValue } from '../model/distributions.js';
import type { Portfolio } from '../model/types.js';
import { netOf, portfolioValue } from '../model/value.js';
import { type CvarFrontier, cvarFrontier } from '../optimize/cvar-frontier.js';
import { type Frontier, frontier } from '../optimize/frontier.js';
import { optimize } from '../optimize/optimize.js';
import type { OptimizeResult } from '../optimize/types.js';
import { compileSimulation, type SimulationPlan } from '../simulate/plan.js';
import { createRng } from '../simulate/prng.js';
import { riskMoments } from '../simulate/risk-plan.js';
import { type SimulationSummary, summarize } from '../simulate/summary.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { fail, ok, type Result } from '../util/issues.js';
import { type LifecycleNote, lifecycleNote, scopedScores } from './scores.js';

export * from './evaluate.js';
export * from './scores.js';

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

/** The frontier of expected S against the 5% scenario CVaR (optimize/cvar-frontier.ts). */
export function cvarFrontierReport(
  portfolio: Portfolio,
  solver: MilpSolver,
  options: {
    points?: number;
    scenarios?: number;
    seed?: number;
    timeLimit?: number;
    onProgress?: (fraction: number) => void;
  },
): Result<CvarFrontier & LifecycleNote> {
  const scores = scopedScores(portfolio);
  if (!scores.ok) return scores;
  const f = cvarFrontier(portfolio, solver, { ...options, scores: scores.value });
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
