/**
 * An exit plan's steps over HTTP carry their titles as codes (for the web app to say in
 * its reader's language) beside core's English, on both databases.
 */
import { EXIT_STEP_TITLES, EXIT_STEPS } from '@partnerfolio/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';
import { prepareWorkspace } from '../test-support/route-cases.js';

describeEachDatabase('exit plan step titles', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db);
    await prepareWorkspace(api);
    const made = await api.as('editor', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/partners`,
      payload: { id: 'leaving', kind: 'enterprise', cost: 1, return: 2, scores: { tech: 3 } },
    });
    expect(made.statusCode, made.body).toBe(201);
  });
  afterAll(() => api.close());

  it('sends each step title as a code and in English, when started and when read', async () => {
    const url = `/api/workspaces/${api.slug}/partners/leaving/exit-plan`;
    const started = await api.as('editor', { method: 'POST', url, payload: { owner: 'lead' } });
    expect(started.statusCode, started.body).toBeLessThan(300);
    const read = await api.as('viewer', { method: 'GET', url });
    expect(read.statusCode, read.body).toBe(200);
    for (const plan of [started.json(), read.json()]) {
      expect(
        plan.steps.map((s: { key: string; title: string; titleMessage: unknown }) => [
          s.key,
          s.title,
          s.titleMessage,
        ]),
      ).toEqual(
        EXIT_STEPS.map((key) => [
          key,
          EXIT_STEP_TITLES[key],
          { code: `exit.step.${key}`, params: {} },
        ]),
      );
    }
  });
});
