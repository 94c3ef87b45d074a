/**
 * Gate rules as linear rows over selection variables x_i ∈ {0, 1}, so the optimiser keeps
 * to the same rules a review checks (rules.ts): a selection satisfies every row of a rule
 * exactly when `evaluateRules` finds nothing for that rule on it.
 *
 *   at-most  Σ_{i matches `of`} x_i ≤ max
 *   at-least Σ_{i matches `of`} x_i ≥ min
 *   requires for each o matching `when` and each of its domains d (or once, `anywhere`):
 *            x_o − Σ_{s ≠ o providing the capability in d} x_s ≤ 0
 *            (no row when o provides it there itself: o alone satisfies it)
 */
import { type OrganisationNode, orgKey, type PartnerGraph, provides } from './build-graph.js';
import { matchesFilter } from './rules.js';
import type { Rule } from './rules-schema.js';

export interface RuleRow {
  readonly ids: readonly string[];
  readonly coefficients: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

const INF = Number.POSITIVE_INFINITY;

export function ruleRows(g: PartnerGraph, rule: Rule): RuleRow[] {
  const orgs = organisations(g);
  if (rule.type === 'at-most' || rule.type === 'at-least') {
    const ids = orgs.filter((o) => matchesFilter(g, o, rule.of)).map((o) => o.id);
    const coefficients = ids.map(() => 1);
    return [
      rule.type === 'at-most'
        ? { ids, coefficients, lower: -INF, upper: rule.max }
        : { ids, coefficients, lower: rule.min, upper: INF },
    ];
  }
  const capability = g.vocabulary.canonical(rule.require.offers);
  const rows: RuleRow[] = [];
  // Providers by domain (null: anywhere), gathered once per rule.
  const providers = new Map<string | null, string[]>();
  for (const s of orgs) {
    if (!provides(g, s.id, capability, null)) continue;
    const add = (d: string | null) => {
      const list = providers.get(d);
      if (list) list.push(s.id);
      else providers.set(d, [s.id]);
    };
    add(null);
    g.graph.forEachNeighbor(orgKey(s.id), (_, node) => {
      if (node.type === 'domain') add(node.id);
    });
  }
  for (const o of orgs) {
    if (!matchesFilter(g, o, rule.when)) continue;
    const domains: (string | null)[] = [];
    if (rule.require.scope === 'anywhere') domains.push(null);
    else {
      g.graph.forEachNeighbor(orgKey(o.id), (_, node) => {
        if (node.type === 'domain') domains.push(node.id);
      });
    }
    for (const domain of domains) {
      if (provides(g, o.id, capability, domain)) continue;
      const others = providers.get(domain) ?? [];
      rows.push({
        ids: [o.id, ...others],
        coefficients: [1, ...others.map(() => -1)],
        lower: -INF,
        upper: 0,
      });
    }
  }
  return rows;
}

function organisations(g: PartnerGraph): OrganisationNode[] {
  const out: OrganisationNode[] = [];
  for (const id of g.organisations) {
    const node = g.graph.getNodeAttributes(orgKey(id));
    if (node.type === 'organisation') out.push(node);
  }
  return out;
}
