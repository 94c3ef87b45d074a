import { describe, expect, it } from 'vitest';
import { orgKey } from './build-graph.js';
import { focusGraph } from './focus.js';
import { matchNeed } from './match.js';
import { agreementKey, buildRelationGraph, ipKey, SELF_KEY } from './relations.js';
import { graphPortfolio } from './test-support/portfolio.js';

const portfolio = graphPortfolio(
  {
    uni: { kind: 'academic', status: 'active', domains: ['medical'], offers: ['research'] },
    hosp: { status: 'active', domains: ['medical'], offers: ['data'] },
    fund: { offers: ['capital'] },
    bank: { offers: ['capital'] },
  },
  { synergies: [['uni', 'hosp', 0.5]] },
);

const relations = {
  agreements: [
    {
      id: 'jrd-1',
      title: 'Imaging',
      type: 'joint-rnd',
      status: 'active',
      start: '2026-01-01',
      end: '2027-12-31',
      parties: [
        { party: 'us', partner: null },
        { party: 'uni', partner: 'uni' },
        { party: 'hosp', partner: 'hosp' },
      ],
      ip: {
        foreground: { us: '0.5', uni: '0.3', hosp: '0.2' },
        background: { uni: 'segmentation models' },
      },
    },
    {
      id: 'pilot-2',
      title: 'Pilot',
      type: 'consortium',
      status: 'draft',
      start: '2026-06-01',
      end: null,
      parties: [
        { party: 'fund', partner: 'fund' },
        { party: 'hosp', partner: 'hosp' },
        { party: 'ghost', partner: 'nobody' },
      ],
    },
  ],
  contacts: [
    { partner: 'uni', name: 'Dr Li', role: 'tech transfer' },
    { partner: 'gone', name: 'Nobody' },
  ],
};

describe('agreements, people and IP in the graph', () => {
  const g = buildRelationGraph(portfolio, relations);
  const graph = g.graph;

  it('adds agreement, self, person and IP nodes with typed, dated edges', () => {
    expect(graph.getNodeAttributes(agreementKey('jrd-1'))).toMatchObject({
      type: 'agreement',
      agreementType: 'joint-rnd',
    });
    expect(graph.getNodeAttributes(SELF_KEY)).toMatchObject({ type: 'self', name: 'Us' });
    expect(graph.getEdgeAttributes(orgKey('uni'), agreementKey('jrd-1'))).toEqual({
      type: 'party-to',
      start: '2026-01-01',
      end: '2027-12-31',
    });
    const fg = ipKey('jrd-1', 'foreground');
    expect(graph.getEdgeAttributes(SELF_KEY, fg)).toEqual({ type: 'owns', share: 0.5 });
    expect(graph.getEdgeAttributes(orgKey('hosp'), fg)).toEqual({ type: 'owns', share: 0.2 });
    expect(graph.getEdgeAttributes(fg, agreementKey('jrd-1')).type).toBe('under');
    const bg = ipKey('jrd-1', 'background:uni');
    expect(graph.getNodeAttributes(bg)).toMatchObject({
      ip: 'background',
      description: 'segmentation models',
    });
    const people = graph.filterNodes((_, n) => n.type === 'person');
    expect(people).toHaveLength(1);
    expect(graph.getNodeAttributes(people[0] as string)).toMatchObject({
      name: 'Dr Li',
      organisation: 'uni',
    });
    // An unknown party or contact is left out; the organisation list is unchanged.
    expect(graph.hasEdge(orgKey('nobody'), agreementKey('pilot-2'))).toBe(false);
    expect(g.organisations).toEqual(['uni', 'hosp', 'fund', 'bank']);
  });

  it('links co-partners, on the synergy edge when there is one', () => {
    expect(graph.getEdgeAttributes(orgKey('uni'), orgKey('hosp'))).toEqual({
      type: 'synergy',
      value: 0.5,
      agreements: ['jrd-1'],
    });
    expect(graph.getEdgeAttributes(orgKey('fund'), orgKey('hosp'))).toEqual({
      type: 'co-partner',
      agreements: ['pilot-2'],
    });
  });

  it('a common co-partner is graph proximity: the candidate who works with an incumbent ranks first, and says so', () => {
    const report = matchNeed(portfolio, g, { capability: 'funding' });
    expect(report.candidates.map((c) => c.id)).toEqual(['fund', 'bank']);
    expect(report.candidates[0]?.facts).toContainEqual({
      fact: 'co-partner',
      with: 'hosp',
      agreements: ['pilot-2'],
    });
    expect(report.candidates[0]?.parts.proximity).toBe(1);
    expect(report.candidates[1]?.parts.proximity).toBe(0);
  });

  it('focus: one node, its neighbours and the edges among them, bounded', () => {
    const view = focusGraph(g, agreementKey('jrd-1'));
    expect(view?.nodes.map((n) => n.key).sort()).toEqual(
      [
        agreementKey('jrd-1'),
        SELF_KEY,
        orgKey('uni'),
        orgKey('hosp'),
        ipKey('jrd-1', 'foreground'),
        ipKey('jrd-1', 'background:uni'),
      ].sort(),
    );
    // uni–hosp (synergy) is among the shown nodes, so it is drawn too.
    expect(view?.edges.some((e) => e.edge.type === 'synergy')).toBe(true);
    const small = focusGraph(g, orgKey('hosp'), 2);
    expect(small?.nodes).toHaveLength(3);
    expect(small?.omitted).toBeGreaterThan(0);
    // Incumbents come first among the neighbours.
    expect(small?.nodes[1]?.key).toBe(orgKey('uni'));
    expect(focusGraph(g, 'o:nobody')).toBeUndefined();
    const cap = focusGraph(g, 'c:funding');
    expect(cap?.nodes[0]?.labels).toEqual({ en: 'Funding', 'zh-CN': '资金' });
  });
});
