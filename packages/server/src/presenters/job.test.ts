/**
 * A job's page as text (`presentJobText`): the view `presentJob` gives, with a done job's
 * stored result set in as it is; no result for a job not done.
 */
import { describe, expect, it } from 'vitest';
import type { ShownJob } from '../jobs/queue.js';
import { presentJob, presentJobText } from './job.js';

const job = (fields: Partial<ShownJob>): ShownJob => ({
  id: 'j1',
  workspaceId: 'w1',
  kind: 'engine.smaa',
  state: 'queued',
  error: null,
  progress: 0,
  cancelRequested: false,
  createdBy: null,
  createdAt: '2026-12-07T00:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  worker: null,
  heartbeatAt: null,
  options: { samples: 5 },
  resultJson: null,
  ...fields,
});

describe('presentJobText', () => {
  it('is presentJob’s view with the stored result, once done', () => {
    const done = job({ state: 'done', progress: 1, resultJson: '{"ranks":[1, 2]}' });
    const text = presentJobText(done);
    expect(text.endsWith(',"result":{"ranks":[1, 2]}}')).toBe(true);
    expect(JSON.parse(text)).toEqual({ ...presentJob(done), result: { ranks: [1, 2] } });
    // A done job whose runner answered nothing shows a null result, as it always has.
    expect(JSON.parse(presentJobText(job({ state: 'done' })))).toMatchObject({ result: null });
  });

  it('shows no result for a job not done, and a failed job’s error', () => {
    for (const state of ['queued', 'running', 'cancelled'] as const) {
      const text = presentJobText(job({ state, resultJson: '{"stale":true}' }));
      expect(JSON.parse(text)).toEqual(presentJob(job({ state })));
      expect(text).not.toContain('stale');
    }
    const error = { code: 'invalid_input', message: 'no partners' };
    const failed = JSON.parse(presentJobText(job({ state: 'failed', error })));
    expect(failed).toMatchObject({ state: 'failed', error });
    expect(failed).not.toHaveProperty('result');
  });
});
