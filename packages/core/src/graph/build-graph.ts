/**
 * One typed graph of the portfolio, held in graphology: organisations (with their lifecycle
 * status), capabilities and domains as nodes; `offers` (organisation–capability), `works-in`
 * (organisation–domain) and `synergy` (organisation–organisation) as edges. Agreements,
 * people (contacts) and IP assets join from stored data (relations.ts: buildRelationGraph).
 * Capabilities are canonical words of the vocabulary, so `capital` and `funding` meet at
 * one node.
 */
import { UndirectedGraph } from 'graphology';
import { expectedValue } from '../model/distributions.js';
import type { Need, PartnerKind, Portfolio } from '../model/types.js';
import type { Issue } from '../util/issues.js';
import type { PartnerStatus } from '../workspace/lifecycle.js';
import { buildVocabulary, normalizeWord, type Vocabulary } from './vocabulary.js';

export interface OrganisationNode {
  readonly type: 'organisation';
  readonly id: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly status: PartnerStatus;
}
export interface CapabilityNode {
  readonly type: 'capability';
  readonly id: string;
}
export interface DomainNode {
  readonly type: 'domain';
  readonly id: string;
}
/** Our own organisation: a party to agreements, never a partner (not in `organisations`). */
export interface SelfNode {
  readonly type: 'self';
  readonly id: string;
  readonly name: string;
}
export interface AgreementNode {
  readonly type: 'agreement';
  readonly id: string;
  readonly title: string;
  readonly agreementType: string;
  readonly status: string;
  readonly start: string;
  readonly end: string | null;
}
export interface PersonNode {
  readonly type: 'person';
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  /** The organisation the person is a contact of. */
  readonly organisation: string;
}
export interface IpNode {
  readonly type: 'ip';
  readonly id: string;
  /** Foreground: what the agreement produces; background: what a party brings in and keeps. */
  readonly ip: 'foreground' | 'background';
  readonly agreement: string;
  readonly description: string | null;
}
export type GraphNode =
  | OrganisationNode
  | CapabilityNode
  | DomainNode
  | SelfNode
  | AgreementNode
  | PersonNode
  | IpNode;

export type GraphEdgeType =
  | 'offers'
  | 'works-in'
  | 'synergy'
  | 'party-to'
  | 'co-partner'
  | 'contact-of'
  | 'owns'
  | 'under';

export interface GraphEdge {
  readonly type: GraphEdgeType;
  /** For `offers`: the word the spec wrote, when it differs from the canonical id. */
  readonly as?: string;
  /** For `synergy`: its expected value. */
  readonly value?: number;
  /** For `party-to`: the agreement's dates. */
  readonly start?: string;
  readonly end?: string | null;
  /** For `co-partner` (and a synergy between co-partners): the shared agreements, by id. */
  readonly agreements?: readonly string[];
  /** For `owns`: the owner's share of foreground IP (1 for background). */
  readonly share?: number;
}

export type PortfolioGraph = UndirectedGraph<GraphNode, GraphEdge>;

/** A need with its capability made canonical and its domain normalised. */
export interface CanonicalNeed {
  readonly capability: string;
  readonly domain: string | null;
  readonly min: number;
  /** The words as the spec wrote them, for answers a user recognises. */
  readonly written: { readonly capability: string; readonly domain: string | null };
}

export interface PartnerGraph {
  readonly graph: PortfolioGraph;
  readonly vocabulary: Vocabulary;
  readonly needs: readonly CanonicalNeed[];
  /** Organisation ids in spec order. */
  readonly organisations: readonly string[];
  readonly issues: readonly Issue[];
}

export const orgKey = (id: string): string => `o:${id}`;
export const capabilityKey = (id: string): string => `c:${id}`;
export const domainKey = (id: string): string => `d:${id}`;

