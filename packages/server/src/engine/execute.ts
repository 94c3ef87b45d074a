/**
 * An engine command on a workspace's data, the same way whether the API answers at once or
 * a job runs it later: run the command, and if asked, keep the options and the answer as a
 * saved scenario with the criteria version they were computed with.
 */
import {
  formatPath,
  type Issue,
  type Portfolio,
  type Result,
  validateSpecDocument,
} from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { SCENARIO_KINDS, type ScenarioKind, saveScenario } from '../store/scenarios.js';
import { type EngineLane, engineLane, runOnEngineThread } from './engine-thread.js';
import type { ExitCostNote } from './exit-cost-note.js';
import type { EngineCommand } from './options.js';
import { type EngineDocument, parseEngineOptions } from './run-command.js';
import { smaaSplit } from './smaa-split.js';

export const isSavable = (command: EngineCommand): command is ScenarioKind & EngineCommand =>
  (SCENARIO_KINDS as readonly string[]).includes(command);

export interface EngineRequest {
  readonly command: EngineCommand;
  readonly options: unknown;
  readonly workspaceId: string;
  readonly criteriaVersion: number | null;
  /** Save the answer as a scenario of this name. */
  readonly save?: string | undefined;
  readonly actor: string | null;
  /**
   * The incumbents whose exit cost the agreements proposed (load-portfolio.ts); the
   * answers an exit cost changes say where it came from. A job keeps them with its spec.
   */
  readonly exitCosts?: readonly ExitCostNote[] | undefined;
}

/** The answers an exit cost changes (the reallocation and its frontier). */
const EXIT_COST_COMMANDS: ReadonlySet<EngineCommand> = new Set(['optimize', 'frontier']);

export interface EngineAnswer {
  readonly document: EngineDocument;
  readonly warnings: readonly Issue[];
  /** The saved scenario's id, when `save` was given. */
  readonly scenarioId?: string;
}

export interface EngineRun {
  /** The request pool answers at once; jobs have their own pool and a longer budget. */
  readonly lane: EngineLane;
  /** Stops the run (its worker thread is stopped): throws `EngineCancelled`. */
  readonly signal?: AbortSignal | undefined;
  /** Progress from 0 to 1, where the command can tell (Monte Carlo: per block). */
  readonly onProgress?: ((fraction: number) => unknown) | undefined;
}

/**
 * Runs the command on an engine worker thread (engine-thread.ts: the event loop keeps
 * serving other requests), then saves the scenario here if asked.
 */
export async function executeEngine(
  db: Db,
  portfolio: Portfolio,
  request: EngineRequest,
  run: EngineRun,
): Promise<Result<EngineAnswer>> {
  const result =
    request.command === 'smaa' && run.lane === 'job'
      ? await smaaJob(portfolio, request.options, run)
      : await runOnEngineThread<EngineDocument>(
          { kind: 'command', command: request.command, portfolio, options: request.options },
          run,
        );
  if (!result.ok) return result;
  const notes = request.exitCosts ?? [];
  // The answer, whether at once or as a job: where each proposed exit cost came from.
  const document =
    notes.length > 0 && EXIT_COST_COMMANDS.has(request.command)
      ? { ...result.value, exitCosts: notes }
      : result.value;
  const answer = { document, warnings: result.warnings };
  if (request.save === undefined || !isSavable(request.command))
    return { ok: true, value: answer, warnings: [] };
  const scenario = await saveScenario(
    db,
    request.workspaceId,
    {
      name: request.save,
      kind: request.command,
      criteriaVersion: request.criteriaVersion,
      inputs: { command: request.command, options: request.options },
      result: result.value,
    },
    request.actor,
  );
  return { ok: true, value: { ...answer, scenarioId: scenario.id }, warnings: [] };
}

/**
 * A `smaa` job split across the job pool's threads (smaa-split.ts); a request's quick run
 * stays on one thread, so that it never holds every thread of its lane.
 */
async function smaaJob(
  portfolio: Portfolio,
  options: unknown,
  run: EngineRun,
): Promise<Result<EngineDocument>> {
  const parsed = parseEngineOptions('smaa', options);
  if (!parsed.ok) return parsed;
  const { samples, seed, method } = parsed.value;
  return smaaSplit(
    { portfolio, samples, seed, method },
    { portfolio: parsed.value.portfolio },
    { ...engineLane(run.lane), signal: run.signal, onProgress: run.onProgress },
  );
}

/** A spec kept in a job row, back to a portfolio (it was valid when the job was made). */
export function portfolioOfSpec(spec: unknown): Result<Portfolio> {
  const parsed = validateSpecDocument(spec);
  if (!parsed.ok) return parsed;
  return { ok: true, value: parsed.value.portfolio, warnings: parsed.warnings };
}

/** Issues as a job error or a problem's field errors show them. */
export const describeIssues = (issues: readonly Issue[]) =>
  issues.map((i) => ({
    path: formatPath(i.path),
    message: i.message,
    code: i.code,
    ...(i.params === undefined ? {} : { params: i.params }),
  }));
