/**
 * Per graph, built once and kept (the graph is not changed after it is built): for each
 * capability, the incumbents that offer it with the domains they work in. Coverage and
 * criticality then cost O(needs × incumbents of a capability) instead of a walk of every
 * organisation offering it per need.
 */
import { isIncumbentStatus } from '../workspace/lifecycle.js';
import { orgKey, type PartnerGraph } from './build-graph.js';

export interface IncumbentEntry {
  readonly id: string;
  readonly domains: ReadonlySet<string>;
}

const cache = new WeakMap<PartnerGraph, ReadonlyMap<string, readonly IncumbentEntry[]>>();

export function incumbentsByCapability(
  g: PartnerGraph,
): ReadonlyMap<string, readonly IncumbentEntry[]> {
  const known = cache.get(g);
  if (known) return known;
  const index = new Map<string, IncumbentEntry[]>();
  for (const id of g.organisations) {
    const key = orgKey(id);
    const node = g.graph.getNodeAttributes(key);
    if (node.type !== 'organisation' || !isIncumbentStatus(node.status)) continue;
    const domains = new Set<string>();
    const capabilities: string[] = [];
    g.graph.forEachNeighbor(key, (_, other) => {
      if (other.type === 'domain') domains.add(other.id);
      else if (other.type === 'capability') capabilities.push(other.id);
    });
    const entry = { id, domains };
    for (const c of capabilities) {
      const list = index.get(c);
      if (list) list.push(entry);
      else index.set(c, [entry]);
    }
  }
  cache.set(g, index);
  return index;
}
