import { describe, expect, it } from 'vitest';
import { buildPartnerGraph } from './build-graph.js';
import { coverageMatrix, gapsReport, proposalCoverage } from './coverage.js';
import { criticalReport } from './criticality.js';
import { graphPortfolio } from './test-support/portfolio.js';

// Hand-built: a and b are incumbents in medical; c is a candidate, d has exited; e is an
// incumbent in finance. `capital` (a) and `funding` (b) are one capability.
const portfolio = graphPortfolio(
  {
    a: { status: 'active', domains: ['medical'], offers: ['data', 'capital'] },
    b: { status: 'under-review', domains: ['medical', 'finance'], offers: ['funding'] },
    c: { domains: ['medical'], offers: ['data'] },
    d: { status: 'exited', domains: ['medical'], offers: ['data'] },
    e: { status: 'active', domains: ['finance'], offers: ['Data'] },
  },
  {
    needs: [
      { capability: 'data', domain: 'medical', min: 2 },
      { capability: 'funding', min: 1 },
      { capability: 'data', min: 1 },
      { capability: 'policy', domain: 'medical', min: 1 },
      { capability: 'capital', domain: 'finance', min: 1 },
    ],
  },
);

describe('gapsReport', () => {
  const report = gapsReport(buildPartnerGraph(portfolio));

  it('counts only incumbents that offer the capability in the domain', () => {
    expect(report.needs[0]).toEqual({
      capability: 'data',
      domain: 'medical',
      min: 2,
      have: 1,
      providers: ['a'],
      gap: true,
    });
  });

  it('compares capabilities through synonyms and case', () => {
    expect(report.needs[1]).toMatchObject({
      capability: 'funding',
      domain: null,
      have: 2,
      providers: ['a', 'b'],
      gap: false,
    });
    expect(report.needs[2]).toMatchObject({ providers: ['a', 'e'], gap: false });
    expect(report.needs[4]).toMatchObject({
      capability: 'capital',
      domain: 'finance',
      providers: ['b'],
    });
  });

  it('reports a need nobody offers as a gap', () => {
    expect(report.needs[3]).toMatchObject({ have: 0, providers: [], gap: true });
  });

  it('lists each need met by exactly one provider as a single point', () => {
    expect(report.singlePoints).toEqual([
      { capability: 'data', domain: 'medical', provider: 'a' },
      { capability: 'capital', domain: 'finance', provider: 'b' },
    ]);
  });

  it('has no needs and no single points for a spec without needs', () => {
    expect(gapsReport(buildPartnerGraph({ ...portfolio, needs: [] }))).toEqual({
      needs: [],
      singlePoints: [],
    });
  });
});

describe('criticalReport', () => {
  const report = criticalReport(buildPartnerGraph(portfolio));

  it('ranks by gaps opened on exit, then by needs served', () => {
    expect(report.critical.map((c) => c.id)).toEqual(['b', 'a', 'e']);
    expect(report.critical[0]?.gapsOpened).toEqual([{ capability: 'capital', domain: 'finance' }]);
    // a's exit leaves data@medical (already short) short, and funding and data still met.
    expect(report.critical[1]?.gapsOpened).toEqual([]);
    expect(report.critical[1]?.needsServed).toHaveLength(3);
  });

  it('never lists candidates or exited organisations', () => {
    expect(report.critical.some((c) => c.id === 'c' || c.id === 'd')).toBe(false);
  });

  it('measures concentration of incumbents by kind and domain', () => {
    const c = report.concentration;
    expect(c.incumbents).toBe(3);
    expect(c.byKind[0]).toEqual({ key: 'enterprise', count: 3, share: 1 });
    expect(c.hhiKind).toBe(1);
    // medical: a, b; finance: b, e → shares ½, ½ → HHI ½.
    expect(c.byDomain).toEqual([
      { key: 'finance', count: 2, share: 0.5 },
      { key: 'medical', count: 2, share: 0.5 },
    ]);
    expect(c.hhiDomain).toBe(0.5);
  });

  it('opens a gap when removing the one provider of a need with min 1', () => {
    const solo = graphPortfolio(
      { x: { status: 'active', offers: ['compute'] }, y: { status: 'active', offers: ['gpu'] } },
      { needs: [{ capability: 'compute', min: 2 }] },
    );
    const r = criticalReport(buildPartnerGraph(solo));
    expect(r.critical.map((c) => [c.id, c.gapsOpened.length])).toEqual([
      ['x', 1],
      ['y', 1],
    ]);
  });
});

describe('coverageMatrix', () => {
  it('gives each domain × capability its incumbents, candidates and need', () => {
    const m = coverageMatrix(buildPartnerGraph(portfolio));
    expect(m.domains).toEqual(['finance', 'medical']);
    expect(m.capabilities).toEqual(['data', 'funding', 'policy']);
    const cell = (d: string, c: string) =>
      m.cells.find((x) => x.domain === d && x.capability === c);
    expect(cell('medical', 'data')).toEqual({
      domain: 'medical',
      capability: 'data',
      incumbents: ['a'],
      candidates: 1,
      need: 2,
    });
    expect(cell('medical', 'policy')).toMatchObject({ incumbents: [], candidates: 0, need: 1 });
    expect(cell('finance', 'funding')).toMatchObject({ incumbents: ['b'], need: 1 });
    expect(m.cells).toHaveLength(6);
  });
});

describe('proposalCoverage', () => {
  // The proposal keeps a, adds the candidate c and lets b and e go.
  const change = proposalCoverage(buildPartnerGraph(portfolio), ['c', 'a']);

  it('says per need who covers it now and who would, and what the move gains and loses', () => {
    expect(change.selection).toEqual(['a', 'c']);
    expect(change.needs[0]).toEqual({
      capability: 'data',
      domain: 'medical',
      min: 2,
      now: ['a'],
      proposed: ['a', 'c'],
      gapNow: true,
      gapProposed: false,
      gained: ['c'],
      lost: [],
    });
    // capital in finance: only b offers it there; letting b go opens the gap.
    expect(change.needs[4]).toMatchObject({
      now: ['b'],
      proposed: [],
      gapNow: false,
      gapProposed: true,
      lost: ['b'],
    });
  });

  it('counts the gaps the move closes and the ones it opens; an exited partner never covers', () => {
    expect(change.closes).toBe(1);
    expect(change.opens).toBe(1);
    const withExited = proposalCoverage(buildPartnerGraph(portfolio), ['d']);
    expect(withExited.needs[0]).toMatchObject({ proposed: [], gapProposed: true });
  });
});
