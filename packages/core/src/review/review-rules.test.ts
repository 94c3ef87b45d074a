import { describe, expect, it } from 'vitest';
import { formatPath } from '../util/issues.js';
import { DEFAULT_REVIEW_RULES, validateReviewRules } from './review-rules.js';

const issuesOf = (rules: unknown) => {
  const r = validateReviewRules(rules);
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`);
};

const rule = (id: string, when: unknown[], suggest = 'adjust') => ({
  id,
  description: `rule ${id}`,
  suggest,
  when,
});

describe('review rules', () => {
  it('ships the issue’s exit rule among valid defaults', () => {
    expect(validateReviewRules(DEFAULT_REVIEW_RULES).ok).toBe(true);
    expect(DEFAULT_REVIEW_RULES.find((r) => r.suggest === 'exit')).toEqual({
      id: 'exit-net-below-plan-low-trust',
      description: 'Net below plan two periods running and trust under 0.5',
      suggest: 'exit',
      when: [
        { metric: 'netVsPlan', op: '<', value: 0, periods: 2 },
        { metric: 'trust', op: '<', value: 0.5 },
      ],
    });
    expect(new Set(DEFAULT_REVIEW_RULES.map((r) => r.suggest))).toEqual(
      new Set(['exit', 'renegotiate', 'adjust']),
    );
  });

  it('names unknown metrics, bad operators and periods, and repeated ids by path', () => {
    const ok = { metric: 'trust', op: '<', value: 0.5 };
    expect(
      issuesOf([
        rule('a', [ok]),
        rule('a', [ok]),
        rule('b', [{ metric: 'trsut', op: '<', value: 0.5 }]),
        rule('c', [
          { ...ok, op: '!=' },
          { ...ok, periods: 0 },
        ]),
        rule('d', [], 'quit'),
      ]),
    ).toEqual([
      'invalid_value@rules[2].when[0].metric',
      'invalid_value@rules[3].when[0].op',
      'out_of_range@rules[3].when[1].periods',
      'invalid_value@rules[4].suggest',
      'invalid_length@rules[4].when',
      'duplicate_id@rules[1].id',
    ]);
  });

  it('suggests the metric the user meant', () => {
    const r = validateReviewRules([rule('b', [{ metric: 'trsut', op: '<', value: 0.5 }])]);
    expect(r.ok ? '' : r.issues[0]?.message).toContain('trust');
  });

  it('refuses what is not a list of rules', () => {
    expect(issuesOf({ id: 'a' })).toEqual(['invalid_type@rules']);
    expect(issuesOf([{ ...rule('a', [{ metric: 'net', op: '<', value: 0 }]), extra: 1 }])).toEqual([
      'unknown_field@rules[0].extra',
    ]);
  });
});
