import { validateSpecDocument } from '@partnerfolio/core';
import { describe, expect, it } from 'vitest';
import { createTestWorkspace } from '../store/test-support/factories.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { deliveryPosteriors, withDelivery } from './trust-weights.js';

describe('withDelivery', () => {
  it('writes each posterior as the partner’s delivery, leaving the others as they are', () => {
    const spec = {
      version: 1 as const,
      partners: [
        { id: 'a', kind: 'academic' as const, scores: {}, cost: 1, return: 10 },
        { id: 'b', kind: 'academic' as const, scores: {}, cost: 1, return: 10 },
      ],
    };
    const weighted = withDelivery(spec, { a: { alpha: 3, beta: 1, mean: 0.75, sd: 0 } });
    const parsed = validateSpecDocument(weighted);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value.portfolio.partners.map((p) => p.delivery)).toEqual([
      { alpha: 3, beta: 1 },
      undefined,
    ]);
  });
});

describeEachDatabase('delivery posteriors of a workspace', (get) => {
  it('give Beta(1, 1) to every partner of a workspace without a record', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db);
    const posteriors = await deliveryPosteriors(db, workspace.id, ['x', 'y']);
    expect(posteriors.x).toMatchObject({ alpha: 1, beta: 1, mean: 0.5 });
    expect(posteriors.y).toMatchObject({ alpha: 1, beta: 1, mean: 0.5 });
  });
});
