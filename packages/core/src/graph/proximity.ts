/**
 * Graph proximity of a candidate to the incumbents: Adamic–Adar over the neighbours a
 * candidate shares with incumbents, where a neighbour is a domain both work in or an
 * organisation both have a positive synergy with (a co-partner); a shared neighbour z
 * weighs 1/ln(deg z), so a niche domain says more than one everybody works in
 * (Adamic & Adar, "Friends and neighbors on the Web", Social Networks 25, 2003).
 * A direct positive synergy with an incumbent counts 1.
 */
import { isIncumbentStatus } from '../workspace/lifecycle.js';
import { type GraphEdge, type GraphNode, orgKey, type PartnerGraph } from './build-graph.js';

export interface SharedNeighbour {
  readonly via: { readonly type: 'domain' | 'organisation'; readonly id: string };
  /** Incumbents also linked to `via`, by id (at most 5 listed). */
  readonly incumbents: readonly string[];
  readonly count: number;
  /** count / ln(deg): this neighbour's part of the raw score. */
  readonly weight: number;
}

export interface Proximity {
  readonly raw: number;
  readonly shared: readonly SharedNeighbour[];
  readonly synergies: readonly { readonly with: string; readonly value: number }[];
  /** Incumbents this organisation shares agreements with, and which. */
  readonly coPartners: readonly { readonly with: string; readonly agreements: readonly string[] }[];
}

/**
 * A proximity edge: works-in, a synergy with a positive expected value, or a shared
 * agreement (co-partners; a synergy edge between co-partners carries `agreements`).
 */
const near = (edge: GraphEdge): boolean =>
  edge.type === 'works-in' ||
  edge.type === 'co-partner' ||
  (edge.type === 'synergy' && ((edge.value ?? 0) > 0 || (edge.agreements?.length ?? 0) > 0));

/** Per shared-neighbour node: its proximity degree and its incumbent neighbours. Built once per query. */
export interface ProximityIndex {
  readonly degree: Map<string, number>;
  readonly incumbents: Map<string, string[]>;
}

const cache = new WeakMap<PartnerGraph, ProximityIndex>();

/** Built once per graph and kept: the graph is not changed after it is built. */
export function proximityIndex(g: PartnerGraph): ProximityIndex {
  const known = cache.get(g);
  if (known) return known;
  const degree = new Map<string, number>();
  const incumbents = new Map<string, string[]>();
  g.graph.forEachEdge((_, edge, source, target, sa, ta) => {
    if (!near(edge)) return;
    count(source, ta);
    count(target, sa);
  });
  function count(node: string, otherAttributes: GraphNode) {
    degree.set(node, (degree.get(node) ?? 0) + 1);
    if (otherAttributes.type !== 'organisation' || !isIncumbentStatus(otherAttributes.status))
      return;
    const list = incumbents.get(node);
    if (list) list.push(otherAttributes.id);
    else incumbents.set(node, [otherAttributes.id]);
  }
  for (const list of incumbents.values()) list.sort();
  const index = { degree, incumbents };
  cache.set(g, index);
  return index;
}

export function proximity(g: PartnerGraph, index: ProximityIndex, id: string): Proximity {
  const key = orgKey(id);
  const shared: SharedNeighbour[] = [];
  const synergies: { with: string; value: number }[] = [];
  const coPartners: { with: string; agreements: readonly string[] }[] = [];
  let raw = 0;
  const self = g.graph.getNodeAttributes(key);
  const selfIncumbent = self.type === 'organisation' && isIncumbentStatus(self.status);
  g.graph.forEachEdge(key, (_, edge, source, target, sa, ta) => {
    if (!near(edge)) return;
    const [other, node] = source === key ? [target, ta] : [source, sa];
    if (node.type === 'organisation' && isIncumbentStatus(node.status)) {
      if (edge.type === 'synergy' && (edge.value ?? 0) > 0) {
        synergies.push({ with: node.id, value: edge.value ?? 0 });
      }
      if (edge.agreements !== undefined) {
        coPartners.push({ with: node.id, agreements: edge.agreements });
      }
      raw += 1;
    }
    if (node.type === 'capability') return;
    const list = index.incumbents.get(other) ?? [];
    const linked = list.length - (selfIncumbent ? 1 : 0);
    const degree = index.degree.get(other) ?? 0;
    if (linked <= 0 || degree < 2) return;
    const weight = linked / Math.log(degree);
    raw += weight;
    shared.push({
      via: { type: node.type === 'domain' ? 'domain' : 'organisation', id: node.id },
      incumbents: list
        .slice(0, 6)
        .filter((i) => i !== id)
        .slice(0, 5),
      count: linked,
      weight,
    });
  });
  shared.sort((a, b) => b.weight - a.weight || (a.via.id < b.via.id ? -1 : 1));
  return { raw, shared, synergies, coPartners };
}

/**
 * `proximity(...).raw` without the explanation, for ranking every candidate before the
 * facts are gathered for the top few. Candidates are never incumbents.
 */
export function proximityScore(g: PartnerGraph, index: ProximityIndex, key: string): number {
  let raw = 0;
  g.graph.forEachEdge(key, (_, edge, source, target, sa, ta) => {
    if (!near(edge)) return;
    const [other, node] = source === key ? [target, ta] : [source, sa];
    if (node.type === 'organisation' && isIncumbentStatus(node.status)) raw += 1;
    const linked = index.incumbents.get(other)?.length ?? 0;
    const degree = index.degree.get(other) ?? 0;
    if (linked > 0 && degree >= 2) raw += linked / Math.log(degree);
  });
  return raw;
}
