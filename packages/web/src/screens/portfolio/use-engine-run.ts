/**
 * One engine run's life on the page: running (the request is out), a job to follow (202),
 * done with its document, or failed. A newer run replaces an older one's answer.
 */
import { useCallback, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { JobView } from '../../jobs/job-events';
import type { EngineAnswer } from './engine-calls';

export type EngineRun<D> =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running' }
  | { readonly phase: 'job'; readonly jobId: string }
  | { readonly phase: 'done'; readonly document: D }
  | { readonly phase: 'error'; readonly error: unknown }
  | { readonly phase: 'stopped'; readonly view: JobView };

export interface EngineRunControl<D> {
  readonly run: EngineRun<D>;
  /** The last document, kept while a new run is on its way. */
  readonly last: D | undefined;
  start(call: () => Promise<EngineAnswer<D>>): Promise<void>;
  /** For <JobProgress onDone>: the job's result is the command's document. */
  jobDone(result: unknown): void;
  /** For <JobProgress onFinished>: failed or cancelled jobs. */
  jobFinished(view: JobView): void;
}

export function useEngineRun<D>(slug: string): EngineRunControl<D> {
  const [run, setRun] = useState<EngineRun<D>>({ phase: 'idle' });
  const [last, setLast] = useState<D | undefined>(undefined);
  const ticket = useRef(0);

  const finish = useCallback((document: D) => {
    setRun({ phase: 'done', document });
    setLast(document);
  }, []);

  const start = useCallback(
    async (call: () => Promise<EngineAnswer<D>>) => {
      const mine = ++ticket.current;
      setRun({ phase: 'running' });
      try {
        const answer = await call();
        if (mine !== ticket.current) return;
        if (answer.kind === 'job') setRun({ phase: 'job', jobId: answer.jobId });
        else finish(answer.document);
      } catch (error) {
        if (mine === ticket.current) setRun({ phase: 'error', error });
      }
    },
    [finish],
  );

  const jobId = run.phase === 'job' ? run.jobId : undefined;
  // The server's job result is the same --json document the synchronous answer carries.
  // When the event stream did not carry it, the job record has it.
  const jobDone = useCallback(
    (result: unknown) => {
      if (typeof result === 'object' && result !== null) {
        finish(result as D);
        return;
      }
      if (jobId === undefined) return;
      const mine = ticket.current;
      unwrap(
        api.GET('/api/workspaces/{slug}/jobs/{id}', { params: { path: { slug, id: jobId } } }),
      ).then(
        (job) => {
          if (mine !== ticket.current) return;
          if (typeof job.result === 'object' && job.result !== null) finish(job.result as D);
          else setRun({ phase: 'error', error: new Error('the job has no result') });
        },
        (error: unknown) => {
          if (mine === ticket.current) setRun({ phase: 'error', error });
        },
      );
    },
    [finish, jobId, slug],
  );
  const jobFinished = useCallback((view: JobView) => {
    if (view.state !== 'done') setRun({ phase: 'stopped', view });
  }, []);

  return { run, last, start, jobDone, jobFinished };
}
