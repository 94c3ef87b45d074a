/**
 * Evaluates rules (rules-schema.ts) on a selection of organisations: by default the
 * incumbents. Each evaluation says whether the rule fired and on which facts, so a
 * review or the optimiser can show why a selection is blocked.
 */
import { isIncumbentStatus } from '../workspace/lifecycle.js';
import {
  domainKey,
  type OrganisationNode,
  orgKey,
  type PartnerGraph,
  provides,
} from './build-graph.js';
import type { Rule, RuleFilter } from './rules-schema.js';
import { normalizeWord } from './vocabulary.js';

export type RuleFinding =
  | {
      readonly finding: 'missing-capability';
      readonly partner: string;
      readonly domain: string | null;
      readonly capability: string;
    }
  | { readonly finding: 'too-many'; readonly members: readonly string[]; readonly max: number }
  | { readonly finding: 'too-few'; readonly members: readonly string[]; readonly min: number };

export interface RuleEvaluation {
  readonly rule: string;
  readonly type: Rule['type'];
  readonly severity: Rule['severity'];
  readonly fired: boolean;
  readonly findings: readonly RuleFinding[];
  readonly message: string | null;
}

export interface RulesReport {
  readonly selection: readonly string[];
  /** True when a gate fired. */
  readonly blocked: boolean;
  readonly evaluations: readonly RuleEvaluation[];
}

export function evaluateRules(
  g: PartnerGraph,
  rules: readonly Rule[],
  selection?: readonly string[],
): RulesReport {
  const selected = selectionNodes(g, selection);
  const evaluations = rules.map((rule) => {
    const findings =
      rule.type === 'requires'
        ? requires(g, rule, selected)
        : rule.type === 'at-most'
          ? atMost(g, rule, selected)
          : atLeast(g, rule, selected);
    const fired = findings.length > 0;
    return {
      rule: rule.id,
      type: rule.type,
      severity: rule.severity,
      fired,
      findings,
      message: fired ? (rule.message ?? describe(rule, findings)) : null,
    };
  });
  return {
    selection: selected.map((o) => o.id),
    blocked: evaluations.some((e) => e.fired && e.severity === 'gate'),
    evaluations,
  };
}

function selectionNodes(g: PartnerGraph, selection?: readonly string[]): OrganisationNode[] {
  const out: OrganisationNode[] = [];
  const wanted = selection === undefined ? null : new Set(selection);
  for (const id of g.organisations) {
    const node = g.graph.getNodeAttributes(orgKey(id));
    if (node.type !== 'organisation') continue;
    if (wanted ? wanted.has(id) : isIncumbentStatus(node.status)) out.push(node);
  }
  return out;
}

export function matchesFilter(g: PartnerGraph, o: OrganisationNode, f: RuleFilter): boolean {
  if (f.ids && !f.ids.includes(o.id)) return false;
  if (f.kind && o.kind !== f.kind) return false;
  if (f.status && !f.status.includes(o.status)) return false;
  if (f.domain && !g.graph.hasEdge(orgKey(o.id), domainKey(normalizeWord(f.domain)))) return false;
  if (f.offers && !provides(g, o.id, g.vocabulary.canonical(f.offers), null)) return false;
  return true;
}

function requires(
  g: PartnerGraph,
  rule: Extract<Rule, { type: 'requires' }>,
  selected: readonly OrganisationNode[],
): RuleFinding[] {
  const capability = g.vocabulary.canonical(rule.require.offers);
  const findings: RuleFinding[] = [];
  // Where the selection offers the capability (null: somewhere), gathered once: linear work.
  const offered = new Set<string | null>();
  for (const s of selected) {
    if (!provides(g, s.id, capability, null)) continue;
    offered.add(null);
    g.graph.forEachNeighbor(orgKey(s.id), (_, node) => {
      if (node.type === 'domain') offered.add(node.id);
    });
  }
  for (const o of selected) {
    if (!matchesFilter(g, o, rule.when)) continue;
    const domains: (string | null)[] = [];
    if (rule.require.scope === 'anywhere') domains.push(null);
    else {
      g.graph.forEachNeighbor(orgKey(o.id), (_, node) => {
        if (node.type === 'domain') domains.push(node.id);
      });
    }
    for (const domain of domains) {
      if (offered.has(domain)) continue;
      findings.push({ finding: 'missing-capability', partner: o.id, domain, capability });
    }
  }
  return findings;
}

function atMost(
  g: PartnerGraph,
  rule: Extract<Rule, { type: 'at-most' }>,
  selected: readonly OrganisationNode[],
): RuleFinding[] {
  const members = selected.filter((o) => matchesFilter(g, o, rule.of)).map((o) => o.id);
  return members.length > rule.max ? [{ finding: 'too-many', members, max: rule.max }] : [];
}

function atLeast(
  g: PartnerGraph,
  rule: Extract<Rule, { type: 'at-least' }>,
  selected: readonly OrganisationNode[],
): RuleFinding[] {
  const members = selected.filter((o) => matchesFilter(g, o, rule.of)).map((o) => o.id);
  return members.length < rule.min ? [{ finding: 'too-few', members, min: rule.min }] : [];
}

function describe(rule: Rule, findings: readonly RuleFinding[]): string {
  return findings
    .map((f) =>
      f.finding === 'missing-capability'
        ? `rule \`${rule.id}\`: ${f.partner} needs a selected partner offering ${f.capability}${f.domain ? ` in ${f.domain}` : ''}, and none does`
        : f.finding === 'too-many'
          ? `rule \`${rule.id}\`: ${f.members.join(', ')} are ${f.members.length} in one selection, at most ${f.max} allowed`
          : `rule \`${rule.id}\`: ${f.members.length === 0 ? 'no partner' : f.members.join(', ')} in the selection, at least ${f.min} needed`,
    )
    .join('; ');
}
