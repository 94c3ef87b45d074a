/**
 * Issues that carry params carry exactly the names `ISSUE_PARAMS` gives their code, so a
 * translation written against that table has every value it names.
 */
import { describe, expect, it } from 'vitest';
import { validateAgreement } from '../agreements/validate.js';
import { validateReviewRules } from '../review/review-rules.js';
import type { Issue } from '../util/issues.js';
import { ISSUE_PARAMS } from './issue-params.js';

const withParams = (issues: readonly Issue[]) => issues.filter((i) => i.params !== undefined);

function expectNamed(issues: readonly Issue[]) {
  for (const issue of withParams(issues)) {
    expect(Object.hasOwn(ISSUE_PARAMS, issue.code), issue.code).toBe(true);
    const names = ISSUE_PARAMS[issue.code as keyof typeof ISSUE_PARAMS];
    expect(Object.keys(issue.params ?? {}).sort(), issue.code).toEqual([...names]);
  }
}

describe('issue params', () => {
  it('an agreement full of mistakes: every issue with values names them as the table does', () => {
    const result = validateAgreement({
      id: 'a',
      type: 'consortium',
      parties: ['us', 'us', 'lab'],
      start: '2026-12-31',
      end: '2026-01-01',
      terms: [
        {
          revenueShare: {
            source: 'api',
            collector: 'us',
            tiers: [
              { upTo: null, shares: { lab: 0.7, us: 0.1 } },
              { upTo: 1000, shares: { lab: 0.2, ghost: 0.9 } },
              { upTo: 500, shares: { lab: '1/0' } },
            ],
          },
        },
        { costShare: { pool: 'gpu', split: { us: 0.5, lab: 0.2 } } },
        { costShare: { pool: 'gpu', split: 'byUse' } },
        { milestone: { id: 'm', payer: 'lab', payee: 'lab', amount: 0.001 } },
        { milestone: { id: 'm', payer: 'us', payee: 'lab', amount: -5 } },
      ],
      colour: 'red',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = withParams(result.issues).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['unknown_field', 'end_before_start']));
    expect(codes.length).toBeGreaterThanOrEqual(4);
    expectNamed(result.issues);
    const end = result.issues.find((i) => i.code === 'end_before_start');
    expect(end?.params).toEqual({ start: '2026-12-31', end: '2026-01-01' });
  });

  it('review rules: a duplicate id and a value outside the allowed ones', () => {
    const rule = {
      id: 'r',
      description: 'd',
      suggest: 'adjust',
      when: [{ metric: 'net', op: '<', value: 0 }],
    };
    const result = validateReviewRules([rule, { ...rule, suggest: 'pause' }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      withParams(result.issues)
        .map((i) => i.code)
        .sort(),
    ).toEqual(['duplicate_id', 'invalid_value']);
    expectNamed(result.issues);
  });
});
