import { parseSpecText, smaaReport } from '@partnerfolio/core';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { upsertAssessment } from './assessments.js';
import {
  exportWorkspaceSpec,
  loadWorkspacePortfolio,
  replaceWorkspaceFromSpec,
} from './spec-io.js';
import { createTestWorkspace } from './test-support/factories.js';

const YAML = `
version: 1
criteria:
  - { id: tech, kind: benefit, weight: 1 }
  - { id: market, kind: benefit, weight: 1 }
weighting: { method: smaa }
normalization: none
partners:
  - { id: a, kind: academic, scores: { tech: 5, market: 5 }, cost: 1, return: 2 }
  - { id: b, kind: enterprise, scores: { tech: 5, market: 5 }, cost: 1, return: 3 }
`;

describeEachDatabase('the assessors’ spread as uncertain scores', (get) => {
  it('exports a uniform range where assessors disagree, and SMAA draws from it', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db);
    const parsed = parseSpecText(YAML);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    await replaceWorkspaceFromSpec(db, workspace.id, parsed.value.spec, null);
    // a: the spec says 5, alice 3 and bob 9 on tech (mean 17/3); both agree on market.
    await upsertAssessment(db, workspace.id, 'a', 'tech', 'alice', 3, null);
    await upsertAssessment(db, workspace.id, 'a', 'tech', 'bob', 9, null);
    await upsertAssessment(db, workspace.id, 'a', 'market', 'alice', 5, null);
    const spec = await exportWorkspaceSpec(db, workspace.id);
    const [a, b] = spec.partners;
    expect(a?.scoreDistributions).toStrictEqual({ tech: { uniform: [3, 9] } });
    expect(a?.scores.tech).toBeCloseTo(17 / 3, 12);
    expect(b && 'scoreDistributions' in b).toBe(false);

    const { portfolio } = await loadWorkspacePortfolio(db, workspace.id);
    const r = smaaReport(portfolio, { samples: 4_000, seed: 1 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // With exact scores a (17/3 on tech) would beat b in every sample; the spread makes
    // b first whenever a's drawn tech score falls below 5.
    const first = r.value.rankAcceptability.a?.[0] ?? 0;
    expect(first).toBeGreaterThan(0.5);
    expect(first).toBeLessThan(1);
    const confidence = r.value.confidence.a ?? 0;
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThan(1);
  });
});
