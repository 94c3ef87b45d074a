import { describe, expect, test } from 'vitest';
import { resolveWeights } from '../mcdm/resolve-weights.js';
import { parseSpecText } from './parse-spec.js';
import { accepted, issueAt, issuesOf, lines } from './test-support/issues.js';

const spec = (...weighting: string[]): string =>
  lines(
    'version: 1',
    'criteria: [{ id: tech, kind: benefit }, { id: risk, kind: cost }]',
    ...weighting,
    'partners:',
    '  - { id: a, kind: academic, scores: { tech: 1, risk: 2 }, cost: 1, return: 3 }',
  );

describe('direct weights of several assessors', () => {
  test('the criteria weigh the mean of each assessor’s shares', () => {
    const parsed = accepted(
      parseSpecText(
        spec(
          'weighting:',
          '  method: direct',
          '  assessors: [{ tech: 3, risk: 1 }, { tech: 0.5, risk: 0.5 }]',
        ),
      ),
    );
    // 0.75/0.25 and 0.5/0.5 → 0.625/0.375.
    expect(parsed.portfolio.criteria.map((c) => c.weight)).toEqual([0.625, 0.375]);
    expect(parsed.portfolio.weighting).toEqual({
      method: 'direct',
      assessors: [
        { tech: 3, risk: 1 },
        { tech: 0.5, risk: 0.5 },
      ],
    });
    const resolved = resolveWeights(parsed.portfolio);
    expect(resolved.ok && resolved.value.vector).toEqual([0.625, 0.375]);
  });

  test('an assessor who leaves out a criterion, or weighs an unknown one, is an issue at its path', () => {
    const issues = issuesOf(
      parseSpecText(
        spec(
          'weighting:',
          '  method: direct',
          '  assessors: [{ tech: 1, risk: 1 }, { tech: 2, fit: 1 }]',
        ),
      ),
    );
    issueAt(issues, 'missing_weight', ['weighting', 'assessors', 1, 'risk']);
    issueAt(issues, 'unknown_criterion', ['weighting', 'assessors', 1, 'fit']);
  });

  test('an assessor whose weights are all 0 is an issue', () => {
    const issues = issuesOf(
      parseSpecText(spec('weighting:', '  method: direct', '  assessors: [{ tech: 0, risk: 0 }]')),
    );
    issueAt(issues, 'all_weights_zero', ['weighting', 'assessors', 0]);
  });
});
