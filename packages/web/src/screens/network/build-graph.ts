/**
 * The partner network as plain data: partner, capability (offer) and domain nodes;
 * partner→offer, partner→domain and partner–partner synergy edges; degree centrality; and
 * which capabilities required by `constraints.cover` the current selection covers. Pure,
 * so the graph, the tables and the tests read the same numbers.
 */
import type { Partner } from '../../api/types';
import { expectedValue } from '../../engine';

export const KINDS = ['academic', 'enterprise', 'government', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export type NetworkPartner = Pick<Partner, 'id' | 'name' | 'kind' | 'offers' | 'domains'>;
/** A distribution as the API writes it (`{ triangular: [min, mode, max] }`, ...). */
export type ApiDistribution =
  | number
  | { readonly uniform: readonly number[] }
  | { readonly triangular: readonly number[] }
  | { readonly pert: readonly number[] }
  | { readonly normal: readonly number[] }
  | { readonly lognormal: readonly number[] };

export interface NetworkSynergy {
  /** The two partners' ids. */
  readonly between: readonly string[];
  readonly value: ApiDistribution;
}

export type GraphNode =
  | {
      readonly id: string;
      readonly type: 'partner';
      readonly partner: NetworkPartner;
      readonly selected: boolean;
    }
  | {
      readonly id: string;
      readonly type: 'offer';
      readonly name: string;
      readonly required: boolean;
      readonly covered: boolean;
    }
  | { readonly id: string; readonly type: 'domain'; readonly name: string };

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly relation: 'offers' | 'domain' | 'synergy';
  /** The expected synergy value (synergy edges only). */
  readonly value?: number;
}

export interface PartnerCentrality {
  readonly partner: NetworkPartner;
  readonly selected: boolean;
  readonly degree: number;
  readonly synergies: number;
  /** degree / (nodes − 1). */
  readonly centrality: number;
}

export interface Coverage {
  readonly offer: string;
  readonly covered: boolean;
  /** The selected partners that offer it. */
  readonly by: readonly string[];
}

export interface NetworkGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly centrality: readonly PartnerCentrality[];
  /** Partners left out because the graph holds at most `limit` (the most connected are kept). */
  readonly omitted: number;
}

export const partnerNode = (id: string) => `partner:${id}`;
export const offerNode = (name: string) => `offer:${name}`;
export const domainNode = (name: string) => `domain:${name}`;

/** The expected value of a distribution as the API writes it, by the engine's own formulas. */
export function meanOf(value: ApiDistribution): number {
  if (typeof value === 'number') return value;
  const at = (xs: readonly number[], i: number) => xs[i] ?? Number.NaN;
  if ('uniform' in value) {
    return expectedValue({ kind: 'uniform', min: at(value.uniform, 0), max: at(value.uniform, 1) });
  }
  if ('triangular' in value) {
    const t = value.triangular;
    return expectedValue({ kind: 'triangular', min: at(t, 0), mode: at(t, 1), max: at(t, 2) });
  }
  if ('pert' in value) {
    const t = value.pert;
    return expectedValue({ kind: 'pert', min: at(t, 0), mode: at(t, 1), max: at(t, 2) });
  }
  if ('normal' in value) {
    return expectedValue({ kind: 'normal', mean: at(value.normal, 0), sd: at(value.normal, 1) });
  }
  return expectedValue({
    kind: 'lognormal',
    mu: at(value.lognormal, 0),
    sigma: at(value.lognormal, 1),
  });
}

/** Coverage of each required offer by the selected partners (all partners, not the filtered view). */
export function coverageOf(
  required: readonly string[],
  partners: readonly NetworkPartner[],
  selected: ReadonlySet<string> | undefined,
): Coverage[] {
  return required.map((offer) => {
    const by =
      selected === undefined
        ? []
        : partners.filter((p) => selected.has(p.id) && p.offers.includes(offer)).map((p) => p.id);
    return { offer, covered: by.length > 0, by };
  });
}

export interface BuildOptions {
  readonly kinds: ReadonlySet<Kind>;
  readonly required: readonly string[];
  readonly selected: ReadonlySet<string> | undefined;
  readonly limit: number;
}

export function buildGraph(
  partners: readonly NetworkPartner[],
  synergies: readonly NetworkSynergy[],
  { kinds, required, selected, limit }: BuildOptions,
): NetworkGraph {
  const shown = partners.filter((p) => kinds.has(p.kind));
  const synergyCount = new Map<string, number>();
  for (const { between } of synergies) {
    for (const id of between) synergyCount.set(id, (synergyCount.get(id) ?? 0) + 1);
  }
  const isSelected = (id: string) => selected?.has(id) ?? false;
  // Beyond `limit` partners a force layout is unreadable: keep the selected, then the most connected.
  const weight = (p: NetworkPartner) =>
    p.offers.length + p.domains.length + (synergyCount.get(p.id) ?? 0);
  const kept =
    shown.length <= limit
      ? shown
      : [...shown]
          .sort(
            (a, b) =>
              Number(isSelected(b.id)) - Number(isSelected(a.id)) ||
              weight(b) - weight(a) ||
              a.id.localeCompare(b.id),
          )
          .slice(0, limit);
  const keptIds = new Set(kept.map((p) => p.id));

  const covered = new Set(
    coverageOf(required, partners, selected)
      .filter((c) => c.covered)
      .map((c) => c.offer),
  );
  const offers = new Set<string>(required);
  const domains = new Set<string>();
  const edges: GraphEdge[] = [];
  for (const p of kept) {
    for (const offer of p.offers) {
      offers.add(offer);
      edges.push({ source: partnerNode(p.id), target: offerNode(offer), relation: 'offers' });
    }
    for (const domain of p.domains) {
      domains.add(domain);
      edges.push({ source: partnerNode(p.id), target: domainNode(domain), relation: 'domain' });
    }
  }
  for (const { between, value } of synergies) {
    const [a, b] = between;
    if (a !== undefined && b !== undefined && keptIds.has(a) && keptIds.has(b)) {
      edges.push({
        source: partnerNode(a),
        target: partnerNode(b),
        relation: 'synergy',
        value: meanOf(value),
      });
    }
  }
  const requiredSet = new Set(required);
  const nodes: GraphNode[] = [
    ...kept.map(
      (p): GraphNode => ({
        id: partnerNode(p.id),
        type: 'partner',
        partner: p,
        selected: isSelected(p.id),
      }),
    ),
    ...[...offers].sort().map(
      (name): GraphNode => ({
        id: offerNode(name),
        type: 'offer',
        name,
        required: requiredSet.has(name),
        covered: covered.has(name),
      }),
    ),
    ...[...domains]
      .sort()
      .map((name): GraphNode => ({ id: domainNode(name), type: 'domain', name })),
  ];

  const degree = new Map<string, number>();
  const synergyDegree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    if (edge.relation === 'synergy') {
      synergyDegree.set(edge.source, (synergyDegree.get(edge.source) ?? 0) + 1);
      synergyDegree.set(edge.target, (synergyDegree.get(edge.target) ?? 0) + 1);
    }
  }
  const others = Math.max(1, nodes.length - 1);
  const centrality = kept
    .map((partner) => {
      const id = partnerNode(partner.id);
      const d = degree.get(id) ?? 0;
      return {
        partner,
        selected: isSelected(partner.id),
        degree: d,
        synergies: synergyDegree.get(id) ?? 0,
        centrality: d / others,
      };
    })
    .sort((a, b) => b.degree - a.degree || a.partner.id.localeCompare(b.partner.id));

  return { nodes, edges, centrality, omitted: shown.length - kept.length };
}
