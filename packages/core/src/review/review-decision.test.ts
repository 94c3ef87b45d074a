import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_RULES, type ReviewFacts, suggestReviewDecision } from '../index.js';
import { formatPath } from '../util/issues.js';
import { formatNumber } from './review-facts.js';
import type { ReviewRule } from './review-rules.js';

const PLAN = { planReturn: 1_000_000, planCost: 600_000 };
// Net vs plan: (880,000 − 600,000) − 400,000 = −120,000; (950,000 − 630,000) − 400,000 = −80,000.
const Y2025: ReviewFacts = {
  period: '2025',
  ...PLAN,
  actualReturn: 880_000,
  actualCost: 600_000,
  trust: 0.6,
  health: 3.5,
  healthGap: 0.5,
};
const Y2026: ReviewFacts = {
  period: '2026',
  ...PLAN,
  actualReturn: 950_000,
  actualCost: 630_000,
  trust: 0.42,
  health: 3.2,
  healthGap: 1,
};

const decide = (history: ReviewFacts[], rules: readonly ReviewRule[] = DEFAULT_REVIEW_RULES) => {
  const r = suggestReviewDecision(history, rules);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
};

describe('suggestReviewDecision', () => {
  it('suggests exit when net is below plan two periods running and trust is under 0.5', () => {
    const s = decide([Y2025, Y2026]);
    expect(s.suggestion).toBe('exit');
    expect(s.fired.map((f) => f.ruleId)).toEqual([
      'exit-net-below-plan-low-trust',
      'adjust-net-below-plan',
    ]);
    expect(s.fired[0]?.facts).toEqual([
      'net vs plan \u2212120,000 in 2025 and \u221280,000 in 2026 (< 0)',
      'trust 0.42 in 2026 (< 0.5)',
    ]);
    expect(s.reason).toBe(
      'exit: rule `exit-net-below-plan-low-trust` (Net below plan two periods running and trust under 0.5) fired; it outranks `adjust-net-below-plan` (adjust)',
    );
    expect(s.considered).toEqual(DEFAULT_REVIEW_RULES.map((r) => r.id));
  });

  it('adjusts instead when trust holds, or when only one period is known', () => {
    expect(decide([Y2025, { ...Y2026, trust: 0.55 }]).suggestion).toBe('adjust');
    expect(decide([{ ...Y2026, trust: 0.3 }]).suggestion).toBe('adjust');
    // A rule never fires on a metric that was not assessed.
    const { trust: _, ...noTrust } = Y2026;
    expect(decide([Y2025, noTrust]).suggestion).toBe('adjust');
  });

  it('ranks renegotiate above adjust: a 1.5 health gap with net below plan', () => {
    const s = decide([{ ...Y2026, trust: 0.9, healthGap: 1.5 }]);
    expect(s.suggestion).toBe('renegotiate');
    expect(s.fired.map((f) => f.suggest)).toEqual(['renegotiate', 'adjust']);
    expect(s.fired[0]?.facts).toEqual(['health gap 1.5 in 2026 (>= 1.5)']);
  });

  it('renegotiates after three periods below plan, even with good trust', () => {
    const good = { trust: 0.9 };
    const s = decide([
      { ...Y2025, ...good, period: '2024' },
      { ...Y2025, ...good },
      { ...Y2026, ...good },
    ]);
    expect(s.suggestion).toBe('renegotiate');
    expect(s.fired[0]?.facts).toEqual([
      'net vs plan \u2212120,000 in 2024, \u2212120,000 in 2025 and \u221280,000 in 2026 (< 0)',
    ]);
  });

  it('continues when no rule fires, and says so', () => {
    const onPlan = { ...Y2026, actualReturn: 1_100_000, trust: 0.3 };
    const s = decide([Y2025, onPlan]);
    expect(s).toMatchObject({ suggestion: 'continue', reason: 'no rule fired', fired: [] });
  });

  it('runs a workspace’s own rules, with rules for every metric', () => {
    const rules: ReviewRule[] = [
      {
        id: 'keep',
        description: 'on plan',
        suggest: 'continue',
        when: [{ metric: 'net', op: '==', value: 320_000 }],
      },
      {
        id: 'cost',
        description: 'costs up',
        suggest: 'adjust',
        when: [{ metric: 'costVsPlan', op: '>', value: 25_000 }],
      },
      {
        id: 'rev',
        description: 'revenue',
        suggest: 'exit',
        when: [{ metric: 'returnVsPlan', op: '<=', value: -60_000 }],
      },
    ];
    const s = decide([Y2026], rules);
    // net 320,000; cost vs plan +30,000; return vs plan −50,000 (not ≤ −60,000).
    expect(s.fired.map((f) => f.ruleId)).toEqual(['keep', 'cost']);
    expect(s.suggestion).toBe('adjust');
    expect(s.fired[1]?.facts).toEqual(['cost vs plan 30,000 in 2026 (> 25,000)']);
  });

  it('refuses an empty history, facts off their scale and a bad rule set', () => {
    const r = suggestReviewDecision([], DEFAULT_REVIEW_RULES);
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`)).toEqual([
      'invalid_length@history',
    ]);
    expect(r.ok ? '' : r.issues[0]?.message).toContain('at least one review period');
    const bad = suggestReviewDecision(
      [{ ...Y2026, trust: 1.2 }],
      [...DEFAULT_REVIEW_RULES, DEFAULT_REVIEW_RULES[0] as ReviewRule],
    );
    expect(bad.ok ? [] : bad.issues.map((i) => `${i.code}@${formatPath(i.path)}`)).toEqual([
      'duplicate_id@rules[5].id',
      'out_of_range@history[0].trust',
    ]);
  });
});

describe('formatNumber', () => {
  it('groups thousands, keeps two decimals and uses a true minus', () => {
    expect(formatNumber(-120_000)).toBe('\u2212120,000');
    expect(formatNumber(1_234_567.89)).toBe('1,234,568');
    expect(formatNumber(0.4167)).toBe('0.42');
    expect(formatNumber(3.5)).toBe('3.5');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(0)).toBe('0');
  });
});
