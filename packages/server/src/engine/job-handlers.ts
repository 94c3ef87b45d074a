/**
 * The job handlers of the engine: one per command (`engine.simulate`, ...), each running
 * the command on the spec kept in the job, with progress and cancellation.
 */
import type { Db } from '../db/connect.js';
import { JobFailure, type JobHandler } from '../jobs/worker.js';
import { OffloadLimitError } from '../offload/pool.js';
import { describeIssues, executeEngine, portfolioOfSpec } from './execute.js';
import type { ExitCostNote } from './exit-cost-note.js';
import { engineJobInput, engineJobKind } from './job-input.js';
import { ENGINE_COMMANDS } from './options.js';

export interface EngineJobDeps {
  readonly db: Db;
}

/**
 * Progress arrives as messages from the worker thread; each record waits for the one before
 * (a failed write is the heartbeat's to report), so the stored progress only goes forward.
 */
function inOrder(report: (fraction: number) => Promise<unknown>): (fraction: number) => void {
  let last: Promise<unknown> = Promise.resolve();
  return (fraction) => {
    last = last.then(() => report(fraction)).catch(() => undefined);
  };
}

/** Each job runs on the engine's job pool (engine-thread.ts), never on the event loop. */
export function engineJobHandlers(deps: EngineJobDeps): Record<string, JobHandler> {
  const handler: JobHandler = async ({ job, input, signal, reportProgress }) => {
    const parsed = engineJobInput.safeParse(input);
    if (!parsed.success) {
      throw new JobFailure({
        code: 'invalid_input',
        message: 'the job input is not an engine request',
      });
    }
    const { command, options, spec, criteriaVersion, save, exitCosts } = parsed.data;
    const portfolio = portfolioOfSpec(spec);
    if (!portfolio.ok) {
      throw new JobFailure({
        code: 'invalid_spec',
        message: 'the workspace did not make a valid portfolio',
        issues: describeIssues(portfolio.issues),
      });
    }
    const answer = await executeEngine(
      deps.db,
      portfolio.value,
      {
        command,
        options,
        workspaceId: job.workspaceId,
        criteriaVersion,
        save,
        actor: job.createdBy,
        exitCosts: exitCosts as readonly ExitCostNote[] | undefined,
      },
      { lane: 'job', signal, onProgress: inOrder(reportProgress) },
    ).catch((error: unknown) => {
      if (!(error instanceof OffloadLimitError) || error.limit === 'crash') throw error;
      throw new JobFailure({
        code: `limit_${error.limit}`,
        message: `cannot ${command} within the server's limits: ${error.message}`,
      });
    });
    if (!answer.ok) {
      throw new JobFailure({
        code: 'unprocessable',
        message: `cannot ${command}: ${answer.issues[0]?.message ?? 'the engine refused the request'}`,
        issues: describeIssues(answer.issues),
      });
    }
    return answer.value.document;
  };
  return Object.fromEntries(ENGINE_COMMANDS.map((command) => [engineJobKind(command), handler]));
}
