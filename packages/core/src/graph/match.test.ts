import { describe, expect, it } from 'vitest';
import { buildPartnerGraph } from './build-graph.js';
import { matchNeed } from './match.js';
import { describeFact } from './match-facts.js';
import { parseNeedText } from './need-text.js';
import { graphPortfolio } from './test-support/portfolio.js';

// Scores use one benefit criterion with `max` normalisation: weighted sum = tech / 10.
const portfolio = graphPortfolio(
  {
    a: { status: 'active', domains: ['medical'], offers: ['data'], tech: 10 },
    b: { status: 'active', domains: ['medical', 'finance'], offers: ['funding'], tech: 5 },
    c: { domains: ['medical'], offers: ['data'], tech: 8 },
    d: { status: 'exited', domains: ['medical'], offers: ['data'], tech: 9 },
    e: { status: 'active', domains: ['finance'], offers: ['data'], tech: 6 },
    f: { domains: ['finance'], offers: ['datasets'], tech: 4 },
    g: { status: 'rejected', domains: ['medical'], offers: ['data'], tech: 10 },
    h: { status: 'exiting', domains: ['medical'], offers: ['data'], tech: 10 },
  },
  { synergies: [['c', 'e', 50]], needs: [{ capability: 'data', domain: 'medical', min: 2 }] },
);

