/**
 * One node and its neighbourhood, for a readable drawing instead of the whole tangle: the
 * node, its neighbours (at most `limit`: incumbents first, then by degree, then by key) and
 * every edge among the nodes shown. A capability offered by thousands of candidates shows
 * its incumbents and the best-connected others, and says how many are left out.
 */
import { isIncumbentStatus } from '../workspace/lifecycle.js';
import type { GraphEdge, GraphNode, PartnerGraph } from './build-graph.js';

export interface FocusNode {
  readonly key: string;
  readonly node: GraphNode;
  /** Neighbours in the whole graph. */
  readonly degree: number;
  /** Capabilities: the vocabulary's labels. */
  readonly labels?: { readonly en: string; readonly 'zh-CN': string };
}

export interface FocusEdge {
  readonly source: string;
  readonly target: string;
  readonly edge: GraphEdge;
}

export interface FocusView {
  readonly center: string;
  readonly nodes: readonly FocusNode[];
  readonly edges: readonly FocusEdge[];
  /** Neighbours of the centre left out by the limit. */
  readonly omitted: number;
}

export const FOCUS_LIMIT = 40;

/** Undefined when `key` is no node of the graph. */
export function focusGraph(
  g: PartnerGraph,
  key: string,
  limit: number = FOCUS_LIMIT,
): FocusView | undefined {
  const graph = g.graph;
  if (!graph.hasNode(key)) return undefined;
  const neighbours: { key: string; node: GraphNode; degree: number; incumbent: boolean }[] = [];
  graph.forEachNeighbor(key, (k, node) => {
    neighbours.push({
      key: k,
      node,
      degree: graph.degree(k),
      incumbent: node.type === 'organisation' && isIncumbentStatus(node.status),
    });
  });
  neighbours.sort(
    (a, b) =>
      Number(b.incumbent) - Number(a.incumbent) ||
      b.degree - a.degree ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const shown = neighbours.slice(0, Math.max(0, limit));
  const nodes: FocusNode[] = [
    describe(g, key, graph.getNodeAttributes(key), graph.degree(key)),
    ...shown.map((n) => describe(g, n.key, n.node, n.degree)),
  ];
  const edges: FocusEdge[] = [];
  // Pairs among at most limit + 1 nodes: bounded however large the graph is.
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = (nodes[i] as FocusNode).key;
      const b = (nodes[j] as FocusNode).key;
      const e = graph.edge(a, b);
      if (e !== undefined) edges.push({ source: a, target: b, edge: graph.getEdgeAttributes(e) });
    }
  }
  return { center: key, nodes, edges, omitted: neighbours.length - shown.length };
}

function describe(g: PartnerGraph, key: string, node: GraphNode, degree: number): FocusNode {
  if (node.type !== 'capability') return { key, node, degree };
  return {
    key,
    node,
    degree,
    labels: {
      en: g.vocabulary.label(node.id, 'en'),
      'zh-CN': g.vocabulary.label(node.id, 'zh-CN'),
    },
  };
}
