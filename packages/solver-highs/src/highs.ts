import type { MilpModel, MilpResult, MilpSolver, SolveOptions } from '@partnerfolio/core';
import highsModule, { type Highs, type Model } from 'highs';
import { DEFAULT_RELATIVE_GAP, highsOptionsFor, toHighsModelData } from './highs-model-data.js';
import { readHighsResult } from './highs-result.js';

export interface HighsSolverOptions {
  /** An already loaded runtime; by default the process-wide one is loaded (once). */
  readonly highs?: Highs;
  /** Relative MIP gap at which HiGHS may stop and report optimal (default 1e-9). */
  readonly relativeGap?: number;
}

type LoadHighs = typeof highsModule.default;

/**
 * The package's ESM build default-exports the loader, but its typings are CommonJS, so
 * TypeScript places the loader one `default` deeper than Node does. Accept either shape.
 */
function loaderOf(mod: unknown): LoadHighs {
  let candidate = mod;
  for (let depth = 0; depth < 3 && typeof candidate !== 'function'; depth++) {
    if (typeof candidate !== 'object' || candidate === null || !('default' in candidate)) break;
    candidate = candidate.default;
  }
  if (typeof candidate !== 'function') throw new TypeError('the highs package exports no loader');
  return candidate as LoadHighs;
}

let runtime: Promise<Highs> | undefined;

/** Loads the HiGHS WebAssembly runtime once per process; later calls share it. */
export function loadHighsRuntime(): Promise<Highs> {
  if (runtime !== undefined) return runtime;
  const loading = loaderOf(highsModule)();
  runtime = loading;
  // A failed load must not poison every later attempt.
  loading.catch(() => {
    if (runtime === loading) runtime = undefined;
  });
  return loading;
}

/**
 * A `MilpSolver` on HiGHS. It keeps one persistent native instance warm across solves
 * (a long-lived server reuses it), passes the model as arrays (no LP text to print and
 * re-parse), and sets its options and zeroes its clocks before every solve so that
 * nothing leaks from one solve into the next.
 */
export async function createHighsSolver(options: HighsSolverOptions = {}): Promise<MilpSolver> {
  const highs = options.highs ?? (await loadHighsRuntime());
  const relativeGap = options.relativeGap ?? DEFAULT_RELATIVE_GAP;
  let instance: Model | undefined;
  let disposed = false;

  const prepare = (solveOptions: SolveOptions): Model => {
    instance ??= highs.createModel();
    // Set every option the adapter uses on every solve. Not `options.reset()`: that would
    // also undo the single-thread settings the wrapper applies to each new instance.
    instance.options.set(highsOptionsFor(solveOptions, relativeGap));
    // The option API refuses an infinite number, but the option-file parser takes `inf`.
    if (solveOptions.timeLimit === undefined) instance.options.read('time_limit = inf\n');
    instance.zeroAllClocks();
    return instance;
  };

  const run = (model: MilpModel, solveOptions: SolveOptions): Model => {
    const m = prepare(solveOptions);
    m.passModel(toHighsModelData(model, highs));
    const start = solveOptions.start;
    if (start !== undefined && start.length === model.columns.count) {
      m.setSolution({ colValue: Float64Array.from(start) });
    }
    m.run();
    return m;
  };

  return {
    name: `highs ${highs.version.string}`,
    solve(model: MilpModel, solveOptions: SolveOptions = {}): MilpResult {
      if (disposed) return errorResult('the solver was disposed');
      const limit = solveOptions.timeLimit;
      if (limit !== undefined && !(limit > 0 && Number.isFinite(limit))) {
        return errorResult(`time limit must be a positive number of seconds, got ${limit}`);
      }
      try {
        // Only a limit carries over to the feasibility check: the caller's start belongs to
        // the original objective.
        const checkOptions: SolveOptions = limit === undefined ? {} : { timeLimit: limit };
        return readHighsResult(run(model, solveOptions), model, highs, (feasibilityModel) =>
          readHighsResult(run(feasibilityModel, checkOptions), feasibilityModel, highs),
        );
      } catch (error) {
        // HiGHS throws on invalid input and on native failures; start the next solve on a
        // fresh instance rather than trust one that failed half-way.
        instance?.dispose();
        instance = undefined;
        return errorResult(error instanceof Error ? error.message : String(error));
      }
    },
    dispose(): void {
      disposed = true;
      instance?.dispose();
      instance = undefined;
    },
  };
}

function errorResult(message: string): MilpResult {
  return {
    status: 'error',
    objective: null,
    values: null,
    gap: null,
    bound: null,
    seconds: 0,
    message,
  };
}
