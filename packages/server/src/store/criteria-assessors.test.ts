import { validateSpecDocument } from '@partnerfolio/core';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { getCurrentCriteria, saveCriteria } from './criteria.js';
import { exportWorkspaceSpec } from './spec-io.js';
import { createTestWorkspace } from './test-support/factories.js';

describeEachDatabase('criteria weighed by several assessors', (get) => {
  it('keeps every assessor’s direct weights; the engine weighs their mean; the spec exports them', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db);
    const v1 = await getCurrentCriteria(db, workspace.id);
    const weighting = {
      method: 'direct',
      assessors: [
        { tech: 3, risk: 1 },
        { tech: 1, risk: 1 },
      ],
    };
    const saved = await saveCriteria(
      db,
      workspace.id,
      {
        criteria: [
          { id: 'tech', kind: 'benefit' },
          { id: 'risk', kind: 'cost' },
        ],
        weighting,
      },
      v1.version,
      null,
    );
    expect(saved.weighting).toEqual(weighting);
    expect((await getCurrentCriteria(db, workspace.id)).weighting).toEqual(weighting);
    const exported = await exportWorkspaceSpec(db, workspace.id);
    expect(exported.weighting).toEqual(weighting);
    // The engine reads the exported spec: each criterion weighs the assessors' mean share.
    const read = validateSpecDocument(exported);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.portfolio.criteria.map((c) => c.weight)).toEqual([0.625, 0.375]);
  });

  it('refuses an assessor who leaves a criterion out, naming the path', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db);
    const failure = await saveCriteria(
      db,
      workspace.id,
      {
        criteria: [
          { id: 'tech', kind: 'benefit' },
          { id: 'risk', kind: 'cost' },
        ],
        weighting: { method: 'direct', assessors: [{ tech: 1 }] },
      },
      0,
      null,
    ).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 'invalid',
      details: {
        issues: [expect.objectContaining({ path: ['weighting', 'assessors', 0, 'risk'] })],
      },
    });
  });
});
