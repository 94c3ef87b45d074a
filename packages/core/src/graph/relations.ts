/**
 * Agreements, people and IP assets in the partner graph, from stored data (the spec has
 * none of them): an agreement node per agreement with `party-to` edges (with its dates)
 * from each party; `co-partner` edges between partners that share an agreement (a synergy
 * edge between them carries the agreements instead: the graph keeps one edge per pair);
 * a person per partner contact (`contact-of`); per agreement one foreground IP asset that
 * its owners `own` by share and that is `under` the agreement, and each party's
 * background IP (`owns`, share 1). Our own organisation is one `self` node, the party `us`.
 * Co-partner edges count as proximity for matching (a common co-partner).
 */

import type { Portfolio } from '../model/types.js';
import {
  type AgreementNode,
  buildPartnerGraph,
  type GraphEdge,
  orgKey,
  type PartnerGraph,
  type PortfolioGraph,
} from './build-graph.js';

export interface GraphAgreement {
  /** The agreement's id in its document (`jrd-2026-01`). */
  readonly id: string;
  readonly title: string;
  readonly type: string;
  readonly status: string;
  readonly start: string;
  readonly end: string | null;
  /** Each party, and the partner id it stands for (null for our own organisation). */
  readonly parties: readonly { readonly party: string; readonly partner: string | null }[];
  readonly ip?: {
    readonly foreground?: Readonly<Record<string, string | number>>;
    readonly background?: Readonly<Record<string, string>>;
  };
}

export interface GraphContact {
  readonly partner: string;
  readonly name: string;
  readonly role?: string | undefined;
}

export interface GraphRelations {
  readonly agreements?: readonly GraphAgreement[];
  readonly contacts?: readonly GraphContact[];
}

export const SELF_KEY = 's:us';
export const agreementKey = (id: string): string => `a:${id}`;
export const personKey = (partner: string, index: number): string => `p:${partner}#${index}`;
export const ipKey = (agreement: string, which: string): string => `i:${agreement}#${which}`;

/** The portfolio's graph with the stored relations added (before any query builds its caches). */
export function buildRelationGraph(portfolio: Portfolio, relations: GraphRelations): PartnerGraph {
  const g = buildPartnerGraph(portfolio);
  addRelations(g.graph, portfolio.organization, relations);
  return g;
}

function addRelations(graph: PortfolioGraph, organization: string, r: GraphRelations): void {
  const perPartner = new Map<string, number>();
  for (const c of r.contacts ?? []) {
    const org = orgKey(c.partner);
    if (!graph.hasNode(org)) continue;
    const index = perPartner.get(c.partner) ?? 0;
    perPartner.set(c.partner, index + 1);
    const key = personKey(c.partner, index);
    graph.addNode(key, {
      type: 'person',
      id: key,
      name: c.name,
      role: c.role ?? null,
      organisation: c.partner,
    });
    graph.addEdge(key, org, { type: 'contact-of' });
  }
  for (const a of r.agreements ?? []) {
    const key = agreementKey(a.id);
    if (graph.hasNode(key)) continue;
    const node: AgreementNode = {
      type: 'agreement',
      id: a.id,
      title: a.title,
      agreementType: a.type,
      status: a.status,
      start: a.start,
      end: a.end,
    };
    graph.addNode(key, node);
    // Party name → graph node key (a party that is neither us nor a known partner is left out).
    const nodes = new Map<string, string>();
    for (const p of a.parties) {
      const at = p.partner === null ? selfNode(graph, organization) : orgKey(p.partner);
      if (!graph.hasNode(at) || graph.hasEdge(at, key)) continue;
      nodes.set(p.party, at);
      graph.addEdge(at, key, { type: 'party-to', start: a.start, end: a.end });
    }
    const partners = [...nodes.values()].filter((k) => k !== SELF_KEY);
    for (let i = 0; i < partners.length; i++) {
      for (let j = i + 1; j < partners.length; j++) {
        coPartner(graph, partners[i] as string, partners[j] as string, a.id);
      }
    }
    addIp(graph, a, nodes);
  }
}

function selfNode(graph: PortfolioGraph, organization: string): string {
  if (!graph.hasNode(SELF_KEY)) {
    graph.addNode(SELF_KEY, { type: 'self', id: 'us', name: organization || 'us' });
  }
  return SELF_KEY;
}

function coPartner(graph: PortfolioGraph, a: string, b: string, agreement: string): void {
  const edge = graph.edge(a, b);
  if (edge === undefined) {
    graph.addEdge(a, b, { type: 'co-partner', agreements: [agreement] });
    return;
  }
  graph.updateEdgeAttributes(edge, (e: GraphEdge) => ({
    ...e,
    agreements: [...(e.agreements ?? []), agreement],
  }));
}

function addIp(graph: PortfolioGraph, a: GraphAgreement, nodes: ReadonlyMap<string, string>): void {
  const foreground = Object.entries(a.ip?.foreground ?? {});
  if (foreground.length > 0) {
    const key = ipKey(a.id, 'foreground');
    graph.addNode(key, {
      type: 'ip',
      id: key,
      ip: 'foreground',
      agreement: a.id,
      description: null,
    });
    graph.addEdge(key, agreementKey(a.id), { type: 'under' });
    for (const [party, share] of foreground) {
      const owner = nodes.get(party);
      if (owner !== undefined) graph.addEdge(owner, key, { type: 'owns', share: Number(share) });
    }
  }
  for (const [party, description] of Object.entries(a.ip?.background ?? {})) {
    const owner = nodes.get(party);
    if (owner === undefined) continue;
    const key = ipKey(a.id, `background:${party}`);
    graph.addNode(key, { type: 'ip', id: key, ip: 'background', agreement: a.id, description });
    graph.addEdge(key, agreementKey(a.id), { type: 'under' });
    graph.addEdge(owner, key, { type: 'owns', share: 1 });
  }
}
