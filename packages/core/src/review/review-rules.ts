/**
 * Review rules as data: a workspace stores its own rule set, validated by the same schema
 * the engine uses, and every suggestion names the rules that produced it. Rules suggest;
 * people decide.
 */
import { z } from 'zod';
import { validateWithSchema } from '../spec/validate-schema.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';

export const REVIEW_DECISIONS = ['continue', 'adjust', 'renegotiate', 'exit'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** When several rules fire, the most drastic suggestion wins: exit > renegotiate > adjust > continue. */
export const DECISION_PRECEDENCE: readonly ReviewDecision[] = [
  'exit',
  'renegotiate',
  'adjust',
  'continue',
];

export const REVIEW_METRICS = [
  'netVsPlan',
  'net',
  'returnVsPlan',
  'costVsPlan',
  'trust',
  'health',
  'healthGap',
] as const;
export type ReviewMetric = (typeof REVIEW_METRICS)[number];

export const REVIEW_COMPARISONS = ['<', '<=', '>', '>=', '=='] as const;
export type ReviewComparison = (typeof REVIEW_COMPARISONS)[number];

export const reviewConditionSchema = z.strictObject({
  metric: z.enum(REVIEW_METRICS),
  op: z.enum(REVIEW_COMPARISONS),
  value: z.number(),
  periods: z
    .int()
    .min(1)
    .optional()
    .meta({ description: 'how many reviews running, the current one included (default 1)' }),
});
export type ReviewCondition = z.output<typeof reviewConditionSchema>;

export const reviewRuleSchema = z.strictObject({
  id: z.string().min(1),
  description: z.string().min(1),
  suggest: z.enum(REVIEW_DECISIONS),
  when: z.array(reviewConditionSchema).min(1).meta({
    description: 'conditions that must all hold, e.g. [{ metric: trust, op: <, value: 0.5 }]',
  }),
});
export type ReviewRule = z.output<typeof reviewRuleSchema>;

const ruleSetSchema = z.strictObject({ rules: z.array(reviewRuleSchema) });

/** No rule for `continue`: it is what is left when nothing fired. */
export const DEFAULT_REVIEW_RULES: readonly ReviewRule[] = [
  {
    id: 'exit-net-below-plan-low-trust',
    description: 'Net below plan two periods running and trust under 0.5',
    suggest: 'exit',
    when: [
      { metric: 'netVsPlan', op: '<', value: 0, periods: 2 },
      { metric: 'trust', op: '<', value: 0.5 },
    ],
  },
  {
    id: 'renegotiate-health-gap',
    description: 'The two sides disagree by 1.5 points or more on a health dimension',
    suggest: 'renegotiate',
    when: [{ metric: 'healthGap', op: '>=', value: 1.5 }],
  },
  {
    id: 'renegotiate-net-below-plan-three-periods',
    description: 'Net below plan three periods running: the terms, not the year, are the problem',
    suggest: 'renegotiate',
    when: [{ metric: 'netVsPlan', op: '<', value: 0, periods: 3 }],
  },
  {
    id: 'adjust-net-below-plan',
    description: 'Net below plan this period',
    suggest: 'adjust',
    when: [{ metric: 'netVsPlan', op: '<', value: 0 }],
  },
  {
    id: 'adjust-low-health',
    description: 'Mean health score under 3 (of 5)',
    suggest: 'adjust',
    when: [{ metric: 'health', op: '<', value: 3 }],
  },
];

/** A rule set from outside (a workspace, a file): shape, known metrics, unique ids. */
export function validateReviewRules(rules: unknown): Result<ReviewRule[]> {
  const checked = validateWithSchema(ruleSetSchema, { rules });
  const issues: Issue[] = checked.ok ? [] : [...checked.issues];
  const seen = new Set<string>();
  (Array.isArray(rules) ? (rules as unknown[]) : []).forEach((rule, k) => {
    const id =
      typeof rule === 'object' && rule !== null ? (rule as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      issues.push({
        code: 'duplicate_id',
        path: ['rules', k, 'id'],
        message: `rule id \`${id}\` is used twice; each rule needs its own id so a suggestion can name it`,
        params: { id },
      });
    }
    seen.add(id);
  });
  if (issues.length > 0 || !checked.ok) return fail(issues);
  return ok(checked.data.rules);
}
