/**
 * A job's progress as the UI sees it, built from the server's Server-Sent Events
 * (`progress`, then one of `done`, `failed`, `cancelled`; see the server's
 * routes/jobs-events.ts). Pure, so the tests feed it events directly; `useJobEvents`
 * connects it to an `EventSource`.
 */
import { type FieldError, fieldErrorsOf } from '../api/api-error';
import type { JobState } from '../api/types';

export interface JobFailure {
  readonly code: string;
  /** The server's English. */
  readonly message: string;
  /** For invalid input: each issue with its path, code and values. */
  readonly issues?: readonly FieldError[];
}

export interface JobView {
  readonly state: JobState;
  /** 0 to 1. */
  readonly progress: number;
  readonly result?: unknown;
  readonly failure?: JobFailure;
  /** The stream dropped; the browser is reconnecting. */
  readonly reconnecting: boolean;
}

export type JobEvent =
  | { readonly type: 'progress'; readonly state: JobState; readonly progress: number }
  | { readonly type: 'done'; readonly result: unknown }
  | { readonly type: 'failed'; readonly failure: JobFailure }
  | { readonly type: 'cancelled' }
  | { readonly type: 'connection-lost' }
  | { readonly type: 'connected' };

export const JOB_EVENT_NAMES = ['progress', 'done', 'failed', 'cancelled'] as const;

export const INITIAL_JOB_VIEW: JobView = { state: 'queued', progress: 0, reconnecting: false };

export const isFinished = (state: JobState): boolean =>
  state === 'done' || state === 'failed' || state === 'cancelled';

const STATES: readonly JobState[] = ['queued', 'running', 'done', 'failed', 'cancelled'];
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** One SSE message (its `event:` name and `data:` text) as a `JobEvent`; undefined if unreadable. */
export function parseJobEvent(name: string, data: string): JobEvent | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    return undefined;
  }
  switch (name) {
    case 'progress': {
      if (!isRecord(payload)) return undefined;
      const { state, progress } = payload;
      if (typeof progress !== 'number' || !STATES.includes(state as JobState)) return undefined;
      return { type: 'progress', state: state as JobState, progress };
    }
    case 'done':
      return { type: 'done', result: payload };
    case 'failed': {
      const code = isRecord(payload) && typeof payload.code === 'string' ? payload.code : 'failed';
      const message =
        isRecord(payload) && typeof payload.message === 'string' ? payload.message : '';
      const issues = isRecord(payload) ? fieldErrorsOf(payload.issues) : [];
      return {
        type: 'failed',
        failure: { code, message, ...(issues.length === 0 ? {} : { issues }) },
      };
    }
    case 'cancelled':
      return { type: 'cancelled' };
    default:
      return undefined;
  }
}

export function reduceJob(view: JobView, event: JobEvent): JobView {
  // Once finished, a late reconnect or a repeated event changes nothing.
  if (isFinished(view.state) && event.type !== 'connected') return view;
  switch (event.type) {
    case 'progress':
      return {
        ...view,
        state: event.state,
        progress: Math.min(1, Math.max(0, event.progress)),
        reconnecting: false,
      };
    case 'done':
      return { ...view, state: 'done', progress: 1, result: event.result, reconnecting: false };
    case 'failed':
      return { ...view, state: 'failed', failure: event.failure, reconnecting: false };
    case 'cancelled':
      return { ...view, state: 'cancelled', reconnecting: false };
    case 'connection-lost':
      return { ...view, reconnecting: true };
    case 'connected':
      return { ...view, reconnecting: false };
  }
}
