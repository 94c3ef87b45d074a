/**
 * What an engine command's runner is: the command's options (already through its schema)
 * and a portfolio in, its `--json` document (or the issues that stop it) out. The CLI and
 * the server's engine threads run a command the same way, through `ENGINE_RUNNERS`; they
 * differ only in the host parts handed in (`EngineRunDeps`): how HiGHS is loaded, and how
 * long Monte Carlo work runs (the CLI's worker threads; the server's blocks with a turn of
 * the event loop between, progress and cancellation). Types only: nothing loads here.
 */
import type { Portfolio } from '../model/types.js';
import type { CvarFrontier } from '../optimize/cvar-frontier.js';
import type { Frontier } from '../optimize/frontier.js';
import type { OptimizeResult } from '../optimize/types.js';
import type {
  LifecycleNote,
  SampleRunner,
  ShapleyReport,
  SimulateReport,
} from '../reports/analysis.js';
import type { EvaluateReport } from '../reports/evaluate.js';
import type { PortfolioMembership } from '../reports/portfolio-smaa.js';
import type { RankReport, WeightsReport } from '../reports/scores.js';
import type { SmaaReport } from '../reports/smaa.js';
import type { MilpSolver } from '../solver/milp-model.js';
import type { Result } from '../util/issues.js';
import type { EngineCommand, EngineLimits, EngineOptions } from './engine-options.js';

/** `smaa`'s document: with `portfolio`, also each partner's optimal-portfolio membership. */
export type SmaaDocument = SmaaReport & { readonly portfolio?: PortfolioMembership };

/** The `--json` document of each command. */
export interface EngineDocuments {
  evaluate: EvaluateReport;
  weights: WeightsReport;
  rank: RankReport;
  optimize: OptimizeResult & LifecycleNote;
  /** Over a resource's capacity, or (`cvar`) expected S against the 5% CVaR. */
  frontier: (Frontier | CvarFrontier) & LifecycleNote;
  simulate: SimulateReport;
  shapley: ShapleyReport;
  smaa: SmaaDocument;
}
export type EngineDocument = EngineDocuments[EngineCommand];

/** Progress from 0 to 1; awaited by the runners that report it. */
export type EngineProgress = (fraction: number) => unknown;

export interface SmaaRunOptions {
  readonly samples: number;
  readonly seed: number;
  readonly method: SmaaReport['method'];
}

/** What a host hands a runner. Only `solver` is needed; the rest default to running in line. */
export interface EngineRunDeps {
  /** HiGHS, loaded on first use: the commands that solve nothing never load it. */
  readonly solver: () => Promise<MilpSolver>;
  /** How much work a run may take on; default: a command run alone (`ENGINE_LIMITS.command`). */
  readonly limits?: EngineLimits;
  /** Progress of the whole run, where the command can tell (Monte Carlo, SMAA). */
  readonly onProgress?: EngineProgress;
  /** Runs `simulate`'s scenarios; default: block after block on this thread. */
  readonly sampleRunner?: SampleRunner;
  /** SMAA-2's rank acceptabilities; default: `smaaReport` on this thread. */
  readonly smaaRanks?: (
    portfolio: Portfolio,
    options: SmaaRunOptions,
    onProgress: EngineProgress,
  ) => Promise<Result<SmaaReport>>;
  /** `smaa --portfolio`: one MILP per sample; default: `portfolioMembership` on this thread. */
  readonly membership?: (
    portfolio: Portfolio,
    solver: MilpSolver,
    options: { readonly samples: number; readonly seed: number },
    onProgress: EngineProgress,
  ) => Promise<Result<PortfolioMembership>>;
}

export type EngineRunner<C extends EngineCommand> = (
  portfolio: Portfolio,
  options: EngineOptions<C>,
  deps: EngineRunDeps,
) => Promise<Result<EngineDocuments[C]>>;
