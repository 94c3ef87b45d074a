import { describe, expect, it } from 'vitest';
import type { AttributionDocument } from '../../api/types';
import { binsOf, eventStudyOption, pathOption, placeboOption } from './attribution-charts';
import { attributionCsv } from './attribution-export';
import { fileType } from './evidence-calls';

const doc = {
  method: 'did',
  estimate: 10,
  se: 2,
  ci: [6.08, 13.92],
  treatedUnits: ['a'],
  controls: 2,
  prePeriods: 2,
  postPeriods: 1,
  unitWeights: { b: 0.5, c: 0.5 },
  timeWeights: { '2025-01': 0.5, '2025-02': 0.5 },
  placebo: { replications: 4, estimates: [-1, 0, 1, 2] },
  jackknifeSe: null,
  tuning: { noiseLevel: 1, zetaOmega: 0, zetaLambda: 0 },
  series: {
    periods: ['2025-01', '2025-02', '2025-03'],
    treated: [1, 2, 13],
    counterfactual: [1, 2, 3],
    start: '2025-03',
  },
  effects: [{ period: '2025-03', effect: 10 }],
  eventStudy: [
    { period: '2025-01', relative: -2, coefficient: 0.5, se: 1 },
    { period: '2025-02', relative: -1, coefficient: 0, se: null },
    { period: '2025-03', relative: 0, coefficient: 10, se: 2 },
  ],
  preTrend: null,
  warnings: [],
  seed: 1,
  outcome: 'revenue, k€',
  agreement: 'hosp',
} as AttributionDocument;

const labels = { chart: 'c', format: String };

describe('attribution charts', () => {
  it('bins the placebos with the estimate on the axis', () => {
    const bins = binsOf([-1, 0, 1, 2], 10, 11);
    expect(bins.start).toBe(-1);
    expect(bins.width).toBe(1);
    expect(bins.counts.slice(0, 4)).toEqual([1, 1, 1, 1]);
    expect(bins.counts.reduce((a, b) => a + b)).toBe(4);
    const option = placeboOption(doc, { ...labels, estimate: 'e', count: 'n' }) as {
      series: { markLine: { data: { xAxis: number }[] } }[];
    };
    expect(option.series[0]?.markLine.data).toEqual([{ xAxis: 10 }]);
    expect(
      placeboOption({ ...doc, placebo: null }, { ...labels, estimate: 'e', count: 'n' }),
    ).toBeNull();
  });

  it('marks the start on the path and draws 95% bands on the event study', () => {
    const path = pathOption(doc, { ...labels, treated: 't', counterfactual: 'cf', start: 's' }) as {
      series: { markLine?: { data: unknown[] } }[];
    };
    expect(path.series[0]?.markLine?.data).toEqual([{ xAxis: '2025-03' }]);
    const study = eventStudyOption(doc, { ...labels, relative: 'r', estimate: 'e' }) as {
      series: { data: (number | null)[] }[];
    };
    expect(study.series[1]?.data[0]).toBeCloseTo(0.5 + 1.96, 2);
    expect(study.series[1]?.data[1]).toBeNull();
    expect(study.series[2]?.data[2]).toBeCloseTo(10 - 1.96 * 2, 2);
  });
});

describe('attribution export', () => {
  it('writes one row per period', () => {
    expect(attributionCsv(doc)).toBe(
      [
        'period,treated,counterfactual,effect,event_study,event_study_se,time_weight',
        '2025-01,1,1,,0.5,1,0.5',
        '2025-02,2,2,,0,,0.5',
        '2025-03,13,3,10,10,2,',
        '',
      ].join('\n'),
    );
  });
});

it('sends an XLSX as a spreadsheet and anything else as CSV', () => {
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  expect(fileType({ name: 'revenue.XLSX', type: '' })).toBe(xlsx);
  expect(fileType({ name: 'data', type: xlsx })).toBe(xlsx);
  expect(fileType({ name: 'revenue.csv', type: 'text/csv' })).toBe('text/csv');
  expect(fileType({ name: 'revenue.tsv', type: '' })).toBe('text/csv');
});
