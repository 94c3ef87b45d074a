import { describe, expect, it } from 'vitest';
import { buildGraph, coverageOf, KINDS, meanOf, type NetworkPartner } from './build-graph';

const partners: NetworkPartner[] = [
  { id: 'u', name: 'Uni', kind: 'academic', offers: ['talent'], domains: ['medical'] },
  { id: 'c', name: 'Corp', kind: 'enterprise', offers: ['data', 'compute'], domains: ['medical'] },
  { id: 'g', name: 'Gov', kind: 'government', offers: ['channels'], domains: [] },
];
const synergies = [
  { between: ['u', 'c'] as const, value: { triangular: [0, 3, 6] as [number, number, number] } },
  { between: ['c', 'g'] as const, value: -2 },
];
const all = new Set(KINDS);

describe('buildGraph', () => {
  it('links partners to their offers and domains, and to each other by synergy', () => {
    const graph = buildGraph(partners, synergies, {
      kinds: all,
      required: ['data'],
      selected: new Set(['c']),
      limit: 100,
    });
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'partner:u',
      'partner:c',
      'partner:g',
      'offer:channels',
      'offer:compute',
      'offer:data',
      'offer:talent',
      'domain:medical',
    ]);
    expect(graph.edges.filter((e) => e.relation === 'synergy')).toEqual([
      { source: 'partner:u', target: 'partner:c', relation: 'synergy', value: 3 },
      { source: 'partner:c', target: 'partner:g', relation: 'synergy', value: -2 },
    ]);
    // c: 2 offers + 1 domain + 2 synergies over 7 other nodes.
    expect(graph.centrality[0]).toMatchObject({ degree: 5, synergies: 2, selected: true });
    expect(graph.centrality[0]?.centrality).toBeCloseTo(5 / 7);
  });

  it('drops the partners of unchosen kinds with their edges, keeping required offers', () => {
    const graph = buildGraph(partners, synergies, {
      kinds: new Set(['academic'] as const),
      required: ['data'],
      selected: undefined,
      limit: 100,
    });
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'partner:u',
      'offer:data',
      'offer:talent',
      'domain:medical',
    ]);
    expect(graph.edges.some((e) => e.relation === 'synergy')).toBe(false);
  });

  it('keeps the selected and most connected partners beyond the limit', () => {
    const graph = buildGraph(partners, synergies, {
      kinds: all,
      required: [],
      selected: new Set(['g']),
      limit: 2,
    });
    expect(graph.centrality.map((c) => c.partner.id).sort()).toEqual(['c', 'g']);
    expect(graph.omitted).toBe(1);
  });
});

describe('coverageOf', () => {
  it('says which required offers the selection covers, and by whom', () => {
    expect(coverageOf(['data', 'talent', 'legal'], partners, new Set(['c']))).toEqual([
      { offer: 'data', covered: true, by: ['c'] },
      { offer: 'talent', covered: false, by: [] },
      { offer: 'legal', covered: false, by: [] },
    ]);
  });

  it('averages distributions as the engine does', () => {
    expect(meanOf({ uniform: [2, 4] })).toBe(3);
    expect(meanOf({ pert: [0, 3, 12] })).toBe(4);
    expect(meanOf({ normal: [5, 1] })).toBe(5);
  });
});
