/**
 * `rules[k]` (gates only) as constraint groups: the rows graph/rule-rows.ts derives, over
 * partner columns. Advice never binds the optimiser. An infeasibility explanation names
 * the rule by its path and id, with the message it would show in a review.
 */
import { buildPartnerGraph } from '../graph/build-graph.js';
import { ruleRows } from '../graph/rule-rows.js';
import type { Rule } from '../graph/rules-schema.js';
import { type Message, message } from '../util/message.js';
import type { ConstraintGroup, GroupContext, GroupRow } from './constraint-group.js';
import { involvedFirst } from './constraint-group.js';
import { nameList } from './optimize-messages.js';

export function ruleGroups(ctx: GroupContext): ConstraintGroup[] {
  const rules = ctx.portfolio.rules ?? [];
  if (!rules.some((r) => r.severity === 'gate')) return [];
  // Vocabulary issues were reported when the spec was read; the graph is only read here.
  const g = buildPartnerGraph(ctx.portfolio);
  return rules.flatMap((rule, k): ConstraintGroup[] => {
    if (rule.severity !== 'gate') return [];
    const rows: GroupRow[] = ruleRows(g, rule).map((r) => {
      const columns: number[] = [];
      const coefficients: number[] = [];
      r.ids.forEach((id, j) => {
        const c = ctx.index.get(id);
        if (c === undefined) return;
        columns.push(c);
        coefficients.push(r.coefficients[j] as number);
      });
      return { columns, coefficients, lower: r.lower, upper: r.upper };
    });
    const partners = [...new Set(rows.flatMap((r) => r.columns))];
    return [
      {
        path: `rules[${k}]`,
        rows,
        fixes: [],
        partners,
        describe: (involved) => describeRule(rule, involvedFirst(partners, involved), ctx),
      },
    ];
  });
}

/** The rule's message is its author's own words, quoted as they are in every language. */
function describeRule(rule: Rule, columns: readonly number[], ctx: GroupContext): Message {
  const head = rule.message
    ? message('optimize.rule.head.described', { id: rule.id, message: rule.message })
    : message('optimize.rule.head', { id: rule.id });
  const names = nameList(columns.map((c) => ctx.ids[c] as string));
  switch (rule.type) {
    case 'at-most':
      return message('optimize.rule.at_most', { rule: head, max: rule.max, names });
    case 'at-least':
      return message('optimize.rule.at_least', { rule: head, min: rule.min, names });
    case 'requires':
      return message(
        rule.require.scope === 'same-domain'
          ? 'optimize.rule.requires_domain'
          : 'optimize.rule.requires',
        { rule: head, offers: rule.require.offers, names },
      );
  }
}
