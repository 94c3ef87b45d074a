/**
 * Rules as data: a small typed language for must-pass gates and advice on a selection.
 *
 *   - { id: gov-policy, type: requires, severity: gate,
 *       when: { kind: government }, require: { offers: policy, scope: same-domain } }
 *     "a government partner in a domain requires a policy capability there"
 *   - { id: one-bank, type: at-most, severity: gate, max: 1,
 *       of: { ids: [silverbay-bank, goldstream-bank] } }
 *     "no two partners of one competitor group in one selection"
 *   - { id: two-data, type: at-least, severity: gate, min: 2,
 *       of: { offers: data, domain: medical } }
 *     "at least two partners cover data in medical" (no single point of failure)
 *
 * A filter matches an organisation when every field given matches (`offers` through the
 * vocabulary). Validated by zod; issues name `rules[i].field`. Gates bind the optimiser
 * (optimize/rule-groups.ts) and are checked on the running portfolio; advice is only shown.
 */
import { z } from 'zod';
import { PARTNER_KINDS } from '../model/kinds.js';
import { validateWithSchema } from '../spec/validate-schema.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { PARTNER_STATUSES } from '../workspace/lifecycle.js';

const filter = z.strictObject({
  ids: z.array(z.string().min(1)).min(1).optional(),
  kind: z.enum(PARTNER_KINDS).optional(),
  status: z.array(z.enum(PARTNER_STATUSES)).min(1).optional(),
  offers: z.string().min(1).optional(),
  domain: z.string().min(1).optional(),
});

const base = {
  id: z.string().min(1, { error: 'a rule needs an id' }),
  severity: z.enum(['gate', 'advice']).default('gate'),
  /** Shown when the rule fires, instead of the generated sentence. */
  message: z.string().optional(),
};

export const ruleSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('requires'),
    when: filter,
    require: z.strictObject({
      offers: z.string().min(1),
      scope: z.enum(['same-domain', 'anywhere']).default('same-domain'),
    }),
  }),
  z.strictObject({
    ...base,
    type: z.literal('at-most'),
    of: filter,
    max: z.int().min(0),
  }),
  z.strictObject({
    ...base,
    type: z.literal('at-least'),
    of: filter,
    min: z.int().min(1),
  }),
]);

export const rulesSchema = z.array(ruleSchema);

export type Rule = z.output<typeof ruleSchema>;
export type RuleFilter = z.output<typeof filter>;

/** Validates rules written as data; every issue names its path under `rules`. */
export function parseRules(document: unknown): Result<Rule[]> {
  const outcome = validateWithSchema(rulesSchema, document);
  if (!outcome.ok) return fail(outcome.issues.map((i) => ({ ...i, path: ['rules', ...i.path] })));
  const issues = checkRuleIds(outcome.data);
  return issues.length > 0 ? fail(issues) : ok(outcome.data);
}

/** Each rule needs its own id: evaluations and optimiser conflicts name rules by it. */
export function checkRuleIds(rules: readonly { readonly id: string }[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    if (seen.has(rule.id)) {
      issues.push({
        code: 'duplicate_id',
        path: ['rules', index, 'id'],
        message: `rule id \`${rule.id}\` is used twice; give each rule its own id`,
        params: { id: rule.id },
      });
    }
    seen.add(rule.id);
  }
  return issues;
}
