import { describe, expect, it } from 'vitest';
import { JOB_ENV, jobWorkerSettings } from './settings.js';

describe('jobWorkerSettings', () => {
  it('runs one worker per process by default, named after the host and process', () => {
    const s = jobWorkerSettings({});
    expect(s).toMatchObject({ enabled: true, concurrency: 1, pollMs: 1000 });
    expect(s.workerId).toContain(`:${process.pid}:`);
  });

  it('reads the environment it is given', () => {
    const s = jobWorkerSettings({
      [JOB_ENV.worker]: 'off',
      [JOB_ENV.concurrency]: '4',
      [JOB_ENV.pollMs]: '250',
      [JOB_ENV.workerId]: 'api-1',
    });
    expect(s).toEqual({ enabled: false, concurrency: 4, pollMs: 250, workerId: 'api-1' });
    expect(jobWorkerSettings({ [JOB_ENV.worker]: 'ON', [JOB_ENV.pollMs]: '' }).enabled).toBe(true);
  });

  it('names every bad variable', () => {
    expect(() =>
      jobWorkerSettings({ [JOB_ENV.worker]: 'maybe', [JOB_ENV.concurrency]: '0' }),
    ).toThrow(/PARTNERFOLIO_JOB_WORKER[\s\S]*PARTNERFOLIO_JOB_CONCURRENCY/);
  });
});
