import { describe, expect, it } from 'vitest';
import {
  bandOf,
  expectedLoss,
  filterRisks,
  formatCell,
  heatGrid,
  isLinkedTo,
  isOverdue,
  linkedPartners,
  parseCell,
  type Risk,
} from './risk-view';

const risk = (over: Partial<Risk> & Pick<Risk, 'id'>): Risk => ({
  category: 'other',
  partners: [],
  agreements: [],
  likelihood: 0.5,
  impact: 10,
  factors: {},
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('expectedLoss', () => {
  it('is the number, or the mean of the distribution (by hand)', () => {
    expect(expectedLoss({ impact: 7 })).toBe(7);
    // Triangular (min + mode + max) / 3 = (0 + 3 + 9) / 3 = 4.
    expect(expectedLoss({ impact: { triangular: [0, 3, 9] } })).toBeCloseTo(4, 12);
    // Uniform (2 + 6) / 2 = 4.
    expect(expectedLoss({ impact: { uniform: [2, 6] } })).toBeCloseTo(4, 12);
  });
});

describe('isOverdue', () => {
  it('is a review date strictly before today', () => {
    expect(isOverdue({ reviewDate: '2026-12-05' }, '2026-12-06')).toBe(true);
    expect(isOverdue({ reviewDate: '2026-12-06' }, '2026-12-06')).toBe(false);
    expect(isOverdue({}, '2026-12-06')).toBe(false);
  });
});

describe('bandOf', () => {
  it('puts (i/5, (i+1)/5] in band i, zero in the lowest and the top in the highest', () => {
    expect(bandOf(0, 1)).toBe(0);
    expect(bandOf(0.2, 1)).toBe(0);
    expect(bandOf(0.2001, 1)).toBe(1);
    expect(bandOf(0.6, 1)).toBe(2);
    expect(bandOf(1, 1)).toBe(4);
    expect(bandOf(2, 1)).toBe(4);
    expect(bandOf(-3, 10)).toBe(0);
    expect(bandOf(5, 0)).toBe(0);
  });
});

describe('heatGrid and filterRisks', () => {
  const risks = [
    risk({ id: 'a', likelihood: 0.9, impact: 100, category: 'ip', partners: ['p'] }),
    risk({ id: 'b', likelihood: 0.1, impact: 10, agreements: ['g-1'] }),
    risk({ id: 'c', likelihood: 0.85, impact: { uniform: [90, 100] }, partners: ['q'] }),
  ];
  const grid = heatGrid(risks);

  it('counts each risk once, in its cell; impact in fifths of the largest loss', () => {
    expect(grid.impactTop).toBe(100);
    expect(grid.cellOf.get('a')).toEqual({ likelihood: 4, impact: 4 });
    expect(grid.cellOf.get('b')).toEqual({ likelihood: 0, impact: 0 });
    expect(grid.cellOf.get('c')).toEqual({ likelihood: 4, impact: 4 });
    expect(grid.counts[4]?.[4]).toBe(2);
    expect(grid.counts[0]?.[0]).toBe(1);
    expect(grid.counts.flat().reduce((s, n) => s + n, 0)).toBe(3);
  });

  it('filters by kind, partner, agreement and cell together', () => {
    const ids = (f: Parameters<typeof filterRisks>[1]) =>
      filterRisks(risks, f, grid).map((r) => r.id);
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ category: 'ip' })).toEqual(['a']);
    expect(ids({ partner: 'q' })).toEqual(['c']);
    expect(ids({ agreement: 'g-1' })).toEqual(['b']);
    expect(ids({ cell: { likelihood: 4, impact: 4 } })).toEqual(['a', 'c']);
    expect(ids({ cell: { likelihood: 4, impact: 4 }, partner: 'p' })).toEqual(['a']);
    expect(ids({ cell: { likelihood: 2, impact: 2 } })).toEqual([]);
  });

  it('links a risk to its partners and agreements, and to the partner parties of those', () => {
    expect(isLinkedTo(risks[0] as Risk, { partner: 'p' })).toBe(true);
    expect(isLinkedTo(risks[0] as Risk, { partner: 'q' })).toBe(false);
    expect(isLinkedTo(risks[1] as Risk, { agreement: 'g-1' })).toBe(true);
    expect(isLinkedTo(risks[1] as Risk, { partner: 'p' })).toBe(false);
    const parties = new Map([['g-1', ['p', 'r']]]);
    expect(isLinkedTo(risks[1] as Risk, { partner: 'p' }, parties)).toBe(true);
    expect(linkedPartners(risks[1] as Risk, parties)).toEqual(['p', 'r']);
    expect(linkedPartners({ partners: ['p'], agreements: ['g-1'] }, parties)).toEqual(['p', 'r']);
    expect(filterRisks(risks, { partner: 'p' }, grid, parties).map((r) => r.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('reads and writes a cell in a URL, refusing what is off the grid', () => {
    expect(parseCell(formatCell({ likelihood: 3, impact: 1 }))).toEqual({
      likelihood: 3,
      impact: 1,
    });
    expect(parseCell('5-0')).toBeUndefined();
    expect(parseCell('x')).toBeUndefined();
    expect(parseCell(null)).toBeUndefined();
  });
});
