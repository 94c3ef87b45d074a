/** Runs a rule set over a partnership's review history and explains what fired. */
import { z } from 'zod';
import { validateWithSchema } from '../spec/validate-schema.js';
import { fail, ok, type Result } from '../util/issues.js';
import {
  compare,
  formatNumber,
  listWords,
  REVIEW_METRIC_LABELS,
  type ReviewFacts,
  reviewFactsSchema,
  reviewMetric,
} from './review-facts.js';
import {
  DECISION_PRECEDENCE,
  type ReviewCondition,
  type ReviewDecision,
  type ReviewRule,
  validateReviewRules,
} from './review-rules.js';

export interface FiredRule {
  readonly ruleId: string;
  readonly description: string;
  readonly suggest: ReviewDecision;
  /** One line per condition, with the numbers: "trust 0.42 in 2026 (< 0.5)". */
  readonly facts: readonly string[];
}

export interface ReviewSuggestion {
  readonly suggestion: ReviewDecision;
  /** Which rule decided, in words; "no rule fired" when none did. */
  readonly reason: string;
  /** In rule-set order. */
  readonly fired: readonly FiredRule[];
  /** Every rule id evaluated, in rule-set order. */
  readonly considered: readonly string[];
}

const historySchema = z.strictObject({
  history: z.array(reviewFactsSchema).min(1, {
    error: 'needs at least one review period, oldest first; the last is the review being decided',
  }),
});

/**
 * A condition holds when its metric satisfies the comparison in each of the last `periods`
 * reviews (the current one included). Too short a history, or a metric not assessed in
 * one of those periods, means it does not hold: a rule never fires on missing data.
 */
function evaluate(
  condition: ReviewCondition,
  history: readonly ReviewFacts[],
): { holds: boolean; fact: string } {
  const periods = condition.periods ?? 1;
  const window = history.slice(-periods);
  const label = REVIEW_METRIC_LABELS[condition.metric];
  const test = `(${condition.op} ${formatNumber(condition.value)})`;
  if (window.length < periods) {
    return { holds: false, fact: `${label}: only ${window.length} of ${periods} periods reviewed` };
  }
  const values = window.map((f) => ({ period: f.period, x: reviewMetric(f, condition.metric) }));
  const parts = values.map(({ period, x }) =>
    x === undefined ? `not assessed in ${period}` : `${formatNumber(x)} in ${period}`,
  );
  return {
    holds: values.every(({ x }) => x !== undefined && compare(x, condition.op, condition.value)),
    fact: `${label} ${listWords(parts)} ${test}`,
  };
}

/** `history` is oldest first; its last entry is the review being decided. */
export function suggestReviewDecision(
  history: readonly ReviewFacts[],
  rules: readonly ReviewRule[],
): Result<ReviewSuggestion> {
  const checkedRules = validateReviewRules(rules);
  const checkedHistory = validateWithSchema(historySchema, { history });
  const issues = [
    ...(checkedRules.ok ? [] : checkedRules.issues),
    ...(checkedHistory.ok ? [] : checkedHistory.issues),
  ];
  if (issues.length > 0) return fail(issues);

  const fired: FiredRule[] = [];
  for (const rule of rules) {
    const results = rule.when.map((c) => evaluate(c, history));
    if (results.every((r) => r.holds)) {
      fired.push({
        ruleId: rule.id,
        description: rule.description,
        suggest: rule.suggest,
        facts: results.map((r) => r.fact),
      });
    }
  }
  const considered = rules.map((r) => r.id);
  const suggestion = DECISION_PRECEDENCE.find((d) => fired.some((f) => f.suggest === d));
  if (suggestion === undefined) {
    return ok({ suggestion: 'continue', reason: 'no rule fired', fired, considered });
  }
  const deciding = fired.filter((f) => f.suggest === suggestion);
  const outranked = fired.filter((f) => f.suggest !== suggestion);
  const named = deciding.map((f) => `\`${f.ruleId}\` (${f.description})`);
  const reason =
    `${suggestion}: ${deciding.length === 1 ? 'rule' : 'rules'} ${listWords(named)} fired` +
    (outranked.length === 0
      ? ''
      : `; it outranks ${listWords(outranked.map((f) => `\`${f.ruleId}\` (${f.suggest})`))}`);
  return ok({ suggestion, reason, fired, considered });
}
