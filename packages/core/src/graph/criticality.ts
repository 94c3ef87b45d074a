/**
 * Dependencies of the running portfolio: which incumbents the needs hang on. A partner's
 * exit opens every need it serves that is met today and would fall below `min` without it.
 * Ranked by gaps opened, then needs served, then id. Concentration shows how the
 * incumbents spread over kinds and domains (shares and a Herfindahl–Hirschman index).
 */
import { PARTNER_KINDS } from '../model/types.js';
import { isIncumbentStatus } from '../workspace/lifecycle.js';
import { type OrganisationNode, orgKey, type PartnerGraph } from './build-graph.js';
import { type GapsReport, gapsReport } from './coverage.js';

export interface NeedRef {
  readonly capability: string;
  readonly domain: string | null;
}

export interface CriticalPartner {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly status: string;
  /** Needs met today that this partner's exit would leave short. */
  readonly gapsOpened: readonly NeedRef[];
  /** Needs this partner is a provider of. */
  readonly needsServed: readonly NeedRef[];
}

export interface Share {
  readonly key: string;
  readonly count: number;
  readonly share: number;
}

export interface Concentration {
  readonly incumbents: number;
  readonly byKind: readonly Share[];
  /** Σ share² over kinds: 1 when every incumbent is of one kind. */
  readonly hhiKind: number;
  /** A partner in several domains counts once in each. */
  readonly byDomain: readonly Share[];
  readonly hhiDomain: number;
}

export interface CriticalReport {
  readonly critical: readonly CriticalPartner[];
  readonly concentration: Concentration;
}

/** `gaps` may be handed in when already computed on the same graph. */
export function criticalReport(g: PartnerGraph, gaps: GapsReport = gapsReport(g)): CriticalReport {
  const incumbents: OrganisationNode[] = [];
  for (const id of g.organisations) {
    const node = g.graph.getNodeAttributes(orgKey(id));
    if (node.type === 'organisation' && isIncumbentStatus(node.status)) incumbents.push(node);
  }
  const opened = new Map<string, NeedRef[]>();
  const served = new Map<string, NeedRef[]>();
  for (const n of gaps.needs) {
    const ref = { capability: n.capability, domain: n.domain };
    const breaks = !n.gap && n.have - 1 < n.min;
    for (const id of n.providers) {
      push(served, id, ref);
      if (breaks) push(opened, id, ref);
    }
  }
  const critical = incumbents
    .map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      status: o.status,
      gapsOpened: opened.get(o.id) ?? [],
      needsServed: served.get(o.id) ?? [],
    }))
    .sort(
      (a, b) =>
        b.gapsOpened.length - a.gapsOpened.length ||
        b.needsServed.length - a.needsServed.length ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return { critical, concentration: concentration(g, incumbents) };
}

function concentration(g: PartnerGraph, incumbents: readonly OrganisationNode[]): Concentration {
  const kinds = new Map<string, number>(PARTNER_KINDS.map((k) => [k, 0]));
  const domains = new Map<string, number>();
  for (const o of incumbents) {
    kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
    g.graph.forEachNeighbor(orgKey(o.id), (_, node) => {
      if (node.type === 'domain') domains.set(node.id, (domains.get(node.id) ?? 0) + 1);
    });
  }
  const byKind = shares(kinds);
  const byDomain = shares(domains);
  return {
    incumbents: incumbents.length,
    byKind,
    hhiKind: hhi(byKind),
    byDomain,
    hhiDomain: hhi(byDomain),
  };
}

function shares(counts: ReadonlyMap<string, number>): Share[] {
  let total = 0;
  for (const c of counts.values()) total += c;
  return [...counts]
    .map(([key, count]) => ({ key, count, share: total === 0 ? 0 : count / total }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

const hhi = (list: readonly Share[]): number => list.reduce((s, x) => s + x.share * x.share, 0);

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
