/**
 * The job handlers of the engine: one per command (`engine.simulate`, ...), each running
 * the command on the spec kept in the job, with progress and cancellation.
 */
import type { MilpSolver } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { JobFailure, type JobHandler } from '../jobs/worker.js';
import { describeIssues, executeEngine, portfolioOfSpec } from './execute.js';
import { engineJobInput, engineJobKind } from './job-input.js';
import { ENGINE_COMMANDS } from './options.js';
import { sharedSolver } from './solver.js';

export interface EngineJobDeps {
  readonly db: Db;
  /** The process's solver; `sharedSolver` by default. */
  readonly solver?: () => Promise<MilpSolver>;
}

export function engineJobHandlers(deps: EngineJobDeps): Record<string, JobHandler> {
  const solver = deps.solver ?? sharedSolver;
  const handler: JobHandler = async ({ job, input, signal, reportProgress }) => {
    const parsed = engineJobInput.safeParse(input);
    if (!parsed.success) {
      throw new JobFailure({
        code: 'invalid_input',
        message: 'the job input is not an engine request',
      });
    }
    const { command, options, spec, criteriaVersion, save } = parsed.data;
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
      },
      {
        solver: await solver(),
        signal,
        onProgress: (fraction) => reportProgress(fraction),
      },
    );
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