describe('matchNeed', () => {
  const report = matchNeed(portfolio, buildPartnerGraph(portfolio), {
    capability: 'data',
    domain: 'medical',
  });

  it('never proposes exited, rejected, exiting or incumbent organisations', () => {
    expect(report.candidates.map((c) => c.id)).toEqual(['c', 'f']);
    expect(report.excluded).toEqual([
      { id: 'd', reason: 'status exited', because: { code: 'graph.excluded.exited', params: {} } },
      {
        id: 'g',
        reason: 'status rejected',
        because: { code: 'graph.excluded.rejected', params: {} },
      },
      {
        id: 'h',
        reason: 'status exiting',
        because: { code: 'graph.excluded.exiting', params: {} },
      },
    ]);
  });

  it('scores each part as documented, by hand', () => {
    // criteria: raw scores 1, .5, .8, .9, .6, .4, 1, 1 → min-max over all partners (.4 … 1).
    // gap fill: data@medical has 1 of 2 → short; c works in medical (1), f only in finance (½).
    // proximity (Adamic–Adar): c shares medical (a, b, c, d, g, h: degree 6; incumbents a, b)
    // → 2/ln 6, plus 1 for its synergy with incumbent e; f shares finance (b, e, f: degree 3;
    // incumbents b, e) → 2/ln 3. Scaled by the larger.
    const rawC = 2 / Math.log(6) + 1;
    const rawF = 2 / Math.log(3);
    const [c, f] = report.candidates;
    expect(c?.parts.criteria).toBeCloseTo((0.8 - 0.4) / 0.6, 12);
    expect(c?.parts.gapFill).toBe(1);
    expect(c?.parts.proximity).toBeCloseTo(1, 12);
    expect(f?.parts.criteria).toBe(0);
    expect(f?.parts.gapFill).toBe(0.5);
    expect(f?.parts.proximity).toBeCloseTo(rawF / rawC, 12);
    expect(c?.score).toBeCloseTo(0.4 * (2 / 3) + 0.4 + 0.2, 12);
    expect(f?.score).toBeCloseTo(0.2 + (0.2 * rawF) / rawC, 12);
  });

  it('lists the facts that produced each score', () => {
    const c = report.candidates[0];
    expect(c?.facts).toEqual(
      expect.arrayContaining([
        { fact: 'offers', capability: 'data' },
        { fact: 'works-in', domain: 'medical' },
        { fact: 'criteria', score: 0.8, rank: 5, of: 8 },
        { fact: 'fills-gap', have: 1, min: 2 },
        {
          fact: 'shared-domain',
          domain: 'medical',
          incumbents: ['a', 'b'],
          count: 2,
          weight: 2 / Math.log(6),
        },
        { fact: 'synergy', with: 'e', value: 50 },
      ]),
    );
    const f = report.candidates[1];
    expect(f?.facts).toContainEqual({ fact: 'offers', capability: 'data', as: 'datasets' });
    expect(f?.facts).toContainEqual({ fact: 'other-domains', domains: ['finance'] });
    expect(describeFact({ fact: 'fills-gap', have: 1, min: 2 })).toBe(
      'fills a gap: 1 of 2 providers today',
    );
    expect(describeFact({ fact: 'fills-gap', have: 1, min: 2 }, 'zh-CN')).toBe(
      '填补缺口：目前 1/2 个提供方',
    );
  });

  it('describes the need and its coverage today', () => {
    expect(report.need).toEqual({
      capability: 'data',
      domain: 'medical',
      term: 'data',
      min: 2,
      have: 1,
      providers: ['a'],
      gap: true,
    });
  });

  it('counts a met need as a backup worth 1/(have+1)', () => {
    const r = matchNeed(
      portfolio,
      buildPartnerGraph(portfolio),
      { capability: 'data' },
      { top: 1 },
    );
    expect(r.need).toMatchObject({ min: 1, have: 2, gap: false });
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]?.parts.gapFill).toBeCloseTo(1 / 3, 12);
    expect(r.candidates[0]?.facts).toContainEqual({ fact: 'adds-backup', have: 2, min: 1 });
  });

  it('finds co-partners: a shared synergy partner is an Adamic–Adar neighbour', () => {
    const p = graphPortfolio(
      {
        inc: { status: 'active', offers: ['talent'] },
        hub: { offers: ['talent'] },
        x: { offers: ['compute'] },
        y: { offers: ['compute'] },
      },
      {
        synergies: [
          ['x', 'hub', 10],
          ['hub', 'inc', 10],
          ['y', 'inc', -5],
        ],
      },
    );
    const r = matchNeed(p, buildPartnerGraph(p), { capability: 'compute' });
    const x = r.candidates.find((c) => c.id === 'x');
    expect(x?.facts).toContainEqual({
      fact: 'common-partner',
      via: 'hub',
      incumbents: ['inc'],
      count: 1,
      weight: 1 / Math.log(2),
    });
    const y = r.candidates.find((c) => c.id === 'y');
    expect(y?.parts.proximity).toBe(0);
    expect(y?.facts).toContainEqual({ fact: 'conflict', with: 'inc', value: -5 });
    expect(r.candidates.map((c) => c.id)).toEqual(['x', 'y']);
  });

  it('never proposes an organisation the spec excludes', () => {
    const p = { ...portfolio, constraints: { ...portfolio.constraints, exclude: ['c'] } };
    const r = matchNeed(p, buildPartnerGraph(p), { capability: 'data', domain: 'medical' });
    expect(r.candidates.map((x) => x.id)).toEqual(['f']);
    expect(r.excluded).toContainEqual({
      id: 'c',
      reason: 'constraints.exclude',
      because: { code: 'graph.excluded.constraint', params: {} },
    });
  });

  it('answers an unknown capability with no candidates', () => {
    const r = matchNeed(portfolio, buildPartnerGraph(portfolio), { capability: 'quantum' });
    expect(r.candidates).toEqual([]);
    expect(r.need).toMatchObject({ have: 0, gap: true });
  });
});

describe('parseNeedText', () => {
  it('reads CAPABILITY and CAPABILITY@DOMAIN', () => {
    expect(parseNeedText('data@medical')).toMatchObject({
      ok: true,
      value: { capability: 'data', domain: 'medical' },
    });
    expect(parseNeedText('data')).toMatchObject({ ok: true, value: { capability: 'data' } });
  });
  it('rejects empty parts with an issue naming `need`', () => {
    for (const bad of ['', '@medical', 'data@', 'a@b@c']) {
      expect(parseNeedText(bad)).toMatchObject({
        ok: false,
        issues: [{ code: 'invalid_need', path: ['need'] }],
      });
    }
  });
});
