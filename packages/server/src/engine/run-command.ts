/**
 * One engine command on a portfolio, answering exactly the document the CLI prints under
 * `--json` for the same spec and options: both call the same core reports. The options are
 * validated here (this is the boundary for job inputs read back from the database too).
 */
import {
  type EvaluateReport,
  evaluateReport,
  type Frontier,
  frontierReport,
  type Issue,
  type MilpSolver,
  type OptimizeResult,
  ok,
  optimizeReport,
  type Portfolio,
  portfolioGame,
  type RankReport,
  type Result,
  rankReport,
  type ShapleyReport,
  type SimulateReport,
  selectionFor,
  shapleyReport,
  simulateReport,
  type WeightsReport,
  weightsReport,
} from '@partnerfolio/core';
import type { z } from 'zod';
import {
  ENGINE_OPTIONS,
  type EngineCommand,
  type EngineOptions,
  withKnownKeys,
} from './options.js';
import { steppedSampleRunner, throwIfCancelled } from './sample-runner.js';
import { type SmaaPortfolioDocument, smaaStepped, smaaWithPortfolio } from './smaa-portfolio.js';

/** The `--json` document of each command. */
export interface EngineDocuments {
  evaluate: EvaluateReport;
  weights: WeightsReport;
  rank: RankReport;
  optimize: OptimizeResult;
  frontier: Frontier;
  simulate: SimulateReport;
  shapley: ShapleyReport;
  smaa: SmaaPortfolioDocument;
}
export type EngineDocument = EngineDocuments[EngineCommand];

export interface EngineDeps {
  /** Load once per process and reuse (`createHighsSolver()` compiles WASM). */
  readonly solver: MilpSolver;
  /** Progress from 0 to 1, where the command can tell (Monte Carlo: per block); awaited. */
  readonly onProgress?: (fraction: number) => unknown;
  /** Stops a Monte Carlo run at its next block (the run then throws `EngineCancelled`). */
  readonly signal?: AbortSignal;
}

type Runner<C extends EngineCommand> = (
  portfolio: Portfolio,
  options: EngineOptions<C>,
  deps: EngineDeps,
) => Result<EngineDocuments[C]> | Promise<Result<EngineDocuments[C]>>;

const RUNNERS: { readonly [C in EngineCommand]: Runner<C> } = {
  smaa: (portfolio, o, deps) => {
    if (o.portfolio) return smaaWithPortfolio(portfolio, o, deps);
    const { signal, onProgress } = deps;
    return smaaStepped(portfolio, o, {
      ...(signal === undefined ? {} : { signal }),
      ...(onProgress === undefined ? {} : { onProgress }),
    });
  },
  evaluate: (portfolio, o) => evaluateReport(portfolio, o),
  weights: (portfolio, o) =>
    weightsReport(portfolio, o.method === undefined ? {} : { method: o.method }),
  rank: (portfolio, o) =>
    rankReport(portfolio, {
      method: o.method,
      sensitivity: o.sensitivity,
      ...(o.v === undefined ? {} : { v: o.v }),
    }),
  optimize: (portfolio, o, { solver }) => {
    const locked = withLocks(portfolio, o.include, o.exclude);
    if (!locked.ok) return locked;
    return optimizeReport(locked.value, solver, { timeLimit: o.timeLimit, explain: o.explain });
  },
  frontier: (portfolio, o, { solver }) =>
    frontierReport(portfolio, solver, {
      resource: o.resource,
      points: o.points,
      timeLimit: o.timeLimit,
    }),
  simulate: (portfolio, o, { solver, signal, onProgress }) =>
    simulateReport(
      portfolio,
      {
        scenarios: o.scenarios,
        seed: o.seed,
        ...(o.selected === undefined ? {} : { selected: o.selected }),
      },
      {
        solver,
        run: steppedSampleRunner({
          ...(signal === undefined ? {} : { signal }),
          ...(onProgress === undefined ? {} : { onProgress }),
        }),
      },
    ),
  shapley: async (portfolio, o, { solver }) => {
    const players = selectionFor(portfolio, solver, o.selected);
    if (!players.ok) return players;
    const game = portfolioGame(portfolio, players.value);
    if (!game.ok) return game;
    return shapleyReport(
      game.value,
      { seed: o.seed, ...(o.samples === undefined ? {} : { samples: o.samples }) },
      { solver },
    );
  },
};

/**
 * The portfolio with a run's keep and exit locks added to its include and exclude lists;
 * an id that names no partner is an issue at its own path (`include[2]`).
 */
export function withLocks(
  portfolio: Portfolio,
  include: readonly string[] = [],
  exclude: readonly string[] = [],
): Result<Portfolio> {
  if (include.length === 0 && exclude.length === 0) return ok(portfolio);
  const known = new Set(portfolio.partners.map((p) => p.id));
  const issues: Issue[] = [];
  for (const [field, ids] of [
    ['include', include],
    ['exclude', exclude],
  ] as const) {
    ids.forEach((id, k) => {
      if (!known.has(id))
        issues.push({
          code: 'unknown_partner',
          path: [field, k],
          message: `no partner has the id "${id}"`,
        });
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  const { constraints } = portfolio;
  return ok({
    ...portfolio,
    constraints: {
      ...constraints,
      include: union(constraints.include, include),
      exclude: union(constraints.exclude, exclude),
    },
  });
}

const SCHEMAS: { readonly [C in EngineCommand]: z.ZodType<EngineOptions<C>, unknown> } = {
  evaluate: withKnownKeys('evaluate', ENGINE_OPTIONS.evaluate),
  weights: withKnownKeys('weights', ENGINE_OPTIONS.weights),
  rank: withKnownKeys('rank', ENGINE_OPTIONS.rank),
  optimize: withKnownKeys('optimize', ENGINE_OPTIONS.optimize),
  frontier: withKnownKeys('frontier', ENGINE_OPTIONS.frontier),
  simulate: withKnownKeys('simulate', ENGINE_OPTIONS.simulate),
  shapley: withKnownKeys('shapley', ENGINE_OPTIONS.shapley),
  smaa: withKnownKeys('smaa', ENGINE_OPTIONS.smaa),
};

/** zod's issues as the engine's (an unknown option has the code `unknown_option`). */
export function optionIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const params =
      issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined) : undefined;
    const code = typeof params?.code === 'string' ? params.code : issue.code;
    return { code, path, message: issue.message };
  });
}

/** Validates `options` for `command`, applying the CLI's defaults. */
export function parseEngineOptions<C extends EngineCommand>(
  command: C,
  options: unknown,
): Result<EngineOptions<C>> {
  const schema: z.ZodType<EngineOptions<C>, unknown> = SCHEMAS[command];
  const parsed = schema.safeParse(options);
  if (!parsed.success) return { ok: false, issues: optionIssues(parsed.error) };
  return ok(parsed.data);
}

/**
 * Runs `command` on `portfolio`: the CLI's `--json` document, or the issues that stop it
 * (invalid options, an unknown resource or partner, a solver failure). Cancellation through
 * `deps.signal` throws `EngineCancelled`.
 */
export async function runEngineCommand<C extends EngineCommand>(
  command: C,
  portfolio: Portfolio,
  options: unknown,
  deps: EngineDeps,
): Promise<Result<EngineDocuments[C]>> {
  throwIfCancelled(deps.signal);
  const parsed = parseEngineOptions(command, options);
  if (!parsed.ok) return parsed;
  const run: Runner<C> = RUNNERS[command];
  const result = await run(portfolio, parsed.value, deps);
  throwIfCancelled(deps.signal);
  return result;
}
