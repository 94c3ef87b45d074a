/** Runs a rule set over a partnership's review history and explains what fired. */
import { z } from 'zod';
import { renderEnglish } from '../messages/english.js';
import { validateWithSchema } from '../spec/validate-schema.js';
import { fail, ok, type Result } from '../util/issues.js';
import { type Message, message } from '../util/message.js';
import { compare, type ReviewFacts, reviewFactsSchema, reviewMetric } from './review-facts.js';
import { decisionMessage, metricMessage, ruleMessage } from './review-messages.js';
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
  /** The rule's description as a code (`description` is its text). */
  readonly title: Message;
  /** The facts as codes with their values, one per condition (`facts` is their English). */
  readonly because: readonly Message[];
}

export interface ReviewSuggestion {
  readonly suggestion: ReviewDecision;
  /** Which rule decided, in words; "no rule fired" when none did. */
  readonly reason: string;
  /** The reason as a code with its values (`reason` is its English). */
  readonly because: Message;
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
): { holds: boolean; fact: Message } {
  const periods = condition.periods ?? 1;
  const window = history.slice(-periods);
  const metric = metricMessage(condition.metric);
  if (window.length < periods) {
    const fact = message('review.fact.short', { metric, reviewed: window.length, periods });
    return { holds: false, fact };
  }
  const values = window.map((f) => ({ period: f.period, x: reviewMetric(f, condition.metric) }));
  const parts = values.map(({ period, x }) =>
    x === undefined
      ? message('review.fact.not_assessed', { period })
      : message('review.fact.value', { value: x, period }),
  );
  return {
    holds: values.every(({ x }) => x !== undefined && compare(x, condition.op, condition.value)),
    fact: message('review.fact.values', {
      metric,
      values: { list: parts, join: 'and' },
      op: condition.op,
      value: condition.value,
    }),
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
        facts: results.map((r) => renderEnglish(r.fact)),
        title: ruleMessage(rule),
        because: results.map((r) => r.fact),
      });
    }
  }
  const considered = rules.map((r) => r.id);
  const suggestion = DECISION_PRECEDENCE.find((d) => fired.some((f) => f.suggest === d));
  if (suggestion === undefined) {
    const because = message('review.reason.none');
    return ok({
      suggestion: 'continue',
      reason: renderEnglish(because),
      because,
      fired,
      considered,
    });
  }
  const deciding = fired.filter((f) => f.suggest === suggestion);
  const outranked = fired.filter((f) => f.suggest !== suggestion);
  const named = deciding.map((f) =>
    message('review.reason.rule', { id: f.ruleId, description: f.title }),
  );
  const decided = {
    suggestion: decisionMessage(suggestion),
    rules: { list: named, join: 'and' as const },
  };
  const because =
    outranked.length === 0
      ? message('review.reason.fired', decided)
      : message('review.reason.fired_outranks', {
          ...decided,
          outranked: {
            list: outranked.map((f) =>
              message('review.reason.outranked', {
                id: f.ruleId,
                suggest: decisionMessage(f.suggest),
              }),
            ),
            join: 'and' as const,
          },
        });
  return ok({ suggestion, reason: renderEnglish(because), because, fired, considered });
}
