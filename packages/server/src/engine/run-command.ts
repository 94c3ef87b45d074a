/**
 * One engine command on a portfolio, answering exactly the document the CLI prints under
 * `--json` for the same spec and options: both call the same core reports. The options are
 * validated here (this is the boundary for job inputs read back from the database too).
 */
import {
  ENGINE_LIMITS,
  type EngineDocument,
  type EngineDocuments,
  type Issue,
  type MilpSolver,
  ok,
  type Portfolio,
  type Result,
  runEngineCommand as runFromTable,
} from '@partnerfolio/core';
import type { z } from 'zod';
import {
  ENGINE_OPTIONS,
  type EngineCommand,
  type EngineOptions,
  withKnownKeys,
} from './options.js';
import { steppedSampleRunner, throwIfCancelled } from './sample-runner.js';
import { steppedMembership, steppedSmaaRanks } from './smaa-portfolio.js';

export type { EngineDocument, EngineDocuments };

export interface EngineDeps {
  /** Load once per process and reuse (`createHighsSolver()` compiles WASM). */
  readonly solver: MilpSolver;
  /** Progress from 0 to 1, where the command can tell (Monte Carlo: per block); awaited. */
  readonly onProgress?: (fraction: number) => unknown;
  /** Stops a Monte Carlo run at its next block (the run then throws `EngineCancelled`). */
  readonly signal?: AbortSignal;
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
 * Runs `command` on `portfolio` through core's command table (the CLI's runners): the
 * CLI's `--json` document, or the issues that stop it (invalid options, an unknown resource
 * or partner, a solver failure). The server's parts are its limits and its Monte Carlo
 * runners, block by block with a turn of the event loop between (progress and
 * cancellation); cancellation through `deps.signal` throws `EngineCancelled`.
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
  const { solver, signal, onProgress } = deps;
  const stepped = {
    ...(signal === undefined ? {} : { signal }),
    ...(onProgress === undefined ? {} : { onProgress }),
  };
  const result = await runFromTable(command, portfolio, parsed.value, {
    solver: async () => solver,
    limits: ENGINE_LIMITS.server,
    ...(onProgress === undefined ? {} : { onProgress }),
    sampleRunner: steppedSampleRunner(stepped),
    smaaRanks: (p, o, progress) =>
      steppedSmaaRanks(p, o, {
        ...(signal === undefined ? {} : { signal }),
        onProgress: progress,
      }),
    membership: (p, s, o, progress) =>
      steppedMembership(p, s, o, {
        ...(signal === undefined ? {} : { signal }),
        onProgress: progress,
      }),
  });
  throwIfCancelled(deps.signal);
  return result;
}
