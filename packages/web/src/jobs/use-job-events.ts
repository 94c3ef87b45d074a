/**
 * Follows a job through its event stream (`EventSource` on
 * `/api/workspaces/{slug}/jobs/{id}/events`; the session cookie goes along, same origin).
 * The browser reconnects by itself after a drop; the stream is closed once the job ends.
 */
import { useEffect, useReducer } from 'react';
import { jobEventsUrl } from '../api/client';
import {
  INITIAL_JOB_VIEW,
  JOB_EVENT_NAMES,
  type JobView,
  parseJobEvent,
  reduceJob,
} from './job-events';

export function useJobEvents(slug: string, jobId: string): JobView {
  const [view, dispatch] = useReducer(reduceJob, INITIAL_JOB_VIEW);

  useEffect(() => {
    const source = new EventSource(jobEventsUrl(slug, jobId));
    const onMessage = (message: MessageEvent<string>) => {
      const event = parseJobEvent(message.type, message.data);
      if (event === undefined) return;
      dispatch(event);
      // `done`, `failed` and `cancelled` end the stream; do not let the browser reconnect.
      if (event.type !== 'progress') source.close();
    };
    for (const name of JOB_EVENT_NAMES) source.addEventListener(name, onMessage);
    source.onopen = () => dispatch({ type: 'connected' });
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) dispatch({ type: 'connection-lost' });
    };
    return () => source.close();
  }, [slug, jobId]);

  return view;
}
