import { describe, expect, test } from 'vitest';
import { rankReport } from '../reports/analysis.js';
import { criteriaMatrix } from './criteria-matrix.js';
import { rankMatrixBy } from './rank-any.js';
import { tablePortfolio } from './test-support/portfolio.js';

const portfolio = tablePortfolio({
  criteria: [
    ['a', 'benefit', 0.5],
    ['b', 'cost', 0.3],
    ['c', 'benefit', 0.2],
  ],
  partners: { p1: [4, 3, 2], p2: [3, 2, 4], p3: [5, 1, 3], p4: [2, 5, 5] },
});

describe('rankMatrixBy gives the rank command’s scores and ranks for every method', () => {
  for (const method of ['weighted-sum', 'topsis', 'promethee', 'vikor'] as const) {
    test(method, () => {
      const x = criteriaMatrix(portfolio);
      const report = rankReport(portfolio, { method });
      if (!x.ok || !report.ok) throw new Error('expected a ranking');
      const { values, m, n, kinds } = x.value;
      const r = rankMatrixBy(values, m, n, kinds, [0.5, 0.3, 0.2], {
        method,
        normalization: portfolio.normalization,
      });
      for (const row of report.value.ranking) {
        const i = x.value.ids.indexOf(row.id);
        expect(r.ranks[i]).toBe(row.rank);
        expect(r.scores[i]).toBeCloseTo(row.score, 12);
      }
    });
  }
});
