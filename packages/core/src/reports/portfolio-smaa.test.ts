import { createHighsSolver } from '@partnerfolio/solver-highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MilpSolver } from '../solver/milp-model.js';
import { parseSpecText } from '../spec/parse-spec.js';
import { portfolioMembership } from './portfolio-smaa.js';

const spec = parseSpecText(
  [
    'version: 1',
    'criteria: [{ id: tech, kind: benefit }]',
    'weighting: { method: smaa }',
    'resources: { budget: 2 }',
    'partners:',
    // sure: always worth it; never: always a loss; coin: return U(0, 2) against cost 1.1,
    // so it is worth taking exactly when its return exceeds 1.1 (45% of the samples),
    // though not at expected values (N = −0.1).
    '  - { id: sure, kind: academic, scores: { tech: 1 }, cost: 1, return: 3, uses: { budget: 1 } }',
    '  - { id: never, kind: enterprise, scores: { tech: 1 }, cost: 2, return: 1, uses: { budget: 1 } }',
    '  - { id: coin, kind: other, scores: { tech: 1 }, cost: 1.1, return: { uniform: [0, 2] }, uses: { budget: 1 } }',
    '',
  ].join('\n'),
);

describe('optimal-portfolio membership under uncertainty', () => {
  let solver: MilpSolver;
  beforeAll(async () => {
    solver = await createHighsSolver();
  });

  it('a sure partner is always in, a losing one never, an uncertain one 45% of the time', () => {
    if (!spec.ok) throw new Error(JSON.stringify(spec.issues));
    const progress: number[] = [];
    const r = portfolioMembership(spec.value.portfolio, solver, {
      samples: 400,
      seed: 3,
      onProgress: (d) => progress.push(d),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.membership.sure).toBe(1);
    expect(r.value.membership.never).toBe(0);
    // 400 Bernoulli(0.45) draws: the standard error is 0.025.
    expect(Math.abs((r.value.membership.coin ?? 0) - 0.45)).toBeLessThan(0.1);
    expect(r.value.optimal).toEqual(['sure']);
    expect(r.value.infeasible).toBe(0);
    expect(progress.at(-1)).toBe(400);
    const again = portfolioMembership(spec.value.portfolio, solver, { samples: 400, seed: 3 });
    expect(again.ok && again.value).toEqual(r.value);
  });
});
