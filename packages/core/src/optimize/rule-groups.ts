/**
 * `rules[k]` (gates only) as constraint groups: the rows graph/rule-rows.ts derives, over
 * partner columns. Advice never binds the optimiser. An infeasibility explanation names
 * the rule by its path and id, with the message it would show in a review.
 */
import { buildPartnerGraph } from '../graph/build-graph.js';
import { ruleRows } from '../graph/rule-rows.js';
import type { Rule } from '../graph/rules-schema.js';
import type { ConstraintGroup, GroupContext, GroupRow } from './constraint-group.js';
import { involvedFirst } from './constraint-group.js';
import { listIds } from './wording.js';

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

function describeRule(rule: Rule, columns: readonly number[], ctx: GroupContext): string {
  const head = `rule \`${rule.id}\`${rule.message ? ` (${rule.message})` : ''}`;
  const names = listIds(columns.map((c) => ctx.ids[c] as string));
  switch (rule.type) {
    case 'at-most':
      return `${head}: at most ${rule.max} of ${names} may be chosen`;
    case 'at-least':
      return `${head}: at least ${rule.min} of ${names} must be chosen`;
    case 'requires':
      return `${head}: a chosen partner matching it needs a chosen partner offering ${rule.require.offers}${rule.require.scope === 'same-domain' ? ' in its domains' : ''} (involving ${names})`;
  }
}
