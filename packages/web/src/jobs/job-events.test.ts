import { describe, expect, it } from 'vitest';
import { INITIAL_JOB_VIEW, type JobEvent, parseJobEvent, reduceJob } from './job-events';

const play = (events: readonly (JobEvent | undefined)[]) =>
  events.reduce(
    (view, event) => (event === undefined ? view : reduceJob(view, event)),
    INITIAL_JOB_VIEW,
  );

describe('parseJobEvent', () => {
  it('reads the server events', () => {
    expect(parseJobEvent('progress', '{"state":"running","progress":0.25}')).toEqual({
      type: 'progress',
      state: 'running',
      progress: 0.25,
    });
    expect(parseJobEvent('done', '{"mean":1.5}')).toEqual({ type: 'done', result: { mean: 1.5 } });
    expect(parseJobEvent('failed', '{"code":"invalid_spec","message":"no partners"}')).toEqual({
      type: 'failed',
      failure: { code: 'invalid_spec', message: 'no partners' },
    });
    expect(parseJobEvent('cancelled', '{"id":"j1","state":"cancelled","progress":0.4}')).toEqual({
      type: 'cancelled',
    });
  });

  it('ignores what it cannot read', () => {
    expect(parseJobEvent('progress', 'not json')).toBeUndefined();
    expect(parseJobEvent('progress', '{"state":"sleeping","progress":1}')).toBeUndefined();
    expect(parseJobEvent('progress', '{"state":"running"}')).toBeUndefined();
    expect(parseJobEvent('message', '{}')).toBeUndefined();
    expect(parseJobEvent('failed', 'null')).toEqual({
      type: 'failed',
      failure: { code: 'failed', message: '' },
    });
  });
});

describe('reduceJob', () => {
  it('follows a job from queued to done', () => {
    const view = play([
      parseJobEvent('progress', '{"state":"queued","progress":0}'),
      parseJobEvent('progress', '{"state":"running","progress":0.5}'),
      parseJobEvent('done', '{"S":0.8}'),
    ]);
    expect(view).toEqual({ state: 'done', progress: 1, result: { S: 0.8 }, reconnecting: false });
  });

  it('shows a dropped connection until the next event, and clamps progress', () => {
    const lost = play([
      { type: 'progress', state: 'running', progress: 1.7 },
      { type: 'connection-lost' },
    ]);
    expect(lost).toMatchObject({ state: 'running', progress: 1, reconnecting: true });
    expect(reduceJob(lost, { type: 'progress', state: 'running', progress: -2 })).toMatchObject({
      progress: 0,
      reconnecting: false,
    });
  });

  it('keeps the final state once the job has ended', () => {
    const cancelled = play([
      { type: 'progress', state: 'running', progress: 0.3 },
      { type: 'cancelled' },
    ]);
    expect(reduceJob(cancelled, { type: 'progress', state: 'running', progress: 0.9 })).toBe(
      cancelled,
    );
    expect(reduceJob(cancelled, { type: 'connection-lost' })).toBe(cancelled);
    const failed = play([{ type: 'failed', failure: { code: 'internal', message: 'boom' } }]);
    expect(failed).toMatchObject({ state: 'failed', failure: { message: 'boom' } });
  });
});
