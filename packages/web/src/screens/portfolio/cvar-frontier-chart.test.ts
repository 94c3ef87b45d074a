import { describe, expect, it } from 'vitest';
import type { CvarFrontierDocument } from '../../api/types';
import { cvarFrontierOption, frontierPairs } from './cvar-frontier-chart';

const labels = {
  cvar: 'CVaR',
  expected: 'E[S]',
  series: 'frontier',
  optimal: 'optimal',
  current: 'current',
  chart: 'chart',
  format: String,
};

const doc: CvarFrontierDocument = {
  measure: 'cvar5',
  status: 'optimal',
  scenarios: 100,
  seed: 1,
  points: [
    { floor: -34, status: 'optimal', expected: 13, cvar5: -34, selected: ['safe', 'wild'] },
    { floor: -14, status: 'optimal', expected: 5, cvar5: 5, selected: ['safe'] },
    { floor: 5, status: 'infeasible', expected: null, cvar5: null, selected: [] },
  ],
  current: { selected: ['wild'], expected: 8, cvar5: -37 },
};

describe('the risk frontier chart', () => {
  it('joins the points with a portfolio, and marks the optimal and current portfolios', () => {
    expect(frontierPairs(doc)).toEqual([
      [-34, 13],
      [5, 5],
    ]);
    const series = cvarFrontierOption(doc, labels).series as { name: string; data: unknown }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      [
        'frontier',
        [
          [-34, 13],
          [5, 5],
        ],
      ],
      ['optimal', [[-34, 13]]],
      ['current', [[-37, 8]]],
    ]);
  });

  it('has no current mark without incumbents', () => {
    const { current: _, ...plain } = doc;
    const series = cvarFrontierOption(plain, labels).series as { name: string }[];
    expect(series.map((s) => s.name)).toEqual(['frontier', 'optimal']);
  });
});
