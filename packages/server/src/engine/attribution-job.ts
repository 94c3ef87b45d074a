/**
 * The job that runs a large attribution: the options are kept in the job; the outcomes are
 * read when the job runs, and the estimation runs on a worker thread with progress and
 * cancellation.
 */
import type { Db } from '../db/connect.js';
import { JobFailure, type JobHandler } from '../jobs/worker.js';
import { isStoreError } from '../store/errors.js';
import {
  ATTRIBUTION_JOB_KIND,
  attributionOptions,
  loadAttributionPanel,
  runAttribution,
} from './attribution.js';
import { describeIssues } from './execute.js';

export function attributionJobHandlers(deps: { readonly db: Db }): Record<string, JobHandler> {
  const handler: JobHandler = async ({ job, input, signal, reportProgress }) => {
    const parsed = attributionOptions.safeParse((input as { options?: unknown } | null)?.options);
    if (!parsed.success) {
      throw new JobFailure({
        code: 'invalid_input',
        message: 'the job input is not an attribution request',
      });
    }
    const options = parsed.data;
    try {
      const panel = await loadAttributionPanel(deps.db, job.workspaceId, options);
      const answer = panel.ok
        ? await runAttribution(panel.value, options, {
            signal,
            onProgress: (fraction) => reportProgress(fraction),
          })
        : panel;
      if (!answer.ok) {
        throw new JobFailure({
          code: 'unprocessable',
          message: `cannot attribute: ${answer.issues[0]?.message ?? 'the estimators refused the panel'}`,
          issues: describeIssues(answer.issues),
        });
      }
      return answer.value;
    } catch (error) {
      if (isStoreError(error)) throw new JobFailure({ code: error.code, message: error.message });
      throw error;
    }
  };
  return { [ATTRIBUTION_JOB_KIND]: handler };
}