export function buildPartnerGraph(portfolio: Portfolio): PartnerGraph {
  const { vocabulary, issues } = buildVocabulary(portfolio.vocabulary ?? []);
  const graph: PortfolioGraph = new UndirectedGraph<GraphNode, GraphEdge>();
  const organisations: string[] = [];
  const capabilities = new Set<string>();
  const domains = new Set<string>();
  // Few distinct words, many partners: normalise each word once.
  const words = new Map<string, { capability: string; written: string }>();
  const domainWords = new Map<string, string>();
  for (const p of portfolio.partners) {
    const key = orgKey(p.id);
    if (graph.hasNode(key)) continue;
    organisations.push(p.id);
    graph.addNode(key, {
      type: 'organisation',
      id: p.id,
      name: p.name,
      kind: p.kind,
      status: p.status ?? 'candidate',
    });
    // Duplicates within one partner are skipped with a local set (cheaper than hasEdge).
    const seen = new Set<string>();
    for (const word of p.offers) {
      let known = words.get(word);
      if (known === undefined) {
        known = { capability: vocabulary.canonical(word), written: normalizeWord(word) };
        words.set(word, known);
      }
      const { capability, written } = known;
      const c = capabilityKey(capability);
      if (seen.has(c)) continue;
      seen.add(c);
      if (!capabilities.has(c)) {
        capabilities.add(c);
        graph.addNode(c, { type: 'capability', id: capability });
      }
      graph.addEdge(
        key,
        c,
        written === capability ? { type: 'offers' } : { type: 'offers', as: word },
      );
    }
    for (const word of p.domains) {
      let domain = domainWords.get(word);
      if (domain === undefined) {
        domain = normalizeWord(word);
        domainWords.set(word, domain);
      }
      const d = domainKey(domain);
      if (seen.has(d)) continue;
      seen.add(d);
      if (!domains.has(d)) {
        domains.add(d);
        graph.addNode(d, { type: 'domain', id: domain });
      }
      graph.addEdge(key, d, { type: 'works-in' });
    }
  }
  const pairs = new Set<string>();
  for (const s of portfolio.synergies) {
    const a = orgKey(s.between[0]);
    const b = orgKey(s.between[1]);
    // NUL cannot appear in a YAML or JSON id a person writes: the key is unambiguous.
    const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (a === b || pairs.has(pair) || !graph.hasNode(a) || !graph.hasNode(b)) continue;
    pairs.add(pair);
    graph.addEdge(a, b, { type: 'synergy', value: expectedValue(s.value) });
  }
  const needs = (portfolio.needs ?? []).map((n) => canonicalNeed(n, vocabulary));
  return { graph, vocabulary, needs, organisations, issues };
}

export function canonicalNeed(
  need: Omit<Need, 'min'> & { min?: number },
  vocabulary: Vocabulary,
): CanonicalNeed {
  const domain = need.domain === undefined ? null : normalizeWord(need.domain);
  return {
    capability: vocabulary.canonical(need.capability),
    domain,
    min: need.min ?? 1,
    written: { capability: need.capability, domain: need.domain ?? null },
  };
}

export function organisation(g: PartnerGraph, id: string): OrganisationNode | undefined {
  const key = orgKey(id);
  if (!g.graph.hasNode(key)) return undefined;
  const node = g.graph.getNodeAttributes(key);
  return node.type === 'organisation' ? node : undefined;
}

/** Does organisation `id` offer `capability` (canonical) and, when given, work in `domain`? */
export function provides(
  g: PartnerGraph,
  id: string,
  capability: string,
  domain: string | null,
): boolean {
  const key = orgKey(id);
  if (!g.graph.hasEdge(key, capabilityKey(capability))) return false;
  return domain === null || g.graph.hasEdge(key, domainKey(domain));
}

/** Organisations that offer `capability` (and work in `domain` when given), in spec order of discovery. */
export function providersOf(
  g: PartnerGraph,
  capability: string,
  domain: string | null,
): OrganisationNode[] {
  const c = capabilityKey(capability);
  if (!g.graph.hasNode(c)) return [];
  const out: OrganisationNode[] = [];
  const d = domain === null ? null : domainKey(domain);
  g.graph.forEachNeighbor(c, (key, node) => {
    if (node.type !== 'organisation') return;
    if (d !== null && !g.graph.hasEdge(key, d)) return;
    out.push(node);
  });
  return out;
}
