import { describe, expect, test } from 'vitest';
import { coordinationCostOf, overheadOf } from '../model/coordination.js';
import { portfolioValue } from '../model/value.js';
import { parseSpecText } from './parse-spec.js';
import { accepted, issueAt, issuesOf, lines } from './test-support/issues.js';

const spec = (...extra: string[]): string =>
  lines(
    'version: 1',
    'criteria: [{ id: tech, kind: benefit, weight: 1 }]',
    'partners:',
    '  - { id: a, kind: academic, scores: { tech: 1 }, cost: 1, return: 3, status: active, exitCost: { triangular: [1, 2, 6] } }',
    '  - { id: b, kind: enterprise, scores: { tech: 2 }, cost: 1, return: 2, onboardingCost: 0.5 }',
    '  - { id: c, kind: enterprise, scores: { tech: 3 }, cost: 0, return: 1, status: exited }',
    ...extra,
  );

describe('lifecycle fields in the spec', () => {
  test('status defaults to candidate; exit and onboarding costs take numbers or distributions', () => {
    const { portfolio } = accepted(parseSpecText(spec()));
    const [a, b, c] = portfolio.partners;
    expect(a?.status).toBe('active');
    expect(a?.exitCost).toEqual({ kind: 'triangular', min: 1, mode: 2, max: 6 });
    expect(b?.status).toBeUndefined();
    expect(b?.onboardingCost).toEqual({ kind: 'fixed', value: 0.5 });
    expect(c?.status).toBe('exited');
  });

  test('an unknown status is an error at its path', () => {
    const text = spec().replace('status: exited', 'status: gone');
    const issues = issuesOf(parseSpecText(text));
    expect(issues.some((i) => JSON.stringify(i.path) === '["partners",2,"status"]')).toBe(true);
  });

  test('coordination cost by kind with convex overhead bands', () => {
    const text = spec(
      'coordinationCost:',
      '  perPartner: { academic: 0.2, enterprise: 0.1 }',
      '  overhead: [{ upTo: 1, perPartner: 0 }, { upTo: 2, perPartner: 0.5 }]',
    );
    const { portfolio } = accepted(parseSpecText(text));
    expect(portfolio.coordinationCost).toBe(0);
    expect(portfolio.coordination).toEqual({
      perKind: { academic: 0.2, enterprise: 0.1 },
      overhead: [
        { upTo: 1, perPartner: 0 },
        { upTo: 2, perPartner: 0.5 },
      ],
    });
    // By hand: a 0.2 + b 0.1 + c 0.1 by kind; overhead 0 (1st) + 0.5 (2nd) + 0.5 (3rd, past the last band).
    expect(coordinationCostOf(portfolio, portfolio.partners)).toBeCloseTo(1.4, 12);
    // S of {a, b}: N_a 2 + N_b 1 − (0.2 + 0.1) − (0 + 0.5) = 2.2
    expect(portfolioValue(portfolio, ['a', 'b'])).toBeCloseTo(2.2, 12);
  });

  test('overhead bands whose marginal rate falls are rejected (not convex)', () => {
    const text = spec(
      'coordinationCost:',
      '  overhead: [{ upTo: 2, perPartner: 1 }, { upTo: 4, perPartner: 0.5 }]',
    );
    const issue = issueAt(issuesOf(parseSpecText(text)), 'not_convex', [
      'coordinationCost',
      'overhead',
      1,
      'perPartner',
    ]);
    expect(issue.message).toContain('must not decrease');
  });

  test('overheadOf sums the marginal rates band by band', () => {
    const bands = [
      { upTo: 2, perPartner: 1 },
      { upTo: 5, perPartner: 2 },
    ];
    expect(overheadOf(bands, 0)).toBe(0);
    expect(overheadOf(bands, 2)).toBe(2);
    expect(overheadOf(bands, 4)).toBe(6);
    expect(overheadOf(bands, 7)).toBe(12); // 2·1 + 3·2 + 2·2
    expect(overheadOf([], 9)).toBe(0);
  });
});
